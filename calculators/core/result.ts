/** Result and error shapes shared by every model. Stable public types: the islands render these. */
import type { UncertainNumber } from './uncertain.ts';

/**
 * Central value (median of the samples; the point value when no input is a range), P5 and P95; and,
 * when every ranged input is a bound (a minimum and a maximum, not a distribution), the minimum and
 * maximum the result can take (`min`, `max`). Which pair a reader is shown is the result's `range`.
 */
export interface Interval {
  central: number;
  p5: number;
  p95: number;
  min?: number;
  max?: number;
}

/**
 * How a result's range is to be read:
 * - 'point': every input is a single value, so there is no range;
 * - 'p5-p95': at least one input is a distribution: the range is the 5th to 95th percentile of the draws;
 * - 'min-max': every ranged input is a bound: the range is the lowest to the highest value the result can take.
 */
export type RangeKind = 'point' | 'p5-p95' | 'min-max';

export interface FieldError {
  /** Dotted input path, e.g. "grid.intensityGPerKWh"; "" for the whole input; "options.seed" for options. */
  path: string;
  /** Reader-facing message naming the field and the allowed range with units. Never echoes input text. */
  message: string;
}

export type EvaluateOutcome<R> = { ok: true; result: R } | { ok: false; errors: FieldError[] };

export interface EvaluateOptions {
  /** Coefficient set id, e.g. "cs-2026-11" (default: the latest set). */
  coefficientSet?: string;
  /** Monte Carlo samples when any input is a range (default 10,000; 100 to 200,000). */
  samples?: number;
  /** PRNG seed (default fixed): same seed, same result. */
  seed?: number;
}

/**
 * Where an input's value came from, so a reader can tell supplied values from defaults: 'computed'
 * is another model's result (the counterfactual's AI step), never something the reader typed.
 */
export type InputOrigin = 'supplied' | 'default' | 'preset' | 'computed';

export interface InputRecord {
  path: string;
  label: string;
  unit: string;
  value: UncertainNumber;
  origin: InputOrigin;
  /** Coefficient the default came from, when it came from the coefficient set. */
  coefficientId?: string;
  /** True when the value rests on an assumption (a coefficient tagged UNVERIFIED or a project assumption). */
  assumption?: boolean;
}

export interface SensitivityEntry {
  path: string;
  label: string;
  unit: string;
  inputLow: number;
  inputHigh: number;
  /** Headline output with this input at its low value and every other input at its central value. */
  outputAtLow: number;
  outputAtHigh: number;
  /** |outputAtHigh - outputAtLow|: the bar length in a tornado chart. */
  swing: number;
}

export interface SensitivityTable {
  /** Output the swing is measured on, e.g. "emissionsG per article". */
  metric: string;
  unit: string;
  /** Output with every input at its central value. */
  baseline: number;
  /** Sorted by swing, largest first. Only inputs given as ranges appear. */
  entries: SensitivityEntry[];
}

/** Bookkeeping carried by every result. */
export interface ResultMeta {
  coefficientSet: string;
  /** Input paths filled from defaults or the coefficient set (not supplied by the reader). */
  defaultsUsed: string[];
  /** Input paths the reader supplied. */
  suppliedInputs: string[];
  /** Ids of the coefficients used (for "Assumptions and sources"). */
  coefficientsUsed: string[];
  /** Source ids behind those coefficients and the chosen method. */
  sourceIds: string[];
  /** Plain-language flags: modelled boundary elements, ignored inputs, method caveats. */
  warnings: string[];
  /** Every numeric input with its value and origin. */
  inputs: InputRecord[];
  /** Monte Carlo samples drawn (0 when every input is a point). */
  samples: number;
  seed: number;
  /** How every interval of the result is to be read (see RangeKind). */
  range: RangeKind;
}
