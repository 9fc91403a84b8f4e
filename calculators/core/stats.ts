/** Summary statistics of Monte Carlo samples. */
import type { Interval } from './result.ts';

/**
 * In-place Floyd-Rivest selection (as in d3-array's quickselect): after the call a[k] is the k-th
 * smallest of a[left..right], smaller values before it and larger after. Floyd-Rivest narrows the
 * range from a sample first, so it touches far fewer elements than plain quickselect.
 */
function select(a: Float64Array, k: number, left: number, right: number): void {
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
 * Why selection rather than sorting: three O(n) selections keep 10,000-sample results
 * inside the keystroke budget when a model reports twenty or more quantities.
 * `scratch` is overwritten.
 */
export function intervalOf(samples: Float64Array, scratch: Float64Array): Interval {
  const n = samples.length;
  scratch.set(samples);
  const k5 = Math.round(0.05 * (n - 1));
  const k50 = Math.round(0.5 * (n - 1));
  const k95 = Math.round(0.95 * (n - 1));
  select(scratch, k50, 0, n - 1);
  const central = scratch[k50] as number;
  select(scratch, k5, 0, k50 - 1 < 0 ? 0 : k50 - 1);
  const p5 = scratch[k5] as number;
  select(scratch, k95, k50, n - 1);
  const p95 = scratch[k95] as number;
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
