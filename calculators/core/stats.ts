/** Summary statistics of Monte Carlo samples. */
import type { Interval } from './result.ts';

/**
 * In-place Floyd-Rivest selection (as in d3-array's quickselect): after the call a[k] is the k-th
 * smallest of a[left..right], smaller values before it and larger after. Floyd-Rivest narrows the
 * range from a sample first, so it touches far fewer elements than plain quickselect. Exported for its
 * tests, which count the reads (the sampling step changes how fast, never which value is found).
 */
export function select(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      select(a, k, newLeft, newRight);
    }
    const t = a[k] as number;
    let i = left;
    let j = right;
    swap(a, left, k);
    if ((a[right] as number) > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while ((a[i] as number) < t) i++;
      while ((a[j] as number) > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

/**
 * P5, median and P95 by the nearest-rank rule (index round(q * (n - 1))).
 * Why selection rather than sorting: 10,000-sample results must stay inside the keystroke budget when a
 * model reports forty or more quantities. The three values are exact order statistics, the values a full
 * sort would put at those ranks, however they are found. `scratch` is overwritten.
 */
export function intervalOf(samples: Float64Array, scratch: Float64Array): Interval {
  const n = samples.length;
  const k5 = Math.round(0.05 * (n - 1));
  const k50 = Math.round(0.5 * (n - 1));
  const k95 = Math.round(0.95 * (n - 1));
  // Both paths give the same exact ranks; binning is the quicker for long columns (`npm run bench`).
  // Binning only reads the column; the selection reorders, so it works on a copy.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only, the ranks are equal
  const binned = n >= BINNED_MIN_SAMPLES ? binnedQuantiles(samples, k5, k50, k95) : undefined;
  // Stryker disable next-line ConditionalExpression: speed only, the selection below finds the same ranks
  if (binned) return binned;
  scratch.set(samples);
  select(scratch, k50, 0, n - 1);
  const central = scratch[k50] as number;
  // Everything before k50 is now at most the median, so P5 is the k5-th smallest of 0..k50.
  select(scratch, k5, 0, k50);
  const p5 = scratch[k5] as number;
  select(scratch, k95, k50, n - 1);
  const p95 = scratch[k95] as number;
  return { central, p5: Math.min(p5, central), p95: Math.max(p95, central) };
}

/** Below this many samples, selecting over the whole column is as quick. */
const BINNED_MIN_SAMPLES = 2_000;
const BIN_COUNT = 2048;
/** Index of the high 32 bits of a double in an Int32Array over the same bytes. */
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

const counts = new Int32Array(BIN_COUNT);
let binOf = new Uint16Array(0);
let picked = new Float64Array(0);

/**
 * The three order statistics by a histogram of the values' bit patterns. The high 32 bits of a double,
 * with the bits of negative numbers flipped, are an integer that never decreases as the value grows, so
 * binning those integers over the column's range orders the bins as the values are ordered (a binary
 * logarithm, in effect, at about 2,000 steps over the column's range). One pass counts the values per bin;
 * the counts say which bin holds each rank and how many values lie below it; a second pass gathers the
 * values of those three bins, and each rank is selected among the few values of its bin.
 * Why: a selection by comparisons mispredicts a branch on about half of its comparisons of random draws,
 * and that, not arithmetic, was most of the engine's time; counting in bins has no data-dependent branch,
 * and gathering the three bins' values has branches that are almost never taken.
 * Reads `values` only. Returns undefined for a column with NaN, whose order the comparisons decide (the
 * caller selects then). Exported for its tests.
 */
export function binnedQuantiles(values: Float64Array, k5: number, k50: number, k95: number): Interval | undefined {
  const n = values.length;
  const words = new Int32Array(values.buffer, values.byteOffset, 2 * n);
  if (binOf.length < n) {
    binOf = new Uint16Array(n);
    picked = new Float64Array(3 * n);
  }
  let low = 0x7fffffff;
  let high = -0x80000000;
  let nan = 0;
  for (let i = 0; i < n; i++) {
    const word = words[2 * i + HIGH_WORD] as number;
    const key = word ^ ((word >> 31) & 0x7fffffff);
    low = key < low ? key : low;
    high = key > high ? key : high;
    const x = values[i] as number;
    nan |= (x !== x) as unknown as number;
  }
  if (nan) return undefined;
  let shift = 0;
  while ((high - low) / 2 ** shift >= BIN_COUNT) shift++;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const word = words[2 * i + HIGH_WORD] as number;
    // The difference from the lowest key is below 2^32: as an unsigned 32-bit integer it is exact.
    const index = (((word ^ ((word >> 31) & 0x7fffffff)) - low) | 0) >>> shift;
    binOf[i] = index;
    counts[index] = (counts[index] as number) + 1;
  }
  // The bin holding each rank, and the number of values in the bins below it.
  const target = [k5, k50, k95];
  const bins = [0, 0, 0];
  const below = [0, 0, 0];
  let seen = 0;
  let t = 0;
  for (let b = 0; b < BIN_COUNT && t < 3; b++) {
    const next = seen + (counts[b] as number);
    while (t < 3 && (target[t] as number) < next) {
      bins[t] = b;
      below[t] = seen;
      t++;
    }
    seen = next;
  }
  const [bin5, bin50, bin95] = bins as [number, number, number];
  let in5 = 0;
  let in50 = n;
  let in95 = 2 * n;
  // A branch per rank: almost every value is in none of the three bins, so the branches are predicted
  // right nearly always (a quarter quicker than writing every value three times without branching).
  for (let i = 0; i < n; i++) {
    const bin = binOf[i] as number;
    if (bin === bin5) picked[in5++] = values[i] as number;
    if (bin === bin50) picked[in50++] = values[i] as number;
    if (bin === bin95) picked[in95++] = values[i] as number;
  }
  const rank = (k: number, start: number, end: number, offset: number): number => {
    const index = start + k - offset;
    select(picked, index, start, end - 1);
    return picked[index] as number;
  };
  const p5 = rank(k5, 0, in5, below[0] as number);
  const central = rank(k50, n, in50, below[1] as number);
  const p95 = rank(k95, 2 * n, in95, below[2] as number);
  return { central, p5: Math.min(p5, central), p95: Math.max(p95, central) };
}

export function pointInterval(value: number): Interval {
  return { central: value, p5: value, p95: value };
}

export function scaleInterval(interval: Interval, factor: number): Interval {
  const scaled: Interval = { central: interval.central * factor, p5: interval.p5 * factor, p95: interval.p95 * factor };
  if (interval.min !== undefined && interval.max !== undefined) {
    scaled.min = Math.min(interval.min * factor, interval.max * factor);
    scaled.max = Math.max(interval.min * factor, interval.max * factor);
  }
  return scaled;
}
