/**
 * One use case estimated at the four data-quality tiers (measured, reported, modelled, proxy): the
 * same functional unit, boundary and grid, only the estimate changes. Used by the data-quality tiers
 * calculator, its build-time default and the tests that compare the tiers' intervals.
 */
import { coefficientCentral, getCoefficientSet } from '../coefficients/registry.ts';
import type { UncertainNumber } from '../core/uncertain.ts';
import { evaluateInference } from './model.ts';
import type { InferenceInput } from './schema.ts';
import type { Tier } from './tier-labels.ts';

export type { Tier } from './tier-labels.ts';
export const tiers: Tier[] = ['measured', 'reported', 'modelled', 'proxy'];

export interface TiersInput {
  /** The use case at the modelled tier (the worked example). */
  useCase: InferenceInput;
  /** Metered energy per request, covering the data-centre boundary. */
  measured: { energyWhPerRequest: UncertainNumber };
  /** A supplier-reported figure per request. */
  reported: { energyWhPerRequest: UncertainNumber };
  proxy: { modelClass: 'small' | 'medium' | 'large' | 'frontier' };
}

const dataCentre = ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'] as (
  'accelerators' | 'hostCpuRam' | 'idleCapacity' | 'dataCentreOverhead'
)[];

/** The inference input for one tier: same use case, boundary and grid; only the estimate changes. */
export function tierInput(input: TiersInput, tier: Tier): InferenceInput {
  const { estimate: _estimate, ...common } = input.useCase;
  switch (tier) {
    case 'measured':
      return { ...common, estimate: { method: 'measured', energyWhPerRequest: input.measured.energyWhPerRequest, covers: dataCentre } };
    case 'reported':
      return { ...common, estimate: { method: 'reported', energyWhPerRequest: input.reported.energyWhPerRequest, covers: dataCentre } };
    case 'modelled':
      return input.useCase;
    case 'proxy':
      return { ...common, estimate: { method: 'proxy', modelClass: input.proxy.modelClass } };
  }
}

/** Engine error paths of a tier run, moved onto the island's fields. */
export function tierErrorPath(tier: Tier, path: string): string {
  if (tier === 'measured' || tier === 'reported') return path.replace(/^estimate\./, `${tier}.`);
  if (tier === 'proxy') return path.replace(/^estimate\./, 'proxy.');
  return `useCase.${path}`;
}

export { tierLabels } from './tier-labels.ts';

/** The synthetic bands of the illustrative measured and reported rows, where a set does not hold them. */
const LEGACY_BANDS = { measured: 0.1, reported: 0.3 } as const;

/**
 * The calculator's default case: the modelled tier is the worked example; the measured and reported
 * tiers are illustrative figures around its central value (plus or minus 10 % and 30 %: synthetic bands
 * standing for metering and read-across uncertainty, not published figures; the sets from cs-2026-12
 * hold them as assumption coefficients, shown in the assumptions list); the proxy tier knows only that
 * the model is small.
 */
export function illustrativeTiers(useCase: InferenceInput, coefficientSet: string): TiersInput {
  const modelled = evaluateInference(useCase, { coefficientSet });
  if (!modelled.ok)
    throw new Error(`data-quality tiers: the use case does not evaluate: ${modelled.errors.map((e) => e.message).join('; ')}`);
  const set = getCoefficientSet(coefficientSet);
  const band = (id: string, legacy: number) => {
    const c = set?.coefficients.find((x) => x.id === id);
    return c ? coefficientCentral(c) : legacy;
  };
  const measured = band('tier-measured-band', LEGACY_BANDS.measured);
  const reported = band('tier-reported-band', LEGACY_BANDS.reported);
  const perRequest = modelled.result.perRequest.energyWh.central;
  const round = (x: number) => Number(x.toPrecision(2));
  return {
    useCase,
    measured: { energyWhPerRequest: { low: round(perRequest * (1 - measured)), high: round(perRequest * (1 + measured)) } },
    reported: { energyWhPerRequest: { low: round(perRequest * (1 - reported)), high: round(perRequest * (1 + reported)) } },
    proxy: { modelClass: 'small' },
  };
}
