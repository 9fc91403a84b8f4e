/**
 * Monte Carlo propagation shared by every model.
 * A model registers its numeric inputs (points or ranges), then supplies one `compute` function that
 * maps a vector of input values to a vector of outputs. Plain number loops over Float64Arrays keep
 * 10,000 samples inside the keystroke budget.
 */
import { mulberry32 } from './prng.ts';
import { intervalOf, pointInterval } from './stats.ts';
import type { InputRecord, Interval, RangeKind, SensitivityEntry, SensitivityTable } from './result.ts';
import { centralOf, highOf, isBound, isPoint, lowOf, sampleInto } from './uncertain.ts';

export type Compute = (inputs: Float64Array, outputs: Float64Array) => void;

export interface SensitivityRequest {
  /** Index into the outputs vector. */
  output: number;
  metric: string;
  unit: string;
}

/** An input whose draws are given rather than drawn: an upstream model's samples, used as they are. */
export interface EmpiricalInput {
  /** One value per sample, paired index by index with this run's samples (length = samples). */
  draws: Float64Array;
  /** The upstream result's central value, and the ends used for sensitivity and bounds. */
  central: number;
  low: number;
  high: number;
  /** True when the upstream range is a bound (its low and high are a minimum and a maximum). */
  bound: boolean;
}

export type BoundsMethod = 'uniform-p5-p95' | 'bound-min-max';

export interface PropagationSpec {
  inputs: readonly InputRecord[];
  outputCount: number;
  compute: Compute;
  samples: number;
  seed: number;
  sensitivity: readonly SensitivityRequest[];
  /** How a bound ({ low, high } alone) is read: the coefficient set's method (default 'uniform-p5-p95'). */
  bounds?: BoundsMethod;
  /** Inputs whose draws are given, by input index. */
  empirical?: ReadonlyMap<number, EmpiricalInput>;
  /** Output indexes whose sample columns the caller needs afterwards (copied out). */
  keep?: readonly number[];
}

export interface Propagation {
  intervals: Interval[];
  sensitivity: SensitivityTable[];
  /** Samples drawn: 0 when every input is a point. */
  samples: number;
  /** How the intervals are to be read. */
  range: RangeKind;
  /** Copies of the sample columns asked for with `keep` (absent when no input is a range). */
  kept: Map<number, Float64Array>;
}

/**
 * Bounds past this count are sampled rather than enumerated: 2^12 corner evaluations stay well inside
 * the keystroke budget, 2^20 would not.
 */
const MAX_CORNER_INPUTS = 12;

export function propagate(spec: PropagationSpec): Propagation {
  const { inputs, outputCount, compute } = spec;
  const empirical = spec.empirical ?? new Map<number, EmpiricalInput>();
  const inputCount = inputs.length;
  const central = new Float64Array(inputCount);
  const lows = new Float64Array(inputCount);
  const highs = new Float64Array(inputCount);
  const uncertainIndexes: number[] = [];
  let allBounds = true;
  for (let j = 0; j < inputCount; j++) {
    const given = empirical.get(j);
    const value = (inputs[j] as InputRecord).value;
    central[j] = given ? given.central : centralOf(value);
    lows[j] = given ? given.low : lowOf(value);
    highs[j] = given ? given.high : highOf(value);
    if (given ? given.high > given.low : !isPoint(value)) {
      uncertainIndexes.push(j);
      if (!(given ? given.bound : isBound(value))) allBounds = false;
    }
  }

  const centralOut = new Float64Array(outputCount);
  compute(central.slice(), centralOut);
  const sensitivity = oneAtATime(spec, central, lows, highs, centralOut, uncertainIndexes);

  if (uncertainIndexes.length === 0) {
    const intervals: Interval[] = [];
    for (let k = 0; k < outputCount; k++) intervals.push(pointInterval(centralOut[k] as number));
    return { intervals, sensitivity, samples: 0, range: 'point', kept: new Map() };
  }
  const range: RangeKind =
    spec.bounds === 'bound-min-max' && allBounds && uncertainIndexes.length <= MAX_CORNER_INPUTS ? 'min-max' : 'p5-p95';

  const n = spec.samples;
  // Columns of draws for uncertain inputs only; points stay at their value in the row vector.
  // Each input draws from its own stream, seeded by the run's seed and the input's path (common random
  // numbers): switching one input or boundary element on or off leaves every other input's draws
  // unchanged, so comparisons between two runs reflect the change, not sampling noise. Inputs sharing
  // a path (an interval's energy and emissions) share draws and so stay correlated.
  const buffer = workspace((uncertainIndexes.length + outputCount + 1) * n);
  let offset = 0;
  const take = (): Float64Array => {
    const view = buffer.subarray(offset, offset + n);
    offset += n;
    return view;
  };
  for (const j of uncertainIndexes) {
    const input = inputs[j] as InputRecord;
    const column = take();
    const given = empirical.get(j);
    if (given) column.set(given.draws.subarray(0, n));
    else sampleInto(input.value, mulberry32(spec.seed ^ hashPath(input.path)), column);
  }
  const outColumns: Float64Array[] = [];
  for (let k = 0; k < outputCount; k++) outColumns.push(take());

  const row = central.slice();
  const out = new Float64Array(outputCount);
  const u = uncertainIndexes.length;
  const rowIndex = Int32Array.from(uncertainIndexes);
  const outBase = u * n;
  // Flat indexing into the one buffer: column m of the draws starts at m * n, output k at outBase + k * n.
  for (let i = 0; i < n; i++) {
    for (let m = 0; m < u; m++) row[rowIndex[m] as number] = buffer[m * n + i] as number;
    compute(row, out);
    for (let k = 0; k < outputCount; k++) buffer[outBase + k * n + i] = out[k] as number;
  }

  const kept = new Map<number, Float64Array>();
  for (const k of spec.keep ?? []) kept.set(k, (outColumns[k] as Float64Array).slice());

  const scratch = take();
  const intervals: Interval[] = [];
  for (let k = 0; k < outputCount; k++) {
    const column = outColumns[k] as Float64Array;
    // Constant outputs (not touched by any range) need no selection.
    const first = column[0] as number;
    let constant = true;
    for (let i = 1; i < n; i++) {
      if (column[i] !== first) {
        constant = false;
        break;
      }
    }
    intervals.push(constant ? pointInterval(first) : intervalOf(column, scratch));
  }
  if (range === 'min-max') addExtremes(intervals, outColumns, compute, central, lows, highs, rowIndex);
  return { intervals, sensitivity, samples: n, range, kept };
}

/**
 * The lowest and highest value of every output when every ranged input is a bound: each output at every
 * corner of the box of bounds (each input at its low or its high), together with the sampled values.
 * Why corners: the models are monotonic in each input, so their extremes lie at corners; sampling alone
 * would report a range narrower than the source's own (EcoLogits publishes min-max ranges).
 */
function addExtremes(
  intervals: Interval[],
  outColumns: readonly Float64Array[],
  compute: Compute,
  central: Float64Array,
  lows: Float64Array,
  highs: Float64Array,
  rowIndex: Int32Array,
): void {
  const outputCount = intervals.length;
  const min = new Float64Array(outputCount).fill(Number.POSITIVE_INFINITY);
  const max = new Float64Array(outputCount).fill(Number.NEGATIVE_INFINITY);
  for (let k = 0; k < outputCount; k++) {
    const column = outColumns[k] as Float64Array;
    for (let i = 0; i < column.length; i++) {
      const value = column[i] as number;
      if (value < (min[k] as number)) min[k] = value;
      if (value > (max[k] as number)) max[k] = value;
    }
  }
  const row = central.slice();
  const out = new Float64Array(outputCount);
  const corners = 1 << rowIndex.length;
  for (let mask = 0; mask < corners; mask++) {
    for (let m = 0; m < rowIndex.length; m++) {
      const j = rowIndex[m] as number;
      row[j] = mask & (1 << m) ? (highs[j] as number) : (lows[j] as number);
    }
    compute(row, out);
    for (let k = 0; k < outputCount; k++) {
      const value = out[k] as number;
      if (value < (min[k] as number)) min[k] = value;
      if (value > (max[k] as number)) max[k] = value;
    }
  }
  for (let k = 0; k < outputCount; k++) {
    const interval = intervals[k] as Interval;
    interval.min = Math.min(min[k] as number, interval.p5);
    interval.max = Math.max(max[k] as number, interval.p95);
  }
}

/**
 * One reusable buffer for sample and output columns. Why: allocating thirty 80 KB typed arrays per
 * keystroke costs more than the arithmetic (allocation, zeroing, garbage collection). Safe because
 * evaluate is synchronous and propagations never nest: every interval is read out (and every kept
 * column copied) before return.
 */
let pool = new Float64Array(0);
function workspace(length: number): Float64Array {
  if (pool.length < length) pool = new Float64Array(length);
  return pool;
}

/** FNV-1a hash of an input path, to derive its random stream from the run's seed. */
function hashPath(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** One-at-a-time sensitivity: each ranged input at its low and high, the others at central. */
function oneAtATime(
  spec: PropagationSpec,
  central: Float64Array,
  lows: Float64Array,
  highs: Float64Array,
  centralOut: Float64Array,
  uncertainIndexes: readonly number[],
): SensitivityTable[] {
  const tables: SensitivityTable[] = spec.sensitivity.map((request) => ({
    metric: request.metric,
    unit: request.unit,
    baseline: centralOut[request.output] as number,
    entries: [],
  }));
  if (tables.length === 0) return tables;
  const row = central.slice();
  const outLow = new Float64Array(spec.outputCount);
  const outHigh = new Float64Array(spec.outputCount);
  for (const j of uncertainIndexes) {
    const input = spec.inputs[j] as InputRecord;
    const low = lows[j] as number;
    const high = highs[j] as number;
    row[j] = low;
    spec.compute(row, outLow);
    row[j] = high;
    spec.compute(row, outHigh);
    row[j] = central[j] as number;
    spec.sensitivity.forEach((request, t) => {
      const atLow = outLow[request.output] as number;
      const atHigh = outHigh[request.output] as number;
      const entry: SensitivityEntry = {
        path: input.path,
        label: input.label,
        unit: input.unit,
        inputLow: low,
        inputHigh: high,
        outputAtLow: atLow,
        outputAtHigh: atHigh,
        swing: Math.abs(atHigh - atLow),
      };
      (tables[t] as SensitivityTable).entries.push(entry);
    });
  }
  for (const table of tables) table.entries.sort((a, b) => b.swing - a.swing || a.path.localeCompare(b.path));
  return tables;
}
