/** Bad input: a clear error per field, never a throw, never the raw text echoed back. */
import { describe, expect, it } from 'vitest';
import { models } from '../../../calculators/index.ts';
import { evaluateInference } from '../../../calculators/inference/index.ts';
import { evaluateTraining } from '../../../calculators/training/index.ts';
import { evaluateCounterfactual } from '../../../calculators/counterfactual/index.ts';

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
    const errors = errorsOf(
      evaluateInference({ estimate: { method: 'parametric', activeParamsB: -3, batchSize: 1e9 }, outputTokensPerRequest: 0 }),
    );
    const paths = errors.map((e) => e.path);
    expect(paths).toContain('estimate.activeParamsB');
    expect(paths).toContain('estimate.batchSize');
    expect(paths).toContain('outputTokensPerRequest');
    expect(errors.find((e) => e.path === 'estimate.activeParamsB')?.message).toMatch(
      /Active parameters must be above 0 .*billion parameters/,
    );
    expect(errors.find((e) => e.path === 'estimate.batchSize')?.message).toMatch(/Batch size must be between 1 and 4,096 requests/);
  });

  it('rejects wrong types with a message naming the field', () => {
    const errors = errorsOf(evaluateInference({ estimate: { method: 'reported', energyWhPerRequest: 'lots' } }));
    expect(errors[0]).toEqual({
      path: 'estimate.energyWhPerRequest',
      message: 'Energy per request must be a number in Wh or a range { low, high }',
    });
    const boolErrors = errorsOf(evaluateInference({ ...base, boundary: { network: 'yes' } }));
    expect(boolErrors[0]?.message).toBe('Network transfer must be true or false');
  });

  it('rejects missing fields and unknown methods', () => {
    expect(errorsOf(evaluateInference({}))[0]?.path).toBe('estimate');
    expect(errorsOf(evaluateInference({ estimate: { method: 'guess' } }))[0]?.message).toMatch(
      /Estimate method must be measured, reported, flop, parametric, benchmark, realtime or proxy/,
    );
    expect(errorsOf(evaluateTraining({ energy: { method: 'accelerator-hours' } })).map((e) => e.path)).toEqual([
      'energy.acceleratorHours',
      'energy.powerPerAcceleratorW',
    ]);
  });

  it('rejects ranges that are inverted or malformed', () => {
    expect(errorsOf(evaluateInference({ estimate: { method: 'reported', energyWhPerRequest: { low: 3, high: 1 } } }))[0]?.message).toMatch(
      /low value must not be above the high value/,
    );
    expect(
      errorsOf(
        evaluateInference({ estimate: { method: 'reported', energyWhPerRequest: { low: 0, high: 1, distribution: 'lognormal' } } }),
      )[0]?.message,
    ).toMatch(/lognormal range needs a low value above 0/);
    expect(
      errorsOf(evaluateInference({ estimate: { method: 'reported', energyWhPerRequest: { low: 1, high: 2, mode: 5 } } }))[0]?.message,
    ).toMatch(/most likely value must lie between low and high/);
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
    expect(errorsOf(evaluateInference(base, { coefficientSet: 'cs-1999-01' }))[0]).toEqual({
      path: 'options.coefficientSet',
      message: 'Coefficient set must be one of: cs-2025-10, cs-2026-11, cs-2026-12',
    });
    expect(errorsOf(evaluateInference(base, { samples: 3 }))[0]?.path).toBe('options.samples');
    expect(errorsOf(evaluateInference(base, { seed: -1 }))[0]?.path).toBe('options.seed');
  });

  it('survives hostile objects (throwing getters, proxies, cycles)', () => {
    const throwing = {
      get estimate() {
        throw new Error('boom');
      },
    };
    const cyclic: Record<string, unknown> = { estimate: { method: 'reported', energyWhPerRequest: 1 } };
    cyclic.self = cyclic;
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    for (const model of Object.values(models)) {
      for (const raw of [throwing, cyclic, proxy]) {
        const outcome = (model.evaluate as (r: unknown) => { ok: boolean })(raw);
        expect(typeof outcome.ok).toBe('boolean');
      }
    }
  });

  it('explains inputs a method needs', () => {
    expect(errorsOf(evaluateInference({ estimate: { method: 'benchmark' } }))[0]?.message).toMatch(/Give exactly one benchmark figure/);
    expect(
      errorsOf(evaluateInference({ estimate: { method: 'reported', energyWhPerRequest: 1, covers: ['hostCpuRam'] } }))[0]?.message,
    ).toMatch(/must include accelerators/);
    expect(errorsOf(evaluateTraining({ energy: { method: 'reported', energyMWh: 1 }, allocation: { method: 'amortise' } }))[0]?.path).toBe(
      'allocation.lifetimeInferences',
    );
    expect(errorsOf(evaluateInference({ estimate: { method: 'parametric', activeParamsB: 70, totalParamsB: 7 } }))[0]?.message).toMatch(
      /Total parameters must be at least the active parameters/,
    );
  });
});

describe('every object and choice names itself in its message', () => {
  const errors = (evaluate: (raw: unknown) => { ok: boolean; errors?: { path: string; message: string }[] }, raw: unknown) => {
    const outcome = evaluate(raw);
    return outcome.ok ? [] : (outcome.errors ?? []);
  };
  const reportedEnergy = { method: 'reported', energyMWh: 1 };

  it('training', () => {
    expect(errors(evaluateTraining, {})).toEqual([{ path: 'energy', message: 'Energy method must be accelerator-hours or reported' }]);
    expect(errors(evaluateTraining, { energy: { method: 'guess' } })).toEqual([
      { path: 'energy.method', message: 'Energy method must be accelerator-hours or reported' },
    ]);
    expect(errors(evaluateTraining, { energy: reportedEnergy, idle: 3, embodied: 'x', kind: 'x', label: 3 })).toEqual([
      { path: 'label', message: 'Label must be text' },
      { path: 'kind', message: 'Kind must be pretraining or fine-tuning' },
      { path: 'idle', message: 'Idle must be an object such as { energyKWh: 256646 }' },
      { path: 'embodied', message: 'Embodied must be an object such as { emissionsTCO2e: 11.2 }' },
    ]);
    expect(errors(evaluateTraining, { energy: { ...reportedEnergy, includesPue: 'no' } })).toEqual([
      { path: 'energy.includesPue', message: 'Includes PUE must be true or false' },
    ]);
    expect(
      errors(evaluateTraining, {
        energy: { method: 'accelerator-hours', acceleratorHours: 1, powerPerAcceleratorW: 1, powerIncludesPue: 'no' },
      }),
    ).toEqual([{ path: 'energy.powerIncludesPue', message: 'Power includes PUE must be true or false' }]);
    expect(errors(evaluateTraining, { energy: reportedEnergy, allocation: 3 })).toEqual([
      { path: 'allocation', message: 'Allocation must be an object such as { method: "amortise", lifetimeInferences: 1e9 }' },
    ]);
    expect(errors(evaluateTraining, { energy: reportedEnergy, allocation: {} })).toEqual([
      { path: 'allocation.method', message: 'Allocation method must be exclude, amortise or share-of-use' },
    ]);
    expect(errors(evaluateTraining, { energy: reportedEnergy, grid: 3 })).toEqual([
      { path: 'grid', message: 'Grid must be an object such as { preset: "grid-ecologits-gbr" }' },
    ]);
    expect(errors(evaluateTraining, { energy: reportedEnergy, grid: { preset: 'mars', basis: 'vibes' } })).toEqual([
      { path: 'grid.preset', message: 'Grid preset must be one of the listed regions' },
      { path: 'grid.basis', message: 'Grid basis must be location or market' },
    ]);
    for (const method of ['exclude', 'amortise', 'share-of-use']) {
      expect(
        errors(evaluateTraining, {
          energy: reportedEnergy,
          allocation: { method, lifetimeInferences: 10, shareOfUse: 0.1, organisationUnits: 10 },
        }),
      ).toEqual([]);
    }
    for (const kind of ['pretraining', 'fine-tuning']) expect(errors(evaluateTraining, { energy: reportedEnergy, kind })).toEqual([]);
  });

  it('inference', () => {
    const reported = { method: 'reported', energyWhPerRequest: 1 };
    expect(errors(evaluateInference, { estimate: 3 })).toEqual([
      { path: 'estimate', message: 'Estimate method must be measured, reported, flop, parametric, benchmark, realtime or proxy' },
    ]);
    expect(errors(evaluateInference, { estimate: { ...reported, covers: 'x' } })).toEqual([
      { path: 'estimate.covers', message: 'Covered elements must be a list such as ["accelerators", "hostCpuRam"]' },
    ]);
    expect(errors(evaluateInference, { estimate: { ...reported, covers: ['x'] } })).toEqual([
      { path: 'estimate.covers.0', message: 'Covered elements must be accelerators, hostCpuRam, idleCapacity or dataCentreOverhead' },
    ]);
    expect(errors(evaluateInference, { estimate: { ...reported, shares: 3 } })).toEqual([
      { path: 'estimate.shares', message: 'Element shares must be an object such as { accelerators: 0.58, hostCpuRam: 0.25 }' },
    ]);
    expect(
      errors(evaluateInference, {
        estimate: { ...reported, shares: { accelerators: 2, hostCpuRam: -1, idleCapacity: 2, dataCentreOverhead: 2 } },
      }),
    ).toEqual([
      { path: 'estimate.shares.accelerators', message: 'Accelerator share must be between 0 and 1 fraction' },
      { path: 'estimate.shares.hostCpuRam', message: 'Host CPU and memory share must be between 0 and 1 fraction' },
      { path: 'estimate.shares.idleCapacity', message: 'Idle capacity share must be between 0 and 1 fraction' },
      { path: 'estimate.shares.dataCentreOverhead', message: 'Data-centre overhead share must be between 0 and 1 fraction' },
    ]);
    expect(errors(evaluateInference, { estimate: { method: 'measured', energyWhPerRequest: 1, description: '<i>' } })).toEqual([
      {
        path: 'estimate.description',
        message: 'Measurement description must be plain text: markup such as < > or HTML entities is not allowed',
      },
    ]);
    expect(errors(evaluateInference, { estimate: { ...reported, supplier: '<i>' } })).toEqual([
      { path: 'estimate.supplier', message: 'Supplier must be plain text: markup such as < > or HTML entities is not allowed' },
    ]);
    expect(errors(evaluateInference, { estimate: { method: 'proxy', modelClass: 'huge' } })).toEqual([
      { path: 'estimate.modelClass', message: 'Model class must be small, medium, large or frontier' },
    ]);
    expect(errors(evaluateInference, { estimate: { method: 'benchmark', benchmark: 'x', measuredAt: 'y', joulesPerToken: 1 } })).toEqual([
      { path: 'estimate.benchmark', message: 'Benchmark must be ml-energy, ai-energy-score, power-hungry-processing or other' },
      { path: 'estimate.measuredAt', message: 'Measured at must be production-batch or batch-1' },
    ]);
    expect(errors(evaluateInference, { estimate: reported, boundary: 3, grid: 3, network: 3, device: 3, training: 3, volume: 3 })).toEqual([
      { path: 'boundary', message: 'Boundary must be an object of true/false switches such as { network: true }' },
      { path: 'grid', message: 'Grid must be an object such as { preset: "grid-ecologits-gbr" }' },
      { path: 'network', message: 'Network must be an object such as { bytesPerUnit: 20000 }' },
      { path: 'device', message: 'Device must be an object such as { type: "laptop" }' },
      { path: 'training', message: 'Training must be an object such as { energyMWh: 1287, lifetimeRequests: 1e10 }' },
      { path: 'volume', message: 'Volume must be an object such as { unitsPerPeriod: 1000, period: "month" }' },
    ]);
    expect(
      errors(evaluateInference, {
        estimate: reported,
        preset: 'x',
        functionalUnit: 'y',
        device: { type: 'z' },
        network: { access: 'q', includeHomeRouter: 1 },
      }),
    ).toEqual([
      {
        path: 'preset',
        message:
          'Preset must be one of: article-drafting, summarisation, translation, transcription, image-generation, chat-assistant, metadata-tagging, dubbing-voice, video-generation, reader-summaries',
      },
      {
        path: 'functionalUnit',
        message:
          'Functional unit must be one of: request, token, tokens-1000, tokens-million, article, image, audio-minute, video-minute, chat-session, view',
      },
      { path: 'network.access', message: 'Network access must be fixed or mobile' },
      { path: 'network.includeHomeRouter', message: 'Include home router must be true or false' },
      { path: 'device.type', message: 'Device must be laptop, desktop-monitor or smartphone' },
    ]);
    const switches = {
      accelerators: 1,
      hostCpuRam: 1,
      idleCapacity: 1,
      dataCentreOverhead: 1,
      network: 1,
      endUserDevice: 1,
      embodied: 1,
      training: 1,
    };
    expect(errors(evaluateInference, { estimate: reported, boundary: switches }).map((e) => e.message)).toEqual([
      'Accelerators must be true or false',
      'Host CPU and memory must be true or false',
      'Idle and provisioned capacity must be true or false',
      'Data-centre overhead must be true or false',
      'Network transfer must be true or false',
      'End-user device time must be true or false',
      'Embodied hardware must be true or false',
      'Allocated training must be true or false',
    ]);
    for (const method of ['measured', 'reported', 'flop', 'parametric', 'benchmark', 'realtime', 'proxy']) {
      expect(
        errors((raw) => evaluateInference(raw, { coefficientSet: 'cs-2026-12' }), { estimate: { method } }).map((e) => e.path),
      ).not.toContain('estimate.method');
    }
    for (const period of ['week', 'month', 'year'])
      expect(errors(evaluateInference, { estimate: reported, volume: { unitsPerPeriod: 1, period } })).toEqual([]);
    for (const access of ['fixed', 'mobile']) expect(errors(evaluateInference, { estimate: reported, network: { access } })).toEqual([]);
    for (const measuredAt of ['production-batch', 'batch-1'])
      expect(errors(evaluateInference, { estimate: { method: 'benchmark', energyWhPer1000Queries: 1, measuredAt } })).toEqual([]);
  });

  it('counterfactual', () => {
    expect(errors(evaluateCounterfactual, { ai: 3, baseline: 3, volume: 3, topDown: 3 })).toEqual([
      { path: 'ai', message: 'AI workflow must be an object such as { inference: {...}, reviewTimeH: 0.5 }' },
      { path: 'baseline', message: 'Baseline kind must be human or nothing' },
      { path: 'volume', message: 'Volume must be an object such as { tasksPerPeriod: 400, period: "month" }' },
      { path: 'topDown', message: 'Top-down must be an object such as { annualFootprintTCO2e: 15 }' },
    ]);
    expect(
      errors(evaluateCounterfactual, { task: '<b>', ai: { device: { type: 'x' } }, baseline: { kind: 'human', humanTimeH: 1, device: 3 } }),
    ).toEqual([
      { path: 'task', message: 'Task must be plain text: markup such as < > or HTML entities is not allowed' },
      { path: 'ai.device.type', message: 'Device must be laptop, desktop-monitor or smartphone' },
      { path: 'baseline.device', message: 'Device must be an object such as { type: "laptop" }' },
    ]);
    expect(
      errors(evaluateCounterfactual, {
        label: '<b>',
        ai: { energyWhPerRequest: 1 },
        baseline: { kind: 'nothing' },
        volume: { tasksPerPeriod: 1, period: 'day' },
      }),
    ).toEqual([
      { path: 'label', message: 'Label must be plain text: markup such as < > or HTML entities is not allowed' },
      { path: 'volume.period', message: 'Period must be week, month or year' },
    ]);
  });
});

describe('every numeric field names itself, its range and its unit', () => {
  const evaluators = { inference: evaluateInference, training: evaluateTraining, counterfactual: evaluateCounterfactual } as const;
  const withValue = (base: object, path: string, value: unknown) => {
    const copy = structuredClone(base) as Record<string, unknown>;
    const keys = path.split('.');
    let node = copy;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = value;
    return copy;
  };
  const messageAt = (model: keyof typeof evaluators, raw: unknown, path: string) => {
    const outcome = (evaluators[model] as (r: unknown, o?: object) => { ok: boolean; errors?: { path: string; message: string }[] })(raw, {
      coefficientSet: 'cs-2026-12',
    });
    return outcome.ok ? undefined : outcome.errors?.find((e) => e.path === path)?.message;
  };
  it.each([
    [
      'inference',
      { estimate: { method: 'reported' } },
      'estimate.energyWhPerRequest',
      'Energy per request must be between 0 and 10,000,000 Wh',
      'Energy per request must be a number in Wh or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'requestsPerUnit',
      'Requests per functional unit must be above 0 and at most 100,000 requests',
      'Requests per functional unit must be a number in requests or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'outputTokensPerRequest',
      'Output tokens per request must be above 0 and at most 10,000,000 tokens',
      'Output tokens per request must be a number in tokens or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'inputTokensPerRequest',
      'Input tokens per request must be between 0 and 10,000,000 tokens',
      'Input tokens per request must be a number in tokens or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'flop' } },
      'estimate.activeParamsB',
      'Active parameters must be above 0 and at most 100,000 billion parameters',
      'Active parameters must be a number in billion parameters or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'parametric', activeParamsB: 1 } },
      'estimate.totalParamsB',
      'Total parameters must be above 0 and at most 100,000 billion parameters',
      'Total parameters must be a number in billion parameters or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'parametric', activeParamsB: 1 } },
      'estimate.batchSize',
      'Batch size must be between 1 and 4,096 requests',
      'Batch size must be a number in requests or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'parametric', activeParamsB: 1 } },
      'estimate.latencyS',
      'Measured request latency must be above 0 and at most 86,400 s',
      'Measured request latency must be a number in s or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'parametric', activeParamsB: 1 } },
      'estimate.pue',
      'PUE must be between 1 and 3 ratio',
      'PUE must be a number in ratio or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'flop', activeParamsB: 1 } },
      'estimate.peakFlopsPerSecond',
      'Accelerator peak throughput must be above 0 and at most 1.00e18 FLOP/s',
      'Accelerator peak throughput must be a number in FLOP/s or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'flop', activeParamsB: 1 } },
      'estimate.utilisation',
      'FLOP utilisation must be above 0 and at most 1 fraction',
      'FLOP utilisation must be a number in fraction or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'flop', activeParamsB: 1 } },
      'estimate.powerPerAcceleratorW',
      'Server power per accelerator must be between 0 and 10,000 W',
      'Server power per accelerator must be a number in W or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'flop', activeParamsB: 1 } },
      'estimate.powerAdjustment',
      'Average draw relative to rated power must be between 0 and 1 fraction',
      'Average draw relative to rated power must be a number in fraction or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'flop', activeParamsB: 1 } },
      'estimate.acceleratorShareOfPower',
      'Accelerator share of server power must be between 0 and 1 fraction',
      'Accelerator share of server power must be a number in fraction or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'flop', activeParamsB: 1 } },
      'estimate.pue',
      'PUE must be between 1 and 3 ratio',
      'PUE must be a number in ratio or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'benchmark' } },
      'estimate.joulesPerToken',
      'Measured energy per output token must be between 0 and 100,000 J/token',
      'Measured energy per output token must be a number in J/token or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'benchmark' } },
      'estimate.energyWhPer1000Queries',
      'Measured energy per 1,000 queries must be between 0 and 1.00e9 Wh per 1,000 queries',
      'Measured energy per 1,000 queries must be a number in Wh per 1,000 queries or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'benchmark' } },
      'estimate.labToProductionFactor',
      'Lab to production adjustment must be above 0 and at most 10 multiplier',
      'Lab to production adjustment must be a number in multiplier or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'realtime' } },
      'estimate.realTimeFactor',
      'Processing time per second of audio must be above 0 and at most 100 s per s of audio',
      'Processing time per second of audio must be a number in s per s of audio or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'realtime' } },
      'estimate.audioSecondsPerRequest',
      'Audio per request must be above 0 and at most 86,400 s',
      'Audio per request must be a number in s or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'realtime' } },
      'estimate.acceleratorPowerW',
      'Accelerator power in use must be between 0 and 10,000 W',
      'Accelerator power in use must be a number in W or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'proxy', modelClass: 'small' } },
      'estimate.pue',
      'PUE must be between 1 and 3 ratio',
      'PUE must be a number in ratio or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'measured', energyWhPerRequest: 1 } },
      'estimate.energyWhPerRequest',
      'Energy per request must be between 0 and 10,000,000 Wh',
      'Energy per request must be a number in Wh or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'pue',
      'PUE must be between 1 and 3 ratio',
      'PUE must be a number in ratio or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'network.bytesPerUnit',
      'Data transferred per unit must be between 0 and 1.00e12 bytes',
      'Data transferred per unit must be a number in bytes or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'network.deliverySPerUnit',
      'Delivery time per unit must be between 0 and 86,400 s',
      'Delivery time per unit must be a number in s or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'network.bitrateMbps',
      'Delivery bitrate must be between 0 and 10,000 Mbps',
      'Delivery bitrate must be a number in Mbps or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'network.lineMbps',
      'Access line capacity must be above 0 and at most 100,000 Mbps',
      'Access line capacity must be a number in Mbps or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'device.powerW',
      'Device power must be between 0 and 2,000 W',
      'Device power must be a number in W or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'device.timeSPerUnit',
      'Device time per unit must be between 0 and 86,400 s',
      'Device time per unit must be a number in s or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'training.energyMWh',
      'Training energy must be between 0 and 100,000,000 MWh',
      'Training energy must be a number in MWh or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'training.emissionsTCO2e',
      'Training emissions must be between 0 and 100,000,000 tCO2e',
      'Training emissions must be a number in tCO2e or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'training.intensityGPerKWh',
      'Training grid intensity must be between 0 and 2,000 gCO2e/kWh',
      'Training grid intensity must be a number in gCO2e/kWh or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'training.lifetimeRequests',
      'Lifetime requests of the model must be between 1 and 1.00e16 requests',
      'Lifetime requests of the model must be a number in requests or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'volume.unitsPerPeriod',
      'Volume must be between 0 and 1.00e13 units per period',
      'Volume must be a number in units per period or a range { low, high }',
    ],
    [
      'inference',
      { estimate: { method: 'reported', energyWhPerRequest: 1 } },
      'grid.intensityGPerKWh',
      'Grid intensity must be between 0 and 2,000 gCO2e/kWh',
      'Grid intensity must be a number in gCO2e/kWh or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'accelerator-hours' } },
      'energy.acceleratorHours',
      'Accelerator-hours must be between 0 and 1.00e11 h',
      'Accelerator-hours must be a number in h or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'accelerator-hours' } },
      'energy.powerPerAcceleratorW',
      'Power per accelerator must be between 0 and 10,000 W',
      'Power per accelerator must be a number in W or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'accelerator-hours' } },
      'energy.pue',
      'PUE must be between 1 and 3 ratio',
      'PUE must be a number in ratio or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported' } },
      'energy.energyMWh',
      'Reported training energy must be between 0 and 100,000,000 MWh',
      'Reported training energy must be a number in MWh or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported' } },
      'energy.pue',
      'PUE must be between 1 and 3 ratio',
      'PUE must be a number in ratio or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported', energyMWh: 1 } },
      'runs',
      'Number of runs must be above 0 and at most 1,000,000 runs',
      'Number of runs must be a number in runs or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported', energyMWh: 1 } },
      'idle.energyKWh',
      'Idle energy must be between 0 and 1.00e11 kWh',
      'Idle energy must be a number in kWh or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported', energyMWh: 1 } },
      'idle.shareOfDynamic',
      'Idle energy as a share of dynamic energy must be between 0 and 10 fraction',
      'Idle energy as a share of dynamic energy must be a number in fraction or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported', energyMWh: 1 } },
      'embodied.emissionsTCO2e',
      'Embodied emissions must be between 0 and 10,000,000 tCO2e',
      'Embodied emissions must be a number in tCO2e or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported', energyMWh: 1 } },
      'embodied.embodiedKgPerAccelerator',
      'Embodied emissions per accelerator must be between 0 and 100,000 kgCO2e',
      'Embodied emissions per accelerator must be a number in kgCO2e or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported', energyMWh: 1 } },
      'embodied.embodiedKgPerServer',
      'Embodied emissions per server (excluding accelerators) must be between 0 and 1,000,000 kgCO2e',
      'Embodied emissions per server (excluding accelerators) must be a number in kgCO2e or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported', energyMWh: 1 } },
      'embodied.acceleratorsPerServer',
      'Accelerators per server must be between 1 and 1,024 accelerators',
      'Accelerators per server must be a number in accelerators or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported', energyMWh: 1 } },
      'embodied.lifetimeYears',
      'Hardware lifespan must be above 0 and at most 50 years',
      'Hardware lifespan must be a number in years or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported', energyMWh: 1 }, allocation: { method: 'amortise' } },
      'allocation.lifetimeInferences',
      'Expected lifetime inferences of the model must be between 1 and 1.00e16 inferences',
      'Expected lifetime inferences of the model must be a number in inferences or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported', energyMWh: 1 }, allocation: { method: 'amortise' } },
      'allocation.shareOfUse',
      'Your share of the model’s use must be between 0 and 1 fraction',
      'Your share of the model’s use must be a number in fraction or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported', energyMWh: 1 }, allocation: { method: 'amortise' } },
      'allocation.organisationUnits',
      'Your functional units over the model’s life must be between 1 and 1.00e16 units',
      'Your functional units over the model’s life must be a number in units or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported', energyMWh: 1 }, allocation: { method: 'amortise' } },
      'allocation.inferenceEnergyWhPerUnit',
      'Inference energy per unit must be between 0 and 10,000,000 Wh',
      'Inference energy per unit must be a number in Wh or a range { low, high }',
    ],
    [
      'training',
      { energy: { method: 'reported', energyMWh: 1 }, allocation: { method: 'amortise' } },
      'allocation.inferenceEmissionsGPerUnit',
      'Inference emissions per unit must be between 0 and 10,000,000 gCO2e',
      'Inference emissions per unit must be a number in gCO2e or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'nothing' } },
      'ai.requestsPerTask',
      'AI requests per task must be between 0 and 100,000 requests',
      'AI requests per task must be a number in requests or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'nothing' } },
      'ai.energyWhPerRequest',
      'AI energy per request must be between 0 and 10,000,000 Wh',
      'AI energy per request must be a number in Wh or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'nothing' } },
      'ai.emissionsGPerRequest',
      'AI emissions per request must be between 0 and 10,000,000 gCO2e',
      'AI emissions per request must be a number in gCO2e or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'nothing' } },
      'ai.reviewTimeH',
      'Human review time per task must be between 0 and 1,000 h',
      'Human review time per task must be a number in h or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'nothing' } },
      'ai.device.powerW',
      'Device power must be between 0 and 2,000 W',
      'Device power must be a number in W or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'human' } },
      'baseline.humanTimeH',
      'Human time per task must be between 0 and 1,000 h',
      'Human time per task must be a number in h or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'human' } },
      'baseline.device.powerW',
      'Device power must be between 0 and 2,000 W',
      'Device power must be a number in W or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'human' } },
      'baseline.travelEmissionsG',
      'Travel emissions per task must be between 0 and 1.00e9 gCO2e',
      'Travel emissions per task must be a number in gCO2e or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'human' } },
      'baseline.otherEnergyWh',
      'Other energy per task must be between 0 and 1.00e9 Wh',
      'Other energy per task must be a number in Wh or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'human' } },
      'baseline.otherEmissionsG',
      'Other emissions per task must be between 0 and 1.00e9 gCO2e',
      'Other emissions per task must be a number in gCO2e or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'nothing' } },
      'volume.tasksPerPeriod',
      'Tasks per period must be between 0 and 1.00e12 tasks',
      'Tasks per period must be a number in tasks or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'nothing' } },
      'rebound',
      'Rebound (volume multiplier) must be between 0 and 1,000 multiplier',
      'Rebound (volume multiplier) must be a number in multiplier or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'nothing' } },
      'topDown.annualFootprintTCO2e',
      'Annual per-capita footprint must be between 0 and 1,000 tCO2e/yr',
      'Annual per-capita footprint must be a number in tCO2e/yr or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'nothing' } },
      'topDown.wordsPerHour',
      'Human writing speed must be above 0 and at most 100,000 words/h',
      'Human writing speed must be a number in words/h or a range { low, high }',
    ],
    [
      'counterfactual',
      { ai: {}, baseline: { kind: 'nothing' } },
      'topDown.wordsPerPage',
      'Words per page must be above 0 and at most 100,000 words',
      'Words per page must be a number in words or a range { low, high }',
    ],
  ] as const)('%s: %j at %s', (model, base, path, outOfRange, wrongType) => {
    expect(messageAt(model, withValue(base, path, -1e30), path)).toBe(outOfRange);
    expect(messageAt(model, withValue(base, path, 'x'), path)).toBe(wrongType);
  });
});
