/**
 * Network transfer energy. Also used by the site to estimate its own page-weight footprint.
 * Conventional (energy-intensity) allocation, carbon-trust-2021 via Mytton's reproduction. Weakly
 * founded for marginal changes: network power barely varies with traffic (malmodin-2020), so treat
 * per-byte figures as an average attribution, not the energy a byte adds.
 */
import { coefficient, getCoefficientSet, latestCoefficientSetId } from './index.ts';

export type NetworkAccess = 'fixed' | 'mobile';

export interface NetworkEnergyOptions {
  /** Fixed (core and access) or mobile network (default fixed). */
  access?: NetworkAccess;
  /** Add the home router's conventional per-GB share (default false; weakly founded). */
  includeHomeRouter?: boolean;
  coefficientSet?: string;
}

const BYTES_PER_GB = 1e9;
const WH_PER_KWH = 1000;

/** Wh per byte transferred, with the coefficient ids used. */
export function networkEnergyWhPerByte(options: NetworkEnergyOptions = {}): { whPerByte: number; coefficientIds: string[] } {
  const set = getCoefficientSet(options.coefficientSet ?? latestCoefficientSetId) ?? getCoefficientSet(latestCoefficientSetId);
  if (!set) return { whPerByte: 0, coefficientIds: [] };
  const ids = [options.access === 'mobile' ? 'network-mobile-kwh-per-gb' : 'network-fixed-kwh-per-gb'];
  if (options.includeHomeRouter) ids.push('network-home-router-kwh-per-gb');
  let kWhPerGb = 0;
  for (const id of ids) {
    const value = coefficient(set, id).value;
    kWhPerGb += typeof value === 'number' ? value : (value.low + value.high) / 2;
  }
  return { whPerByte: (kWhPerGb * WH_PER_KWH) / BYTES_PER_GB, coefficientIds: ids };
}

/** Wh for transferring `bytes` (0 for negative or non-finite input). */
export function networkEnergyWh(bytes: number, options: NetworkEnergyOptions = {}): number {
  if (!Number.isFinite(bytes) || bytes <= 0) return 0;
  return bytes * networkEnergyWhPerByte(options).whPerByte;
}
