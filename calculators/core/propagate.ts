/**
 * Monte Carlo propagation shared by every model.
 * A model registers its numeric inputs (points or ranges), then supplies one `compute` function that
 * maps a vector of input values to a vector of outputs. Plain number loops over Float64Arrays keep
 * 10,000 samples inside the keystroke budget.
 */
import { mulberry32 } from './prng.ts';
import { intervalOf, pointInterval } from './stats.ts';
import type { InputRecord, Interval, SensitivityEntry, SensitivityTable } from './result.ts';
import { centralOf, highOf, isPoint, lowOf, sampleInto } from './uncertain.ts';

export type Compute = (inputs: Float64Array, outputs: Float64Array) => void;

export interface SensitivityRequest {
  /** Index into the outputs vector. */
  output: number;
  metric: string;
  unit: string;
}

export interface PropagationSpec {
  inputs: readonly InputRecord[];
  outputCount: number;
  compute: Compute;
  samples: number;
  seed: number;
  sensitivity: readonly SensitivityRequest[];
}

export interface Propagation {
  intervals: Interval[];
  sensitivity: SensitivityTable[];
  /** Samples drawn: 0 when every input is a point. */
  samples: number;
}

export function propagate(spec: PropagationSpec): Propagation {
  const { inputs, outputCount, compute } = spec;
  const inputCount = inputs.length;
  const central = new Float64Array(inputCount);
  for (let j = 0; j < inputCount; j++) central[j] = centralOf((inputs[j] as InputRecord).value);

  const centralOut = new Float64Array(outputCount);
  compute(central.slice(), centralOut);

  const uncertainIndexes: number[] = [];
  for (let j = 0; j < inputCount; j++) if (!isPoint((inputs[j] as InputRecord).value)) uncertainIndexes.push(j);

  const sensitivity = oneAtATime(spec, central, centralOut, uncertainIndexes);

  if (uncertainIndexes.length === 0) {
    const intervals: Interval[] = [];
    for (let k = 0; k < outputCount; k++) intervals.push(pointInterval(centralOut[k] as number));
    return { intervals, sensitivity, samples: 0 };
  }

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
  const columns: Float64Array[] = [];
  for (const j of uncertainIndexes) {
    const input = inputs[j] as InputRecord;
    const column = take();
    sampleInto(input.value, mulberry32(spec.seed ^ hashPath(input.path)), column);
    columns.push(column);
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
  return { intervals, sensitivity, samples: n };
}

/**
 * One reusable buffer for sample and output columns. Why: allocating thirty 80 KB typed arrays per
 * keystroke costs more than the arithmetic (allocation, zeroing, garbage collection). Safe because
 * evaluate is synchronous and propagations never nest: every interval is read out before return.
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
    const low = lowOf(input.value);
    const high = highOf(input.value);
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
