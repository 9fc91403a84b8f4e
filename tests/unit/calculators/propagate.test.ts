/**
 * Monte Carlo propagation (core/propagate.ts), its statistics (core/stats.ts) and random numbers
 * (core/prng.ts), driven with small hand-written models whose answers are known.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, mulberry32 } from '../../../calculators/core/prng.ts';
import { propagate, type Compute, type EmpiricalInput } from '../../../calculators/core/propagate.ts';
import type { InputRecord, Interval } from '../../../calculators/core/result.ts';
import { SlotLayout } from '../../../calculators/core/slots.ts';
import { intervalOf, pointInterval, scaleInterval } from '../../../calculators/core/stats.ts';
import type { UncertainNumber } from '../../../calculators/core/uncertain.ts';
import { runs } from './runs.ts';

const input = (path: string, value: UncertainNumber): InputRecord => ({ path, label: path, unit: 'u', value, origin: 'supplied' });
/** outputs: [x * y, x + y, 7] */
const productAndSum: Compute = (v, out) => {
  out[0] = (v[0] as number) * (v[1] as number);
  out[1] = (v[0] as number) + (v[1] as number);
  out[2] = 7;
};
const base = { outputCount: 3, compute: productAndSum, samples: 2_000, seed: 1, sensitivity: [] };

/** Nearest-rank quantile by sorting: the definition the selection must agree with. */
const nearestRank = (values: ArrayLike<number>, p: number) => {
  const sorted = Array.from(values).sort((a, b) => a - b);
  return sorted[Math.round(p * (sorted.length - 1))] as number;
};

describe('random numbers', () => {
  it('are the same for the same seed, in every engine: the first draws of the default seed are pinned', () => {
    // Published intervals depend on these draws: changing the generator moves every released figure.
    const rng = mulberry32(DEFAULT_SEED);
    expect([rng(), rng(), rng()]).toEqual([0.19808245520107448, 0.36172356992028654, 0.029066768940538168]);
    const zero = mulberry32(0);
    expect([zero(), zero()]).toEqual([0.26642920868471265, 0.0003297457005828619]);
    expect(DEFAULT_SEED).toBe(20251001);
  });

  it('read a seed as an unsigned 32-bit integer, and stay in [0, 1) with a mean of one half', () => {
    expect(mulberry32(-1)()).toBe(mulberry32(4294967295)());
    const rng = mulberry32(99);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const u = rng();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      sum += u;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });
});

describe('intervals', () => {
  it('take P5, median and P95 by the nearest rank, index round(q · (n − 1))', () => {
    // 1..100 shuffled: ranks 5, 50 and 94 (0-based) hold 6, 51 and 95.
    const values = Float64Array.from({ length: 100 }, (_, i) => ((i * 37) % 100) + 1);
    const scratch = new Float64Array(100);
    expect(intervalOf(values, scratch)).toEqual({ central: 51, p5: 6, p95: 95 });
    // The samples are left as they were; only the scratch is reordered.
    expect(values[0]).toBe(1);
    expect(values[1]).toBe(38);
  });

  it('agree with sorting on large, repeated and skewed samples (Floyd–Rivest selection)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom('uniform', 'repeated', 'skewed'),
        (n, seed, kind) => {
          const rng = mulberry32(seed);
          const values = Float64Array.from({ length: n }, () => {
            const u = rng();
            return kind === 'repeated' ? Math.floor(u * 5) : kind === 'skewed' ? Math.exp(8 * u) : u;
          });
          const interval = intervalOf(values, new Float64Array(n));
          expect(interval).toEqual({ central: nearestRank(values, 0.5), p5: nearestRank(values, 0.05), p95: nearestRank(values, 0.95) });
        },
      ),
      { numRuns: runs(200), seed: 3 },
    );
  });

  it('of 10,001 values 0..10,000 are 5,000, 500 and 9,500', () => {
    const rng = mulberry32(5);
    const values = Float64Array.from({ length: 10_001 }, (_, i) => i);
    for (let i = values.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [values[i], values[j]] = [values[j] as number, values[i] as number];
    }
    expect(intervalOf(values, new Float64Array(values.length))).toEqual({ central: 5_000, p5: 500, p95: 9_500 });
  });

  it('of a single value is that value', () => {
    expect(intervalOf(Float64Array.of(4), new Float64Array(1))).toEqual({ central: 4, p5: 4, p95: 4 });
    expect(pointInterval(3)).toEqual({ central: 3, p5: 3, p95: 3 });
  });

  it('scale with their minimum and maximum, which swap under a negative factor', () => {
    expect(scaleInterval({ central: 2, p5: 1, p95: 3 }, 10)).toEqual({ central: 20, p5: 10, p95: 30 });
    expect(scaleInterval({ central: 2, p5: 1, p95: 3, min: 0.5, max: 4 }, 10)).toEqual({ central: 20, p5: 10, p95: 30, min: 5, max: 40 });
    expect(scaleInterval({ central: 2, p5: 1, p95: 3, min: 0.5, max: 4 }, -1)).toEqual({
      central: -2,
      p5: -1,
      p95: -3,
      min: -4,
      max: -0.5,
    });
    expect(scaleInterval({ central: 2, p5: 1, p95: 3, min: 0.5 }, 2)).toEqual({ central: 4, p5: 2, p95: 6 });
  });
});

describe('slot layouts', () => {
  it('number names once, in order, and count them', () => {
    const layout = new SlotLayout();
    const a = layout.named(['x', 'y']);
    const g = layout.group(['p', 'q', 'r']);
    expect(a).toEqual({ x: 0, y: 1 });
    expect({ p: g.p, q: g.q, r: g.r }).toEqual({ p: 2, q: 3, r: 4 });
    expect(g.list).toEqual([2, 3, 4]);
    expect(layout.count).toBe(5);
    expect(Object.isFrozen(a) && Object.isFrozen(g) && Object.isFrozen(g.list)).toBe(true);
  });
});

describe('propagation', () => {
  it('evaluates points once: no samples, point intervals, empty sensitivity tables', () => {
    const run = propagate({ ...base, inputs: [input('x', 2), input('y', 3)], sensitivity: [{ output: 0, metric: 'product', unit: 'u²' }] });
    expect(run.samples).toBe(0);
    expect(run.range).toBe('point');
    expect(run.intervals).toEqual([pointInterval(6), pointInterval(5), pointInterval(7)]);
    expect(run.sensitivity).toEqual([{ metric: 'product', unit: 'u²', baseline: 6, entries: [] }]);
    expect(run.kept.size).toBe(0);
    // A range whose ends coincide is a point.
    expect(propagate({ ...base, inputs: [input('x', { low: 2, high: 2 }), input('y', 3)] }).samples).toBe(0);
  });

  it('samples ranges: the product of two uniform ranges has its nearest-rank quantiles', () => {
    const run = propagate({ ...base, inputs: [input('x', { low: 1, high: 2 }), input('y', 10)] });
    expect(run.samples).toBe(2_000);
    expect(run.range).toBe('p5-p95');
    const [product, sum, constant] = run.intervals;
    expect(product!.central).toBeCloseTo(15, 0);
    expect(product!.p5).toBeCloseTo(10.5, 0);
    expect(product!.p95).toBeCloseTo(19.5, 0);
    expect(sum!.central - 10).toBeCloseTo(product!.central / 10, 9); // one draw feeds both outputs
    expect(constant).toEqual(pointInterval(7)); // an output no range touches stays a point
  });

  it('gives every input its own stream, seeded by the run’s seed and the input’s path', () => {
    const keepX: Compute = (v, out) => {
      out[0] = v[0] as number;
      out[1] = v[1] as number;
    };
    const spec = { outputCount: 2, compute: keepX, samples: 500, sensitivity: [], keep: [0, 1] };
    const ranged = { low: 0, high: 1 };
    const a = propagate({ ...spec, seed: 1, inputs: [input('x', ranged), input('y', ranged)] });
    const withoutY = propagate({ ...spec, seed: 1, inputs: [input('x', ranged), input('y', 0.5)] });
    const renamed = propagate({ ...spec, seed: 1, inputs: [input('z', ranged), input('y', ranged)] });
    const reseeded = propagate({ ...spec, seed: 2, inputs: [input('x', ranged), input('y', ranged)] });
    expect(a.kept.get(0)).toEqual(withoutY.kept.get(0)); // switching y to a point leaves x's draws alone
    expect(a.kept.get(0)).not.toEqual(a.kept.get(1));
    expect(a.kept.get(0)).not.toEqual(renamed.kept.get(0));
    expect(a.kept.get(0)).not.toEqual(reseeded.kept.get(0));
    // Same path, same draws: an interval's energy and emissions stay correlated.
    const shared = propagate({ ...spec, seed: 1, inputs: [input('x', ranged), input('x', ranged)] });
    expect(shared.kept.get(0)).toEqual(shared.kept.get(1));
  });

  it('draws the same numbers for the same seed and paths, release after release (pinned)', () => {
    // Released results depend on these exact draws (each path seeds its own stream from the run's seed).
    const keep: Compute = (v, out) => {
      out[0] = v[0] as number;
      out[1] = v[1] as number;
    };
    const run = propagate({
      inputs: [
        input('estimate.energyWhPerRequest', { low: 1, high: 3 }),
        input('grid.intensityGPerKWh', { low: 100, mode: 200, high: 500 }),
      ],
      outputCount: 2,
      compute: keep,
      samples: 100,
      seed: DEFAULT_SEED,
      sensitivity: [],
      keep: [0, 1],
    });
    expect([...run.kept.get(0)!.slice(0, 3)]).toEqual([2.975977143738419, 2.158009032253176, 2.797919999808073]);
    expect([...run.kept.get(1)!.slice(0, 3)]).toEqual([206.46487327843363, 134.93346221542464, 325.5921332892715]);
    expect(run.intervals).toEqual([
      { central: 2.0675980048254132, p5: 1.1003322480246425, p95: 2.930266024079174 },
      { central: 242.714619844048, p5: 141.55906725363732, p95: 412.8747550384238 },
    ]);
  });

  it('copies the kept columns out, so a later run does not overwrite them', () => {
    const first = propagate({ ...base, keep: [0], inputs: [input('x', { low: 1, high: 2 }), input('y', 10)] });
    const kept = first.kept.get(0)!;
    const copy = kept.slice();
    propagate({ ...base, keep: [0], inputs: [input('x', { low: 100, high: 200 }), input('y', 10)] });
    expect(kept).toEqual(copy);
    expect(kept.length).toBe(2_000);
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(10);
    expect(first.kept.has(1)).toBe(false);
  });

  it('ranks inputs by swing: each at its low and high, the others at their central values', () => {
    const run = propagate({
      ...base,
      inputs: [input('x', { low: 1, high: 3 }), input('y', { low: 9, mode: 10, high: 12 })],
      sensitivity: [
        { output: 0, metric: 'product', unit: 'u²' },
        { output: 1, metric: 'sum', unit: 'u' },
      ],
    });
    const [product, sum] = run.sensitivity;
    expect(product!.baseline).toBe(20); // central x = 2, central y = the mode, 10
    expect(product!.entries).toEqual([
      { path: 'x', label: 'x', unit: 'u', inputLow: 1, inputHigh: 3, outputAtLow: 10, outputAtHigh: 30, swing: 20 },
      { path: 'y', label: 'y', unit: 'u', inputLow: 9, inputHigh: 12, outputAtLow: 18, outputAtHigh: 24, swing: 6 },
    ]);
    expect(sum!.baseline).toBe(12);
    expect(sum!.entries.map((e) => [e.path, e.swing])).toEqual([
      ['y', 3],
      ['x', 2],
    ]);
    // Equal swings are listed by path.
    const tie = propagate({
      ...base,
      inputs: [input('b', { low: 0, high: 1 }), input('a', { low: 0, high: 1 })],
      sensitivity: [{ output: 1, metric: 'sum', unit: 'u' }],
    });
    expect(tie.sensitivity[0]!.entries.map((e) => e.path)).toEqual(['a', 'b']);
    // A swing is a size: a falling output gives a positive swing.
    const falling = propagate({
      ...base,
      compute: (v, out) => {
        out[0] = 10 - (v[0] as number);
        out[1] = 0;
        out[2] = 0;
      },
      inputs: [input('x', { low: 1, high: 3 }), input('y', 1)],
      sensitivity: [{ output: 0, metric: 'f', unit: 'u' }],
    });
    expect(falling.sensitivity[0]!.entries[0]).toMatchObject({ outputAtLow: 9, outputAtHigh: 7, swing: 2 });
  });

  it('reports bounds as a full range from the corners when the set says so', () => {
    // x in [1, 2] and y in [3, 5] as bounds: x·y runs from 3 to 10, which 2,000 uniform draws never quite reach.
    const inputs = [input('x', { low: 1, high: 2 }), input('y', { low: 3, high: 5 })];
    const run = propagate({ ...base, inputs, bounds: 'bound-min-max' });
    expect(run.range).toBe('min-max');
    expect(run.intervals[0]!.min).toBe(3);
    expect(run.intervals[0]!.max).toBe(10);
    expect(run.intervals[1]!.min).toBe(4);
    expect(run.intervals[1]!.max).toBe(7);
    expect(run.intervals[0]!.p5).toBeGreaterThan(3);
    expect(run.intervals[2]).toMatchObject({ central: 7, min: 7, max: 7 });
    // The same bounds read as uniform distributions (the released sets): P5-P95, no minimum or maximum.
    const sampled = propagate({ ...base, inputs, bounds: 'uniform-p5-p95' });
    expect(sampled.range).toBe('p5-p95');
    expect(sampled.intervals[0]!.min).toBeUndefined();
    expect(propagate({ ...base, inputs }).range).toBe('p5-p95');
    // One distribution among the ranges makes every range a distribution.
    const mixed = propagate({
      ...base,
      inputs: [inputs[0]!, input('y', { low: 3, high: 5, distribution: 'uniform' })],
      bounds: 'bound-min-max',
    });
    expect(mixed.range).toBe('p5-p95');
    expect(mixed.intervals[0]!.max).toBeUndefined();
  });

  it('reaches the extremes from the corners, wherever they lie (a falling output)', () => {
    const falling: Compute = (v, out) => {
      out[0] = (v[1] as number) - (v[0] as number);
    };
    const run = propagate({
      outputCount: 1,
      compute: falling,
      samples: 200,
      seed: 3,
      sensitivity: [],
      bounds: 'bound-min-max',
      inputs: [input('x', { low: 1, high: 2 }), input('y', { low: 3, high: 5 })],
    });
    expect(run.intervals[0]).toMatchObject({ min: 1, max: 4 });
  });

  it('keeps a sampled extreme the corners miss (an output that peaks inside the box of bounds)', () => {
    // -(x - 5)² on x in [0, 10]: both corners give -25, the peak of 0 lies at x = 5, between them.
    const peak: Compute = (v, out) => {
      out[0] = -(((v[0] as number) - 5) ** 2);
      out[1] = ((v[0] as number) - 5) ** 2;
    };
    const run = propagate({
      outputCount: 2,
      compute: peak,
      samples: 2_000,
      seed: 4,
      sensitivity: [],
      bounds: 'bound-min-max',
      inputs: [input('x', { low: 0, high: 10 })],
    });
    const [falling, rising] = run.intervals as [Interval, Interval];
    expect(falling.min).toBe(-25);
    // The highest draw, above the P95, is the maximum: the corners alone would report the P95 or -25.
    expect(falling.max).toBeGreaterThan(-0.001);
    expect(falling.max).toBeGreaterThan(falling.p95);
    expect(falling.max).toBeLessThanOrEqual(0);
    // Its mirror: the lowest draw is the minimum.
    expect(rising.max).toBe(25);
    expect(rising.min).toBeLessThan(0.001);
    expect(rising.min).toBeLessThan(rising.p5);
    expect(rising.min).toBeGreaterThanOrEqual(0);
  });

  it('enumerates the corners of up to twelve bounds, and samples more', () => {
    const sum: Compute = (v, out) => {
      let s = 0;
      for (const x of v) s += x;
      out[0] = s;
    };
    const bounds = (k: number) => Array.from({ length: k }, (_, i) => input(`x${i}`, { low: 0, high: 1 }));
    const twelve = propagate({
      outputCount: 1,
      compute: sum,
      samples: 200,
      seed: 1,
      sensitivity: [],
      bounds: 'bound-min-max',
      inputs: bounds(12),
    });
    expect(twelve.range).toBe('min-max');
    expect(twelve.intervals[0]).toMatchObject({ min: 0, max: 12 });
    const thirteen = propagate({
      outputCount: 1,
      compute: sum,
      samples: 200,
      seed: 1,
      sensitivity: [],
      bounds: 'bound-min-max',
      inputs: bounds(13),
    });
    expect(thirteen.range).toBe('p5-p95');
    expect(thirteen.intervals[0]!.max).toBeUndefined();
  });

  it('takes given draws as they are, paired sample by sample', () => {
    const draws = Float64Array.from({ length: 1_000 }, (_, i) => i + 1);
    const given: EmpiricalInput = { draws, central: 500.5, low: 50, high: 950, bound: false };
    const double: Compute = (v, out) => {
      out[0] = 2 * (v[0] as number);
    };
    const run = propagate({
      outputCount: 1,
      compute: double,
      samples: 1_000,
      seed: 1,
      sensitivity: [{ output: 0, metric: 'double', unit: 'u' }],
      inputs: [input('ai', 500.5)],
      empirical: new Map([[0, given]]),
    });
    expect(run.samples).toBe(1_000);
    expect(run.intervals[0]).toEqual({
      central: 2 * nearestRank(draws, 0.5),
      p5: 2 * nearestRank(draws, 0.05),
      p95: 2 * nearestRank(draws, 0.95),
    });
    expect(run.sensitivity[0]!.baseline).toBe(1_001);
    expect(run.sensitivity[0]!.entries[0]).toMatchObject({ inputLow: 50, inputHigh: 950, outputAtLow: 100, outputAtHigh: 1_900 });
    // Given draws of a bound keep the bound's reading, with its ends as the extremes.
    const bound = propagate({
      outputCount: 1,
      compute: double,
      samples: 1_000,
      seed: 1,
      sensitivity: [],
      bounds: 'bound-min-max',
      inputs: [input('ai', 500.5)],
      empirical: new Map([[0, { ...given, low: 1, high: 1_000, bound: true }]]),
    });
    expect(bound.range).toBe('min-max');
    expect(bound.intervals[0]).toMatchObject({ min: 2, max: 2_000 });
    // Draws that do not vary (a point upstream) leave the run a point.
    const flat = propagate({
      outputCount: 1,
      compute: double,
      samples: 1_000,
      seed: 1,
      sensitivity: [],
      inputs: [input('ai', 3)],
      empirical: new Map([[0, { draws: new Float64Array(1_000).fill(3), central: 3, low: 3, high: 3, bound: false }]]),
    });
    expect(flat.samples).toBe(0);
    expect(flat.intervals[0]).toEqual(pointInterval(6));
  });
});
