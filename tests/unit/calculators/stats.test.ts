/**
 * P5, median and P95 of a sample column are exact order statistics: whatever way intervalOf finds them
 * (binning the values' bit patterns for large columns, selection for small ones), they are the values a
 * full sort puts at ranks round(q * (n - 1)). Released results depend on it to the last bit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../calculators/core/prng.ts';
import { intervalOf } from '../../../calculators/core/stats.ts';

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
