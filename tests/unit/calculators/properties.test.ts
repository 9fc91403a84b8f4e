/** Property tests (fast-check) over the engine's invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundaryElements, evaluateInference, inferenceExamples } from '../../../calculators/inference/index.ts';
import type { InferenceResult } from '../../../calculators/inference/index.ts';
import { evaluateTraining } from '../../../calculators/training/index.ts';
import { evaluateCounterfactual, counterfactualExamples } from '../../../calculators/counterfactual/index.ts';
import { appliesTo } from '../../../calculators/core/example.ts';
import { runs } from './runs.ts';

function result(raw: unknown, options?: { samples?: number; seed?: number; coefficientSet?: string }): InferenceResult {
  const outcome = evaluateInference(raw, options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

const params = fc.double({ min: 1, max: 2000, noNaN: true });
const tokens = fc.double({ min: 1, max: 20_000, noNaN: true });
const pue = fc.double({ min: 1, max: 3, noNaN: true });
const grid = fc.double({ min: 0, max: 2000, noNaN: true });
const fullBoundary = Object.fromEntries(boundaryElements.map((e) => [e, true]));
const wide = (p: number, n: number, u: number, g: number, extra: Record<string, unknown> = {}) => ({
  outputTokensPerRequest: n,
  estimate: { method: 'parametric', activeParamsB: p, pue: u },
  boundary: fullBoundary,
  grid: { intensityGPerKWh: g },
  training: { energyMWh: 1000, lifetimeRequests: 1e9 },
  ...extra,
});
const flop = (p: number, n: number, u: number, g: number, powerW: number) => ({
  outputTokensPerRequest: n,
  estimate: { method: 'flop', activeParamsB: p, pue: u, powerPerAcceleratorW: powerW },
  grid: { intensityGPerKWh: g },
});

describe('monotonicity', () => {
  it('totals rise with output tokens (parametric and FLOP methods)', () => {
    fc.assert(
      fc.property(params, tokens, tokens, pue, grid, (p, a, b, u, g) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(result(wide(p, hi, u, g)).perRequest.emissionsG.central).toBeGreaterThanOrEqual(
          result(wide(p, lo, u, g)).perRequest.emissionsG.central * (1 - 1e-12),
        );
        expect(result(flop(p, hi, u, g, 1000)).perRequest.energyWh.central).toBeGreaterThanOrEqual(
          result(flop(p, lo, u, g, 1000)).perRequest.energyWh.central * (1 - 1e-12),
        );
      }),
      { numRuns: runs(150) },
    );
  });

  it('totals rise with PUE', () => {
    fc.assert(
      fc.property(params, tokens, pue, pue, grid, (p, n, a, b, g) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(result(wide(p, n, hi, g)).perRequest.energyWh.central).toBeGreaterThanOrEqual(
          result(wide(p, n, lo, g)).perRequest.energyWh.central * (1 - 1e-12),
        );
        // Gap-filled overhead for a source without it (benchmark): the top-level PUE.
        const bench = (x: number) =>
          result({ estimate: { method: 'benchmark', energyWhPer1000Queries: 50 }, boundary: { dataCentreOverhead: true }, pue: x })
            .perRequest.energyWh.central;
        expect(bench(hi)).toBeGreaterThanOrEqual(bench(lo) * (1 - 1e-12));
      }),
      { numRuns: runs(150) },
    );
  });

  it('emissions rise with grid intensity', () => {
    fc.assert(
      fc.property(params, tokens, pue, grid, grid, (p, n, u, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(result(wide(p, n, u, hi)).perRequest.emissionsG.central).toBeGreaterThanOrEqual(
          result(wide(p, n, u, lo)).perRequest.emissionsG.central * (1 - 1e-12),
        );
      }),
      { numRuns: runs(150) },
    );
  });

  it('totals rise with power (FLOP method, training, device)', () => {
    const power = fc.double({ min: 0, max: 10_000, noNaN: true });
    fc.assert(
      fc.property(params, tokens, power, power, (p, n, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(result(flop(p, n, 1.2, 400, hi)).perRequest.energyWh.central).toBeGreaterThanOrEqual(
          result(flop(p, n, 1.2, 400, lo)).perRequest.energyWh.central * (1 - 1e-12),
        );
        const train = (w: number) => {
          const o = evaluateTraining({ energy: { method: 'accelerator-hours', acceleratorHours: 1000, powerPerAcceleratorW: w } });
          if (!o.ok) throw new Error('training failed');
          return o.result.emissionsG.total.central;
        };
        expect(train(hi)).toBeGreaterThanOrEqual(train(lo));
        const device = (w: number) =>
          result({
            estimate: { method: 'reported', energyWhPerRequest: 0.3 },
            boundary: { endUserDevice: true },
            device: { powerW: Math.min(w, 2000) },
          }).perRequest.energyWh.central;
        expect(device(hi)).toBeGreaterThanOrEqual(device(lo));
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('scaling and boundaries', () => {
  it('totals scale linearly with volume', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 1, max: 100, noNaN: true }), (volume, k) => {
        const a = result({ ...inferenceExamples['epoch-gpt4o'].input, volume: { unitsPerPeriod: volume, period: 'month' } });
        const b = result({ ...inferenceExamples['epoch-gpt4o'].input, volume: { unitsPerPeriod: volume * k, period: 'month' } });
        expect(a.totals!.emissionsG.central).toBeCloseTo(a.perUnit.emissionsG.central * volume, 6);
        if (volume > 1e-100) expect(b.totals!.energyWh.central / a.totals!.energyWh.central).toBeCloseTo(k, 9);
      }),
      { numRuns: runs(100) },
    );
  });

  it.each(['cs-2026-11', 'cs-2026-12'])('removing a boundary element never raises the total, for every method (%s)', (coefficientSet) => {
    const sources = Object.values(inferenceExamples)
      .filter((e) => appliesTo(e, coefficientSet))
      .map((e) => e.input);
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.dictionary(fc.constantFrom(...boundaryElements), fc.boolean()),
        fc.constantFrom(...boundaryElements),
        (input, boundary, removed) => {
          const withIt = { ...input, boundary: { ...boundary, [removed]: true }, training: { energyMWh: 100, lifetimeRequests: 1e8 } };
          const without = { ...input, boundary: { ...boundary, [removed]: false }, training: { energyMWh: 100, lifetimeRequests: 1e8 } };
          const a = result(withIt, { samples: 500, coefficientSet });
          const b = result(without, { samples: 500, coefficientSet });
          expect(b.perUnit.energyWh.central).toBeLessThanOrEqual(a.perUnit.energyWh.central * (1 + 1e-12));
          expect(b.perUnit.emissionsG.central).toBeLessThanOrEqual(a.perUnit.emissionsG.central * (1 + 1e-12));
        },
      ),
      { numRuns: runs(150) },
    );
  });

  it('per-token units convert without slips: per 1,000 tokens = 1,000 x per token; per request = per token x tokens', () => {
    fc.assert(
      fc.property(params, tokens, (p, n) => {
        const r = result({ ...wide(p, n, 1.2, 400), functionalUnit: 'tokens-1000' });
        expect(r.conversions.per1000Tokens!.energyWh.central).toBeCloseTo(r.conversions.perToken!.energyWh.central * 1000, 9);
        expect(r.perUnit.energyWh.central / ((r.perRequest.energyWh.central * 1000) / n)).toBeCloseTo(1, 9);
        expect(r.conversions.perMillionTokens!.emissionsG.central / r.conversions.perToken!.emissionsG.central).toBeCloseTo(1e6, 3);
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('uncertainty', () => {
  const range = fc.tuple(fc.double({ min: 0.001, max: 100, noNaN: true }), fc.double({ min: 1, max: 50, noNaN: true }));
  it('P5 <= central <= P95 for every interval, and point inputs give point results', () => {
    fc.assert(
      fc.property(
        range,
        fc.constantFrom('uniform', 'triangular', 'lognormal'),
        fc.integer({ min: 0, max: 1e6 }),
        ([low, spread], distribution, seed) => {
          const value =
            distribution === 'triangular'
              ? { low, mode: low * (1 + spread / 3), high: low * (1 + spread), distribution }
              : { low, high: low * (1 + spread), distribution };
          const r = result(
            {
              estimate: { method: 'reported', energyWhPerRequest: value },
              boundary: { network: true },
              grid: { intensityGPerKWh: { low: 100, high: 500 } },
            },
            { samples: 500, seed },
          );
          const check = (i: { central: number; p5: number; p95: number }) => {
            expect(i.p5).toBeLessThanOrEqual(i.central);
            expect(i.central).toBeLessThanOrEqual(i.p95);
          };
          check(r.perUnit.energyWh);
          check(r.perUnit.emissionsG);
          for (const b of r.breakdown) {
            check(b.energyWh);
            check(b.emissionsG);
          }
          const point = result({ estimate: { method: 'reported', energyWhPerRequest: low } });
          expect(point.samples).toBe(0);
          expect(point.perUnit.energyWh.p5).toBe(point.perUnit.energyWh.p95);
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it('same seed, same result; a different seed may differ', () => {
    const input = inferenceExamples['proxy-frontier'].input;
    const a = evaluateInference(input, { seed: 123 });
    const b = evaluateInference(input, { seed: 123 });
    const c = evaluateInference(input, { seed: 124 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
    const cf1 = evaluateCounterfactual(counterfactualExamples['article-drafting'].input, { seed: 5 });
    const cf2 = evaluateCounterfactual(counterfactualExamples['article-drafting'].input, { seed: 5 });
    expect(JSON.stringify(cf1)).toBe(JSON.stringify(cf2));
  });

  it('the default run draws 10,000 samples and ranks inputs by swing for the tornado chart', () => {
    const r = result(inferenceExamples['article-drafting'].input);
    expect(r.samples).toBe(10_000);
    const entries = r.sensitivity[0]!.entries;
    expect(entries.length).toBeGreaterThan(2);
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.swing).toBeLessThanOrEqual(entries[i - 1]!.swing);
    for (const e of entries) expect(e.inputLow).toBeLessThanOrEqual(e.inputHigh);
  });

  it('samples follow their distributions: a uniform input has its median near the midpoint', () => {
    const r = result({ estimate: { method: 'reported', energyWhPerRequest: { low: 1, high: 3 } } });
    expect(r.perUnit.energyWh.central).toBeCloseTo(2, 1);
    expect(r.perUnit.energyWh.p5).toBeCloseTo(1.1, 1);
    expect(r.perUnit.energyWh.p95).toBeCloseTo(2.9, 1);
    const logn = result({ estimate: { method: 'reported', energyWhPerRequest: { low: 1, high: 100, distribution: 'lognormal' } } });
    expect(logn.perUnit.energyWh.p5).toBeCloseTo(1, 0);
    expect(logn.perUnit.energyWh.central).toBeCloseTo(10, 0);
    expect(logn.perUnit.energyWh.p95 / 100).toBeCloseTo(1, 1);
  });
});
