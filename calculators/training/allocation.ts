/**
 * Allocation of a one-off footprint (training) to a functional unit. Pure functions. The inference
 * model imports only amortise.ts, which this module re-exports.
 */
import { amortisedPerUnit } from './amortise.ts';

export { amortisedPerUnit };

export type AllocationMethod = 'exclude' | 'amortise' | 'share-of-use';

/** Share of use: the organisation's share of the model's use x training / the organisation's units. */
export function shareOfUsePerUnit(trainingTotal: number, shareOfUse: number, organisationUnits: number): number {
  return organisationUnits > 0 ? (trainingTotal * shareOfUse) / organisationUnits : 0;
}

/** Volume at which cumulative inference equals training: training / inference per unit. */
export function breakEvenVolume(trainingTotal: number, inferencePerUnit: number): number {
  return inferencePerUnit > 0 ? trainingTotal / inferencePerUnit : Number.POSITIVE_INFINITY;
}

/** Share of the per-unit total that is training, when training is amortised over `lifetimeUnits`. */
export function trainingShareOfUnit(trainingTotal: number, lifetimeUnits: number, inferencePerUnit: number): number {
  const training = amortisedPerUnit(trainingTotal, lifetimeUnits);
  const total = training + inferencePerUnit;
  return total > 0 ? training / total : 0;
}

/**
 * SCI embodied share (gsf-sci-2024): M = TE x (time reserved / expected lifespan) x resource share.
 * embodiedKg in kgCO2e, lifespan in years (365-day), time reserved in hours; returns gCO2e.
 */
export function sciEmbodiedShareG(embodiedKg: number, lifespanYears: number, timeReservedH: number, resourceShare = 1): number {
  const lifespanH = lifespanYears * 8_760;
  return lifespanH > 0 ? (embodiedKg * 1_000 * timeReservedH * resourceShare) / lifespanH : 0;
}

/** Dynamic training energy, Wh: accelerator-hours × power (W) × PUE × runs (PUE 1 when the power already includes it). */
export function trainingDynamicEnergyWh(acceleratorHours: number, powerW: number, pue: number, runs: number): number {
  return acceleratorHours * powerW * pue * runs;
}
