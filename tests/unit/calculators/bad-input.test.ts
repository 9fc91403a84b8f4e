/** Bad input: a clear error per field, never a throw, never the raw text echoed back. */
import { describe, expect, it } from 'vitest';
import { models } from '../../../calculators/index.ts';
import { evaluateInference } from '../../../calculators/inference/index.ts';
import { evaluateTraining } from '../../../calculators/training/index.ts';

const base = { estimate: { method: 'reported', energyWhPerRequest: 0.24 } };

function errorsOf(outcome: { ok: boolean; errors?: { path: string; message: string }[] }) {
  expect(outcome.ok).toBe(false);
  return outcome.errors ?? [];
}

describe('bad input', () => {
  it('rejects a grid intensity out of range with the field, range and unit', () => {
    const errors = errorsOf(evaluateInference({ ...base, grid: { intensityGPerKWh: 5000 } }));
    expect(errors).toEqual([{ path: 'grid.intensityGPerKWh', message: 'Grid intensity must be between 0 and 2,000 gCO2e/kWh' }]);
  });

  it('rejects negative and absurd values per field', () => {
    const errors = errorsOf(evaluateInference({ estimate: { method: 'parametric', activeParamsB: -3, batchSize: 1e9 }, outputTokensPerRequest: 0 }));
    const paths = errors.map((e) => e.path);
    expect(paths).toContain('estimate.activeParamsB');
    expect(paths).toContain('estimate.batchSize');
    expect(paths).toContain('outputTokensPerRequest');
    expect(errors.find((e) => e.path === 'estimate.activeParamsB')?.message).toMatch(/Active parameters must be above 0 .*billion parameters/);
    expect(errors.find((e) => e.path === 'estimate.batchSize')?.message).toMatch(/Batch size must be between 1 and 4,096 requests/);
  });

  it('rejects wrong types with a message naming the field', () => {
    const errors = errorsOf(evaluateInference({ estimate: { method: 'reported', energyWhPerRequest: 'lots' } }));
    expect(errors[0]).toEqual({ path: 'estimate.energyWhPerRequest', message: 'Energy per request must be a number in Wh or a range { low, high }' });
    const boolErrors = errorsOf(evaluateInference({ ...base, boundary: { network: 'yes' } }));
    expect(boolErrors[0]?.message).toBe('Network transfer must be true or false');
  });

  it('rejects missing fields and unknown methods', () => {
    expect(errorsOf(evaluateInference({}))[0]?.path).toBe('estimate');
    expect(errorsOf(evaluateInference({ estimate: { method: 'guess' } }))[0]?.message).toMatch(/Estimate method must be measured, reported, flop, parametric, benchmark, realtime or proxy/);
    expect(errorsOf(evaluateTraining({ energy: { method: 'accelerator-hours' } })).map((e) => e.path)).toEqual(['energy.acceleratorHours', 'energy.powerPerAcceleratorW']);
  });

  it('rejects ranges that are inverted or malformed', () => {
    expect(errorsOf(evaluateInference({ estimate: { method: 'reported', energyWhPerRequest: { low: 3, high: 1 } } }))[0]?.message).toMatch(/low value must not be above the high value/);
    expect(errorsOf(evaluateInference({ estimate: { method: 'reported', energyWhPerRequest: { low: 0, high: 1, distribution: 'lognormal' } } }))[0]?.message).toMatch(/lognormal range needs a low value above 0/);
    expect(errorsOf(evaluateInference({ estimate: { method: 'reported', energyWhPerRequest: { low: 1, high: 2, mode: 5 } } }))[0]?.message).toMatch(/most likely value must lie between low and high/);
  });

  it('refuses markup in text fields without echoing it', () => {
    const evil = '<script>alert("pwned")</script>';
    const outcome = evaluateInference({ ...base, label: evil });
    const errors = errorsOf(outcome);
    expect(errors[0]?.path).toBe('label');
    expect(errors[0]?.message).toMatch(/plain text/);
    expect(JSON.stringify(outcome)).not.toContain('script');
    const enumOutcome = evaluateInference({ ...base, functionalUnit: evil });
    expect(JSON.stringify(enumOutcome)).not.toContain('script');
  });

  it('rejects non-objects and bad options', () => {
    for (const raw of [null, undefined, 42, 'text', [], true]) {
      expect(errorsOf(evaluateInference(raw))[0]?.message).toMatch(/must be an object/);
    }
    expect(errorsOf(evaluateInference(base, { coefficientSet: 'cs-1999-01' }))[0]).toEqual({ path: 'options.coefficientSet', message: 'Coefficient set must be one of: cs-2025-10, cs-2026-11, cs-2026-12' });
    expect(errorsOf(evaluateInference(base, { samples: 3 }))[0]?.path).toBe('options.samples');
    expect(errorsOf(evaluateInference(base, { seed: -1 }))[0]?.path).toBe('options.seed');
  });

  it('survives hostile objects (throwing getters, proxies, cycles)', () => {
    const throwing = { get estimate() { throw new Error('boom'); } };
    const cyclic: Record<string, unknown> = { estimate: { method: 'reported', energyWhPerRequest: 1 } };
    cyclic.self = cyclic;
    const proxy = new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
    for (const model of Object.values(models)) {
      for (const raw of [throwing, cyclic, proxy]) {
        const outcome = (model.evaluate as (r: unknown) => { ok: boolean })(raw);
        expect(typeof outcome.ok).toBe('boolean');
      }
    }
  });

  it('explains inputs a method needs', () => {
    expect(errorsOf(evaluateInference({ estimate: { method: 'benchmark' } }))[0]?.message).toMatch(/Give exactly one benchmark figure/);
    expect(errorsOf(evaluateInference({ estimate: { method: 'reported', energyWhPerRequest: 1, covers: ['hostCpuRam'] } }))[0]?.message).toMatch(/must include accelerators/);
    expect(errorsOf(evaluateTraining({ energy: { method: 'reported', energyMWh: 1 }, allocation: { method: 'amortise' } }))[0]?.path).toBe('allocation.lifetimeInferences');
    expect(errorsOf(evaluateInference({ estimate: { method: 'parametric', activeParamsB: 70, totalParamsB: 7 } }))[0]?.message).toMatch(/Total parameters must be at least the active parameters/);
  });
});
