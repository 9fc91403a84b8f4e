/**
 * Uncertain numbers (core/uncertain.ts) and the bounds in readers' messages (core/numbers.ts): every
 * numeric input is a point or a range, validated with the field's label, range and unit, and sampled
 * from its distribution.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatBound } from '../../../calculators/core/numbers.ts';
import { mulberry32 } from '../../../calculators/core/prng.ts';
import {
  centralOf,
  checkUncertain,
  distributionOf,
  highOf,
  isBound,
  isPoint,
  lowOf,
  pointNumber,
  rangeMessage,
  sampleInto,
  scaleUncertain,
  uncertain,
  type FieldSpec,
} from '../../../calculators/core/uncertain.ts';

const energy: FieldSpec = { label: 'Energy per request', unit: 'Wh', min: 0, max: 10 };
const tokens: FieldSpec = { label: 'Output tokens per request', unit: 'tokens', min: 0, max: 1_000, minExclusive: true };
const count: FieldSpec = { label: 'Runs', unit: '', min: 1, max: 5, integer: true };

/** An Rng that returns the given values in turn (then repeats the last). */
const sequence = (...values: number[]) => {
  let i = 0;
  return () => values[Math.min(i++, values.length - 1)] as number;
};

describe('bounds in messages', () => {
  it('are grouped in UK English, with powers of ten at the extremes', () => {
    expect(formatBound(2_000)).toBe('2,000');
    expect(formatBound(0.5)).toBe('0.5');
    expect(formatBound(0)).toBe('0');
    expect(formatBound(0.1234567)).toBe('0.123457');
    expect(formatBound(999_999_999)).toBe('999,999,999');
    expect(formatBound(1e9)).toBe('1.00e9');
    expect(formatBound(-1e9)).toBe('-1.00e9');
    expect(formatBound(0.0001)).toBe('0.0001');
    expect(formatBound(0.00001)).toBe('1.00e-5');
    expect(formatBound(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
});

describe('range messages', () => {
  it('name the field, the allowed range and the unit', () => {
    expect(rangeMessage(energy)).toBe('Energy per request must be between 0 and 10 Wh');
    expect(rangeMessage(tokens)).toBe('Output tokens per request must be above 0 and at most 1,000 tokens');
    expect(rangeMessage(count)).toBe('Runs must be between 1 and 5');
  });
});

describe('checkUncertain', () => {
  it('accepts the ends of an inclusive range and refuses what lies outside', () => {
    expect(checkUncertain(0, energy)).toEqual([]);
    expect(checkUncertain(10, energy)).toEqual([]);
    expect(checkUncertain(-0.001, energy)).toEqual([{ path: [], message: 'Energy per request must be between 0 and 10 Wh' }]);
    expect(checkUncertain(10.001, energy)).toEqual([{ path: [], message: 'Energy per request must be between 0 and 10 Wh' }]);
    expect(checkUncertain(Number.NaN, energy)).toHaveLength(1);
    expect(checkUncertain(Number.POSITIVE_INFINITY, { ...energy, max: Number.POSITIVE_INFINITY })).toHaveLength(1);
  });

  it('refuses the minimum itself when it is exclusive (a divisor), but not the maximum', () => {
    expect(checkUncertain(0, tokens)).toEqual([
      { path: [], message: 'Output tokens per request must be above 0 and at most 1,000 tokens' },
    ]);
    expect(checkUncertain(1e-9, tokens)).toEqual([]);
    expect(checkUncertain(1_000, tokens)).toEqual([]);
  });

  it('asks for a whole number where the field counts', () => {
    expect(checkUncertain(2.5, count)).toEqual([{ path: [], message: 'Runs must be between 1 and 5 (a whole number)' }]);
    expect(checkUncertain(3, count)).toEqual([]);
    expect(checkUncertain(2.5, { ...count, integer: false })).toEqual([]);
  });

  it('names the end of a range that is out of bounds, and stops there', () => {
    expect(checkUncertain({ low: -1, mode: 20, high: 11 }, energy)).toEqual([
      { path: ['low'], message: 'Energy per request must be between 0 and 10 Wh (low)' },
      { path: ['mode'], message: 'Energy per request must be between 0 and 10 Wh (mode)' },
      { path: ['high'], message: 'Energy per request must be between 0 and 10 Wh (high)' },
    ]);
    // Out of bounds and inverted: only the bounds are reported.
    expect(checkUncertain({ low: 5, high: 11 }, energy)).toEqual([
      { path: ['high'], message: 'Energy per request must be between 0 and 10 Wh (high)' },
    ]);
  });

  it('refuses an inverted range, a mode outside it, and explains each distribution’s needs', () => {
    expect(checkUncertain({ low: 3, high: 1 }, energy)).toEqual([
      { path: ['low'], message: 'Energy per request: the low value must not be above the high value' },
    ]);
    expect(checkUncertain({ low: 1, high: 1 }, energy)).toEqual([]);
    expect(checkUncertain({ low: 1, mode: 0.5, high: 3 }, energy)).toEqual([
      { path: ['mode'], message: 'Energy per request: the most likely value must lie between low and high' },
    ]);
    expect(checkUncertain({ low: 1, mode: 3.5, high: 3 }, energy)).toEqual([
      { path: ['mode'], message: 'Energy per request: the most likely value must lie between low and high' },
    ]);
    expect(checkUncertain({ low: 1, mode: 1, high: 3 }, energy)).toEqual([]);
    expect(checkUncertain({ low: 1, mode: 3, high: 3 }, energy)).toEqual([]);
    expect(checkUncertain({ low: 0, high: 3, distribution: 'lognormal' }, energy)).toEqual([
      { path: ['low'], message: 'Energy per request: a lognormal range needs a low value above 0' },
    ]);
    expect(checkUncertain({ low: 0.1, high: 3, distribution: 'lognormal' }, energy)).toEqual([]);
    expect(checkUncertain({ low: 1, mode: 2, high: 3, distribution: 'lognormal' }, energy)).toEqual([
      { path: ['mode'], message: 'Energy per request: a lognormal range takes low (P5) and high (P95) only, not a most likely value' },
    ]);
    expect(checkUncertain({ low: 1, high: 3, distribution: 'triangular' }, energy)).toEqual([
      { path: ['mode'], message: 'Energy per request: a triangular range needs a most likely value (mode)' },
    ]);
    expect(checkUncertain({ low: 1, mode: 2, high: 3, distribution: 'triangular' }, energy)).toEqual([]);
    expect(checkUncertain({ low: 1, high: 3, distribution: 'uniform' }, energy)).toEqual([]);
  });
});

describe('uncertain() and pointNumber() schemas', () => {
  const issues = (schema: z.ZodMiniType, value: unknown) => {
    const parsed = z.safeParse(schema, value);
    return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path, message: i.message }));
  };

  it('take a point or a range, and name the unit when the value has the wrong type', () => {
    const schema = uncertain(energy);
    expect(z.safeParse(schema, 2).data).toBe(2);
    expect(z.safeParse(schema, { low: 1, mode: 2, high: 3, distribution: 'triangular' }).data).toEqual({
      low: 1,
      mode: 2,
      high: 3,
      distribution: 'triangular',
    });
    const typeMessage = [{ path: [], message: 'Energy per request must be a number in Wh or a range { low, high }' }];
    for (const bad of ['2', null, [], true]) expect(issues(schema, bad)).toEqual(typeMessage);
    expect(issues(uncertain(count), 'x')).toEqual([{ path: [], message: 'Runs must be a number or a range { low, high }' }]);
  });

  it('name the part of a range that is wrong, rather than the whole field', () => {
    const schema = uncertain(energy);
    const message = (value: unknown) => issues(schema, value).map((i) => i.message);
    expect(message({ high: 1 })).toEqual(['Energy per request: low must be a number in Wh']);
    expect(message({ low: 'a', high: 1 })).toEqual(['Energy per request: low must be a number in Wh']);
    expect(message({ low: 1 })).toEqual(['Energy per request: high must be a number in Wh']);
    expect(message({ low: 1, high: 2, mode: 'x' })).toEqual(['Energy per request: mode must be a number in Wh']);
    expect(message({ low: 1, high: 2, distribution: 'weird' })).toEqual([
      'Energy per request: distribution must be uniform, triangular or lognormal',
    ]);
    // A field without a unit says no unit.
    expect(issues(uncertain(count), { low: 1, high: 'b' }).map((i) => i.message)).toEqual(['Runs: high must be a number']);
  });

  it('report range problems at the end of the range they concern', () => {
    expect(issues(uncertain(energy), 11)).toEqual([{ path: [], message: 'Energy per request must be between 0 and 10 Wh' }]);
    expect(issues(uncertain(energy), { low: 3, high: 1 })).toEqual([
      { path: ['low'], message: 'Energy per request: the low value must not be above the high value' },
    ]);
  });

  it('pointNumber takes a number only', () => {
    const schema = pointNumber(count);
    expect(issues(schema, 3)).toEqual([]);
    expect(issues(schema, 'x')).toEqual([{ path: [], message: 'Runs must be a number' }]);
    expect(issues(schema, { low: 1, high: 2 })).toEqual([{ path: [], message: 'Runs must be a number' }]);
    expect(issues(schema, 2.5)).toEqual([{ path: [], message: 'Runs must be between 1 and 5 (a whole number)' }]);
    expect(issues(pointNumber(energy), 'x')).toEqual([{ path: [], message: 'Energy per request must be a number in Wh' }]);
  });
});

describe('reading an uncertain number', () => {
  it('tells points from ranges, and bounds from distributions', () => {
    expect(isPoint(3)).toBe(true);
    expect(isPoint({ low: 2, high: 2 })).toBe(true);
    expect(isPoint({ low: 2, high: 3 })).toBe(false);
    expect(isBound({ low: 2, high: 3 })).toBe(true);
    expect(isBound(3)).toBe(false);
    expect(isBound({ low: 2, high: 2 })).toBe(false);
    expect(isBound({ low: 2, mode: 2.5, high: 3 })).toBe(false);
    expect(isBound({ low: 2, high: 3, distribution: 'uniform' })).toBe(false);
  });

  it('names the distribution: a mode makes a range triangular, none uniform', () => {
    expect(distributionOf(3)).toBe('point');
    expect(distributionOf({ low: 2, high: 2, distribution: 'lognormal' })).toBe('point');
    expect(distributionOf({ low: 2, high: 3 })).toBe('uniform');
    expect(distributionOf({ low: 2, mode: 2.2, high: 3 })).toBe('triangular');
    expect(distributionOf({ low: 2, high: 3, distribution: 'lognormal' })).toBe('lognormal');
    expect(distributionOf({ low: 2, high: 3, distribution: 'uniform' })).toBe('uniform');
  });

  it('takes the central value as the point, the mode, the midpoint or the lognormal median', () => {
    expect(centralOf(4)).toBe(4);
    expect(centralOf({ low: 1, high: 3 })).toBe(2);
    expect(centralOf({ low: 1, mode: 1.5, high: 3 })).toBe(1.5);
    expect(centralOf({ low: 1, high: 100, distribution: 'lognormal' })).toBeCloseTo(10, 12);
    // A lognormal's median is its geometric mean even if a mode was (wrongly) given.
    expect(centralOf({ low: 1, mode: 50, high: 100, distribution: 'lognormal' })).toBeCloseTo(10, 12);
    expect([lowOf(4), highOf(4), lowOf({ low: 1, high: 3 }), highOf({ low: 1, high: 3 })]).toEqual([4, 4, 1, 3]);
  });

  it('scales a value by a constant, keeping its shape', () => {
    expect(scaleUncertain(2, 1_000)).toBe(2_000);
    expect(scaleUncertain({ low: 1, high: 3 }, 10)).toEqual({ low: 10, high: 30 });
    expect(scaleUncertain({ low: 1, mode: 2, high: 3, distribution: 'triangular' }, 10)).toEqual({
      low: 10,
      mode: 20,
      high: 30,
      distribution: 'triangular',
    });
    expect(Object.keys(scaleUncertain({ low: 1, high: 3 }, 2) as object)).toEqual(['low', 'high']);
  });
});

describe('sampling', () => {
  it('fills points with their value', () => {
    const out = new Float64Array(4);
    sampleInto(2.5, mulberry32(1), out);
    expect([...out]).toEqual([2.5, 2.5, 2.5, 2.5]);
    sampleInto({ low: 7, high: 7 }, mulberry32(1), out);
    expect([...out]).toEqual([7, 7, 7, 7]);
  });

  it('draws a uniform range as low + (high - low) · u', () => {
    const out = new Float64Array(3);
    sampleInto({ low: 2, high: 6 }, sequence(0, 0.25, 0.5), out);
    expect([...out]).toEqual([2, 3, 4]);
  });

  it('draws a triangular range by its inverse CDF (low 0, mode 1, high 4)', () => {
    // F⁻¹(u) = low + √(u (high − low)(mode − low)) below F(mode) = 0.25, else high − √((1 − u)(high − low)(high − mode)).
    const out = new Float64Array(4);
    sampleInto({ low: 0, mode: 1, high: 4 }, sequence(0.01, 0.25, 0.64, 0.2), out);
    expect(out[0]).toBeCloseTo(0.2, 12);
    expect(out[1]).toBeCloseTo(1, 12);
    expect(out[2]).toBeCloseTo(4 - Math.sqrt(0.36 * 4 * 3), 12);
    expect(out[3]).toBeCloseTo(Math.sqrt(0.2 * 4 * 1), 12);
    // A triangular range without a mode peaks at its midpoint: u = 0.5 gives the midpoint.
    const symmetric = new Float64Array(1);
    sampleInto({ low: 0, high: 4, distribution: 'triangular' }, sequence(0.5), symmetric);
    expect(symmetric[0]).toBeCloseTo(2, 12);
  });

  it('draws a lognormal range with low as P5 and high as P95 (Box–Muller)', () => {
    // u1 = 1 gives a zero radius: both draws of the pair are the median √(low · high) = 10.
    const pair = new Float64Array(2);
    sampleInto({ low: 1, high: 100, distribution: 'lognormal' }, sequence(0, 0.3), pair);
    expect(pair[0]).toBeCloseTo(10, 12);
    expect(pair[1]).toBeCloseTo(10, 12);
    // A radius of z95 = 1.6449 at angle 0 lands on P95 (cos) and on the median (sin).
    const z95 = 1.6448536269514722;
    const u1 = Math.exp(-(z95 * z95) / 2);
    const atP95 = new Float64Array(2);
    sampleInto({ low: 1, high: 100, distribution: 'lognormal' }, sequence(1 - u1, 0), atP95);
    expect(atP95[0]).toBeCloseTo(100, 9);
    expect(atP95[1]).toBeCloseTo(10, 9);
    // At angle π the same radius lands on P5.
    const atP5 = new Float64Array(2);
    sampleInto({ low: 1, high: 100, distribution: 'lognormal' }, sequence(1 - u1, 0.5), atP5);
    expect(atP5[0]).toBeCloseTo(1, 9);
    // An odd count fills the last slot too.
    const odd = new Float64Array(3);
    sampleInto({ low: 1, high: 100, distribution: 'lognormal' }, mulberry32(7), odd);
    for (const x of odd) expect(x).toBeGreaterThan(0);
  });

  it('gives each distribution its shape over many draws', () => {
    const n = 20_000;
    const out = new Float64Array(n);
    const sorted = () => [...out].sort((a, b) => a - b);
    const q = (s: number[], p: number) => s[Math.round(p * (n - 1))] as number;

    sampleInto({ low: 10, high: 20 }, mulberry32(11), out);
    let s = sorted();
    expect(s[0]).toBeGreaterThanOrEqual(10);
    expect(s[n - 1]).toBeLessThan(20);
    expect(q(s, 0.5)).toBeCloseTo(15, 0);

    sampleInto({ low: 0, mode: 1, high: 4 }, mulberry32(12), out);
    s = sorted();
    expect(q(s, 0.25)).toBeCloseTo(1, 1); // F(mode) = (mode − low) / (high − low) = 0.25
    expect(out.reduce((a, b) => a + b, 0) / n).toBeCloseTo(5 / 3, 1); // mean (low + mode + high) / 3

    sampleInto({ low: 2, high: 50, distribution: 'lognormal' }, mulberry32(13), out);
    s = sorted();
    expect(q(s, 0.05) / 2).toBeCloseTo(1, 1);
    expect(q(s, 0.5) / 10).toBeCloseTo(1, 1);
    expect(q(s, 0.95) / 50).toBeCloseTo(1, 1);
  });
});
