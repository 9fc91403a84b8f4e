/**
 * Published figures the engine must reproduce. Cases come from the committed copy
 * tests/fixtures/reproduction-cases.json (CI may not have ../shared); a further test checks the copy
 * still matches ../shared/reference/reproduction-cases.json when that file is present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateInference } from '../../../calculators/inference/index.ts';
import { evaluateTraining, sciEmbodiedShareG } from '../../../calculators/training/index.ts';
import { evaluateCounterfactual } from '../../../calculators/counterfactual/index.ts';
import { inferenceExamples } from '../../../calculators/inference/examples.ts';
import { getCoefficientSet } from '../../../calculators/coefficients/index.ts';
import { trainingExamples } from '../../../calculators/training/examples.ts';

interface Case {
  id: string;
  inputs: Record<string, unknown>;
  expected: Record<string, number>;
  tolerance: number;
}

const root = join(import.meta.dirname, '../../..');
const committed = JSON.parse(readFileSync(join(root, 'tests/fixtures/reproduction-cases.json'), 'utf8')) as { cases: Case[] };
const shared = join(root, '../shared/reference/reproduction-cases.json');

function ok<R>(outcome: { ok: true; result: R } | { ok: false; errors: unknown }): R {
  if (!outcome.ok) throw new Error(`evaluate failed: ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

function close(actual: number, expected: number, tolerance: number, what: string): void {
  const relative = Math.abs(actual - expected) / Math.abs(expected);
  expect(relative, `${what}: got ${actual}, expected ${expected} within ${tolerance * 100} %`).toBeLessThanOrEqual(tolerance);
}

type Runner = (inputs: Record<string, any>) => Record<string, number>;

function epochLongInput(i: Record<string, any>): number {
  const r = ok(
    evaluateInference(
      {
        outputTokensPerRequest: i.outputTokens,
        inputTokensPerRequest: i.inputTokens,
        estimate: {
          method: 'flop',
          activeParamsB: i.activeParams / 1e9,
          peakFlopsPerSecond: i.peakFlopsPerSecond,
          utilisation: i.utilisation,
          powerPerAcceleratorW: i.powerPerAcceleratorW,
          powerAdjustment: i.powerAdjustment,
          pue: i.pue,
        },
      },
      { coefficientSet: 'cs-2026-12' },
    ),
  );
  // Prefill and decoding are reported apart, and add up to the data-centre total.
  expect(r.phases!.prefill.energyWh.central + r.phases!.decode.energyWh.central).toBeCloseTo(r.perRequest.energyWh.central, 9);
  expect(r.phases!.prefill.energyWh.central).toBeGreaterThan(r.phases!.decode.energyWh.central);
  return r.perRequest.energyWh.central;
}

/** How each published case maps onto the engine's public API. */
const runners: Record<string, Runner> = {
  'bloom-training-dynamic': (i) => {
    const r = ok(
      evaluateTraining({
        energy: {
          method: 'accelerator-hours',
          acceleratorHours: i.acceleratorHours,
          powerPerAcceleratorW: i.powerPerAcceleratorW,
          pue: i.pue,
        },
        grid: { intensityGPerKWh: i.gridIntensity_gPerKWh },
      }),
    );
    return { energy_kWh: r.energyWh.total.central / 1e3, emissions_tCO2e: r.emissionsG.total.central / 1e6 };
  },
  'gpt3-training-patterson': (i) => {
    const r = ok(
      evaluateTraining({ energy: { method: 'reported', energyMWh: i.energy_MWh }, grid: { intensityGPerKWh: i.gridIntensity_gPerKWh } }),
    );
    return { emissions_tCO2e: r.emissionsG.total.central / 1e6 };
  },
  'llama31-family-training': (i) => {
    const r = ok(
      evaluateTraining({
        energy: {
          method: 'accelerator-hours',
          acceleratorHours: i.acceleratorHours,
          powerPerAcceleratorW: i.powerPerAcceleratorW,
          powerIncludesPue: true,
        },
        grid: { intensityGPerKWh: i.gridIntensity_gPerKWh },
      }),
    );
    return { energy_MWh: r.energyWh.total.central / 1e6, emissions_tCO2e: r.emissionsG.total.central / 1e6 };
  },
  'epoch-gpt4o-query': (i) => {
    const r = ok(
      evaluateInference({
        outputTokensPerRequest: i.outputTokens,
        estimate: {
          method: 'flop',
          activeParamsB: i.activeParams / 1e9,
          peakFlopsPerSecond: i.peakFlopsPerSecond,
          utilisation: i.utilisation,
          powerPerAcceleratorW: i.powerPerAcceleratorW,
          powerAdjustment: i.powerAdjustment,
          pue: i.pue,
        },
      }),
    );
    return { energy_Wh: r.perRequest.energyWh.central };
  },
  'ecologits-dense-70b': (i) => {
    const r = ok(
      evaluateInference(
        {
          outputTokensPerRequest: i.outputTokens,
          estimate: {
            method: 'parametric',
            activeParamsB: i.activeParamsB,
            totalParamsB: i.totalParamsB,
            batchSize: i.batchSize,
            pue: i.pue,
          },
          boundary: { embodied: true },
          grid: { intensityGPerKWh: i.gridIntensity_gPerKWh },
        },
        { coefficientSet: 'cs-2026-11' },
      ),
    );
    const embodied = r.breakdown.find((b) => b.element === 'embodied')!.emissionsG.central;
    return {
      gpus: r.details.gpus!.central,
      latency_s: r.details.latencyS!.central,
      energy_Wh: r.perRequest.energyWh.central,
      usageEmissions_g: r.perRequest.emissionsG.central - embodied,
      embodiedEmissions_g: embodied,
    };
  },
  'sci-embodied-timeshare': (i) => ({
    embodied_gCO2e: sciEmbodiedShareG(i.embodied_kgCO2e, i.lifespan_years, i.timeReserved_h, i.resourceShare),
  }),
  'google-gemini-boundary-split': (i) => {
    const r = ok(
      evaluateInference({
        estimate: {
          method: 'reported',
          energyWhPerRequest: i.energy_Wh,
          covers: ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'],
          shares: i.shares,
        },
      }),
    );
    const e = (element: string) => r.breakdown.find((b) => b.element === element)!.energyWh.central;
    return {
      accelerators_Wh: e('accelerators'),
      hostCpuRam_Wh: e('hostCpuRam'),
      idleCapacity_Wh: e('idleCapacity'),
      dataCentreOverhead_Wh: e('dataCentreOverhead'),
    };
  },
  'image-generation-per-item': (i) => {
    const r = ok(
      evaluateInference({
        functionalUnit: 'image',
        estimate: {
          method: 'benchmark',
          benchmark: 'power-hungry-processing',
          energyWhPer1000Queries: i.energyPer1000_kWh * 1000,
          labToProductionFactor: 1,
        },
        grid: { intensityGPerKWh: i.gridIntensity_gPerKWh },
      }),
    );
    return { energy_Wh: r.perUnit.energyWh.central, emissions_g: r.perUnit.emissionsG.central };
  },
  'measured-joules-per-token': (i) => {
    const r = ok(
      evaluateInference({
        outputTokensPerRequest: i.outputTokens,
        estimate: { method: 'benchmark', benchmark: 'ml-energy', joulesPerToken: i.joulesPerToken },
      }),
    );
    return { energy_Wh: r.perRequest.energyWh.central };
  },
  // Long inputs: the FLOP method with prefill, as coefficient set cs-2026-12 counts input tokens.
  'epoch-long-input-10k': (i) => ({ energy_Wh: epochLongInput(i) }),
  'epoch-long-input-100k': (i) => ({ energy_Wh: epochLongInput(i) }),
  'network-power-model-stream': (i) => {
    // One hour of delivery through the engine: only the network element, modelled with the power model.
    const r = ok(
      evaluateInference(
        {
          estimate: { method: 'measured', energyWhPerRequest: 0 },
          boundary: { network: true },
          network: { model: 'power', deliverySPerUnit: i.durationH * 3600, bitrateMbps: i.streamMbps, lineMbps: i.lineMbps },
        },
        { coefficientSet: 'cs-2026-12' },
      ),
    );
    const set = getCoefficientSet('cs-2026-12')!;
    const value = (id: string) => set.coefficients.find((x) => x.id === id)?.value;
    expect([
      value('network-core-fixed-w'),
      value('network-core-w-per-mbps'),
      value('network-home-fixed-w'),
      value('network-home-w-per-mbps'),
    ]).toEqual([i.coreFixedW, i.coreWPerMbps, i.homeFixedW, i.homeWPerMbps]);
    return { energy_Wh_per_hour: r.breakdown.find((b) => b.element === 'network')!.energyWh.central / i.durationH };
  },
  'top-down-human-writer': (i) => {
    const r = ok(
      evaluateCounterfactual({
        ai: { energyWhPerRequest: 0.3 },
        baseline: { kind: 'human', humanTimeH: i.wordsPerPage / i.wordsPerHour },
        topDown: { annualFootprintTCO2e: i.annualFootprint_tCO2e, wordsPerHour: i.wordsPerHour, wordsPerPage: i.wordsPerPage },
      }),
    );
    expect(r.topDown?.advisedAgainst).toBe(true);
    expect(r.topDown?.note).toMatch(/advises against/);
    return { perPage_gCO2e: r.topDown!.humanPerTaskG.central };
  },
};

describe('published reproduction cases (tests/fixtures/reproduction-cases.json)', () => {
  it('has a runner for every case, so no case is silently skipped', () => {
    expect(committed.cases.length).toBeGreaterThanOrEqual(13);
    for (const c of committed.cases) expect(runners[c.id], `no runner for ${c.id}`).toBeDefined();
  });

  it.runIf(existsSync(shared))('committed copy matches ../shared/reference/reproduction-cases.json', () => {
    const live = JSON.parse(readFileSync(shared, 'utf8')) as { cases: Case[] };
    expect(committed.cases.map((c) => c.id)).toEqual(live.cases.map((c) => c.id));
    expect(committed).toEqual(live);
  });

  for (const c of committed.cases) {
    it(`reproduces ${c.id}`, () => {
      const actual = (runners[c.id] as Runner)(c.inputs);
      for (const [key, expected] of Object.entries(c.expected)) {
        expect(actual[key], `${c.id}: missing ${key}`).toBeDefined();
        close(actual[key] as number, expected, c.tolerance, `${c.id}.${key}`);
      }
    });
  }
});

/** Further cases from published-figures.md (our own). */
describe('further published figures (published-figures.md)', () => {
  it('reproduces mistral-large-ecologits: 0.35 Wh and 0.041 gCO2e for 400 tokens on the Swedish mix (§3)', () => {
    const r = ok(evaluateInference(inferenceExamples['mistral-large-400'].input));
    close(r.perRequest.energyWh.central, 0.35, 0.02, 'energy');
    close(r.perRequest.emissionsG.central, 0.041, 0.02, 'emissions');
    // Mistral's LCA 1.14 g is about 28 times higher.
    close(1.14 / r.perRequest.emissionsG.central, 28, 0.05, 'ratio');
  });

  it('reproduces epoch-scenarios: 0.902 Wh long output, 0.060 Wh small model, 1.304 Wh pessimistic (§7.1)', () => {
    const base = {
      method: 'flop',
      activeParamsB: 100,
      peakFlopsPerSecond: 9.89e14,
      utilisation: 0.1,
      powerPerAcceleratorW: 1275,
      powerAdjustment: 0.7,
      pue: 1.2,
    } as const;
    close(ok(evaluateInference({ outputTokensPerRequest: 1500, estimate: base })).perRequest.energyWh.central, 0.902, 0.01, 'long');
    close(
      ok(evaluateInference({ outputTokensPerRequest: 500, estimate: { ...base, activeParamsB: 20 } })).perRequest.energyWh.central,
      0.06,
      0.01,
      'small',
    );
    close(
      ok(evaluateInference({ outputTokensPerRequest: 500, estimate: { ...base, activeParamsB: 200, utilisation: 0.05, pue: 1.3 } }))
        .perRequest.energyWh.central,
      1.304,
      0.01,
      'pessimistic',
    );
  });

  it('reproduces bloom-lifecycle: 24.7 + 14.6 + 11.2 = 50.5 tCO2e (§5)', () => {
    const r = ok(evaluateTraining(trainingExamples.bloom.input));
    close(r.emissionsG.idle.central / 1e6, 14.6, 0.005, 'idle');
    close(r.emissionsG.total.central / 1e6, 50.5, 0.005, 'total');
    close(r.energyWh.total.central / 1e3, 689_842, 0.001, 'operational kWh');
  });

  it('reproduces llama31-70b-card: 7.0 M H100-hours -> 4,900 MWh and 2,040 tCO2e (§6.2)', () => {
    const r = ok(evaluateTraining(trainingExamples['llama31-70b'].input));
    close(r.energyWh.total.central / 1e6, 4900, 0.001, 'energy');
    close(r.emissionsG.total.central / 1e6, 2040, 0.01, 'emissions');
  });

  it('reproduces llama2-7b-card: 184,320 A100-hours x 400 W at 423.4 g/kWh = 31.22 tCO2e (§6.2)', () => {
    const r = ok(
      evaluateTraining({
        energy: { method: 'accelerator-hours', acceleratorHours: 184_320, powerPerAcceleratorW: 400, powerIncludesPue: true },
        grid: { intensityGPerKWh: 423.4 },
      }),
    );
    close(r.emissionsG.total.central / 1e6, 31.22, 0.002, 'emissions');
  });

  it('reproduces ecologits-per-token-8b: 4.51e-5 Wh per token per GPU at batch 64 (§1.2, derived)', () => {
    const r = ok(
      evaluateInference({
        outputTokensPerRequest: 1,
        estimate: { method: 'parametric', activeParamsB: 8, pue: 1 },
        boundary: { hostCpuRam: false, dataCentreOverhead: false, embodied: false },
      }),
    );
    expect(r.details.gpus!.central).toBe(1);
    close(r.perRequest.energyWh.central, 4.51e-5, 0.005, 'energy per token');
  });

  it('reproduces google-gemini-narrow-vs-comprehensive: 0.24 Wh comprehensive, accelerators-only share 0.14 Wh > the 0.10 Wh narrow figure (§2)', () => {
    const r = ok(
      evaluateInference({
        ...inferenceExamples['gemini-median'].input,
        boundary: { accelerators: true, hostCpuRam: false, idleCapacity: false, dataCentreOverhead: false },
      }),
    );
    close(r.perRequest.energyWh.central, 0.1378, 0.01, 'accelerator share');
    expect(r.perRequest.energyWh.central).toBeGreaterThan(0.1);
    expect(r.warnings.join(' ')).toMatch(/narrower than the source/);
  });

  it('reproduces phh-summarisation-per-item: 0.049 kWh per 1,000 summaries -> 0.049 Wh per summary (§4)', () => {
    const r = ok(evaluateInference({ estimate: { method: 'benchmark', energyWhPer1000Queries: 49 } }));
    close(r.perRequest.energyWh.central, 0.049, 1e-9, 'energy');
  });
});
