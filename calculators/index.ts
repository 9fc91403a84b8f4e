/**
 * The calculation engine. Islands should import one model folder (e.g. calculators/inference/index.ts)
 * to keep bundles small; this entry gathers everything for pages, tests and Node scripts.
 */
import { counterfactual } from './counterfactual/index.ts';
import { disclosure } from './disclosure/index.ts';
import { inference } from './inference/index.ts';
import { training } from './training/index.ts';

export const models = { inference, training, counterfactual, disclosure } as const;
export type ModelId = keyof typeof models;

export * from './inference/index.ts';
export * from './training/index.ts';
export * from './counterfactual/index.ts';
export * from './disclosure/index.ts';
export {
  getCoefficientSet,
  listCoefficientSets,
  latestCoefficientSetId,
  coefficientSetIds,
  coefficientSetHash,
  coefficient,
  coefficientValue,
  DEFAULT_GRID_ID,
} from './coefficients/index.ts';
export type {
  Coefficient,
  CoefficientSet,
  GridPreset,
  DevicePreset,
  MediaPreset,
  ModelClass,
  FunctionalUnit,
  TrustTag,
  MethodBlock,
} from './coefficients/index.ts';
export { methodOf, legacyMethod } from './coefficients/index.ts';
export { networkEnergyWhPerByte, networkEnergyWh } from './coefficients/network.ts';
export type { NetworkAccess, NetworkEnergyOptions } from './coefficients/network.ts';
export {
  formatEnergyWh,
  formatEmissionsG,
  formatQuantity,
  formatRange,
  formatShare,
  formatCount,
  formatNumber,
  formatChange,
  rangeKindOf,
  rangeEnds,
  rangeWords,
  roundSignificant,
} from './core/format.ts';
export type { Quantity, FormattedRange } from './core/format.ts';
export type {
  Interval,
  RangeKind,
  FieldError,
  EvaluateOutcome,
  EvaluateOptions,
  InputRecord,
  InputOrigin,
  SensitivityEntry,
  SensitivityTable,
  ResultMeta,
} from './core/result.ts';
export type { UncertainNumber, UncertainRange, Distribution, FieldSpec } from './core/uncertain.ts';
export type { WorkedExample } from './core/example.ts';
export { DEFAULT_SAMPLES } from './core/options.ts';
export { DEFAULT_SEED } from './core/prng.ts';
