/**
 * P5, median and P95 of a sample column are exact order statistics: whatever way intervalOf finds them
 * (binning the values' bit patterns for large columns, selection for small ones), they are the values a
 * full sort puts at ranks round(q * (n - 1)). Released results depend on it to the last bit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../calculators/core/prng.ts';
import { binnedQuantiles, intervalOf, select } from '../../../calculators/core/stats.ts';

/** The reference: sort a copy and read the three ranks (nearest-rank rule). */
function sorted(values: Float64Array) {
  const copy = Float64Array.from(values).sort();
  const at = (q: number) => copy[Math.round(q * (copy.length - 1))] as number;
  const central = at(0.5);
  return { central, p5: Math.min(at(0.05), central), p95: Math.max(at(0.95), central) };
}

const rng = mulberry32(20251001);
const columns: [string, (i: number, n: number) => number][] = [
  ['lognormal draws', () => Math.exp(3 * rng())],
  ['uniform draws across zero', () => 2 * rng() - 1],
  ['values over 26 orders of magnitude', () => Math.exp(60 * (rng() - 0.5))],
  ['five distinct values', () => Math.floor(5 * rng())],
  ['half zeros', () => (rng() < 0.5 ? 0 : rng())],
  ['one value', () => 3.25],
  ['values within 1e-12 of each other', () => 1 + 1e-12 * rng()],
  ['infinities among the draws', () => (rng() < 0.02 ? Infinity : rng() < 0.02 ? -Infinity : rng())],
  ['ascending', (i) => i],
  ['descending', (i, n) => n - i],
  ['negative lognormal', () => -Math.exp(5 * rng())],
  ['both signs, 17 orders of magnitude', () => (rng() < 0.5 ? -1 : 1) * Math.exp(40 * rng())],
  ['subnormal numbers', () => 1e-310 * rng()],
];

describe('intervalOf', () => {
  for (const n of [5, 100, 1_999, 2_000, 10_000, 10_001, 20_000]) {
    it.each(columns)(`gives the sorted ranks of ${n} samples: %s`, (_, value) => {
      const column = Float64Array.from({ length: n }, (__, i) => value(i, n));
      expect(intervalOf(column, new Float64Array(n))).toEqual(sorted(column));
    });
  }

  it('gives the sorted ranks of any column of 2,000 to 12,000 finite numbers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2_000, max: 12_000 }),
        fc.integer(),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        (n, seed, shift, spread) => {
          const draw = mulberry32(seed);
          const column = Float64Array.from({ length: n }, () => shift + Math.exp(spread * draw()) * (draw() < 0.3 ? -1 : 1));
          expect(intervalOf(column, new Float64Array(n))).toEqual(sorted(column));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves the samples as they were', () => {
    const column = Float64Array.from({ length: 10_000 }, () => rng());
    const copy = Float64Array.from(column);
    intervalOf(column, new Float64Array(10_000));
    expect(column).toEqual(copy);
  });
});

/** Each rank of the nearest-rank rule, as intervalOf asks for it. */
const ranks = (n: number) => [0.05, 0.5, 0.95].map((q) => Math.round(q * (n - 1))) as [number, number, number];

describe('select', () => {
  it('puts the k-th smallest value at k, smaller before it and larger after, for any k of any column', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3_000 }),
        fc.integer(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 6 }),
        (n, seed, where, distinct) => {
          const draw = mulberry32(seed);
          // Few distinct values as well as many: ties are where partitioning goes wrong.
          const column = Float64Array.from({ length: n }, () => (distinct < 6 ? Math.floor(distinct * draw()) : draw()));
          const expected = Float64Array.from(column).sort();
          const k = Math.min(n - 1, Math.floor(where * n));
          select(column, k, 0, n - 1);
          expect(column[k]).toBe(expected[k]);
          const pivot = column[k] as number;
          expect(column.subarray(0, k).every((x) => x <= pivot)).toBe(true);
          expect(column.subarray(k + 1).every((x) => x >= pivot)).toBe(true);
          expect(Float64Array.from(column).sort()).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('touches only the range it is given', () => {
    const column = Float64Array.from({ length: 5_000 }, () => rng());
    const copy = Float64Array.from(column);
    select(column, 2_500, 1_000, 3_999);
    expect(column.subarray(0, 1_000)).toEqual(copy.subarray(0, 1_000));
    expect(column.subarray(4_000)).toEqual(copy.subarray(4_000));
    expect(column[2_500]).toBe(Float64Array.from(copy.subarray(1_000, 4_000)).sort()[1_500]);
  });

  // Floyd-Rivest's sampling step is why the function exists: plain quickselect (the same loop without
  // it) reads each value about 4.5 times for a median of 100,000 random draws, Floyd-Rivest about 2.5.
  it.each([
    ['median', 0.5],
    ['P5', 0.05],
    ['P95', 0.95],
  ])('finds the %s of 100,000 draws reading each value fewer than 3 times on average', (_, q) => {
    const n = 100_000;
    const reads: number[] = [];
    for (const seed of [1, 2, 3]) {
      const draw = mulberry32(seed);
      const column = Float64Array.from({ length: n }, () => draw());
      let count = 0;
      const counted = new Proxy(column, {
        get(target, key) {
          if (typeof key === 'string' && /^\d+$/.test(key)) count++;
          return target[key as unknown as number];
        },
      });
      const k = Math.round(q * (n - 1));
      select(counted, k, 0, n - 1);
      expect(column[k]).toBe(Float64Array.from(column).sort()[k]);
      reads.push(count / n);
    }
    expect(Math.max(...reads)).toBeLessThan(3);
  });
});

describe('binnedQuantiles', () => {
  it.each(columns)('gives the sorted ranks of 5,000 samples: %s', (_, value) => {
    const column = Float64Array.from({ length: 5_000 }, (__, i) => value(i, 5_000));
    const copy = Float64Array.from(column);
    expect(binnedQuantiles(column, ...ranks(5_000))).toEqual(sorted(column));
    expect(column).toEqual(copy);
  });

  it('declines a column with NaN, whose order only comparisons can decide', () => {
    const column = Float64Array.from({ length: 3_000 }, (_, i) => (i === 1_234 ? NaN : rng()));
    expect(binnedQuantiles(column, ...ranks(3_000))).toBeUndefined();
  });
});
