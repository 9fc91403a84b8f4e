/**
 * Inference model (calculators/inference/): each method's source figures, the gap-filling of a wider
 * boundary, functional units, the network, device, embodied and training elements, against
 * hand-computed values from the README's equations; with the warnings, defaults and errors readers see.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCoefficientSet, methodOf } from '../../../calculators/coefficients/index.ts';
import type { CoefficientSet } from '../../../calculators/coefficients/index.ts';
import {
  embodiedGPerAcceleratorHour,
  evaluateInference,
  gpusNeeded,
  parametricCoefficients,
  parametricRequest,
  type InferenceResult,
} from '../../../calculators/inference/index.ts';
import { evaluateInferenceWithDraws } from '../../../calculators/inference/model.ts';
import {
  decodeGpuSeconds,
  energyIntensityNetworkWh,
  gpuSecondsToWh,
  marginalNetworkWh,
  networkPowerModelWh,
  prefillFlop,
  prefillGpuSeconds,
  speechEnergyWh,
} from '../../../calculators/inference/equations.ts';
import { boundaryStatement } from '../../../calculators/inference/statement.ts';
import { illustrativeTiers, tierErrorPath, tierInput, tierLabels } from '../../../calculators/inference/tiers.ts';

type Options = { coefficientSet?: string; samples?: number };
function inference(raw: unknown, options?: Options): InferenceResult {
  const outcome = evaluateInference(raw, options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}
function errorsOf(raw: unknown, options?: Options) {
  const outcome = evaluateInference(raw, options);
  if (outcome.ok) throw new Error('expected errors');
  return outcome.errors;
}
const element = (r: InferenceResult, name: string) => r.breakdown.find((b) => b.element === name)!;
const energyOf = (r: InferenceResult, name: string) => element(r, name).energyWh.central;
const point = (value: number) => ({ central: value, p5: value, p95: value });
const set = (id: string) => getCoefficientSet(id) as CoefficientSet;
/** cs-2026-11 hardware: (5,700 kg / 8 + 164 kg) over 3 years of 8,760 h = 33.35 g per accelerator-hour. */
const EMBODIED_G_PER_H = ((5_700 / 8 + 164) * 1_000) / (3 * 8_760);

const reported = (energyWhPerRequest: unknown, extra: object = {}) => ({
  estimate: { method: 'reported', energyWhPerRequest, ...extra },
  grid: { intensityGPerKWh: 100 },
});
const measured = (energyWhPerRequest: unknown, extra: object = {}) => ({
  estimate: { method: 'measured', energyWhPerRequest, ...extra },
  grid: { intensityGPerKWh: 100 },
});

describe('the equations', () => {
  it('FLOP method: 2 · P · N · (1 + L / c*) / (F · u) GPU-seconds; Epoch AI’s baseline takes 1.01 s', () => {
    expect(decodeGpuSeconds(100e9, 500, 0, 50_000, 9.89e14, 0.1)).toBeCloseTo(1e14 / 9.89e13, 12);
    expect(decodeGpuSeconds(100e9, 500, 50_000, 50_000, 9.89e14, 0.1)).toBeCloseTo(2e14 / 9.89e13, 12);
    expect(prefillFlop(10, 4, 2)).toBe(2 * 10 * 4 + (10 * 16) / 2);
    expect(prefillGpuSeconds(10, 4, 2, 20, 0.5)).toBe(160 / 10);
    expect(gpuSecondsToWh(3_600, 700)).toBe(700);
  });

  it('network: power model, marginal and energy intensity', () => {
    expect(networkPowerModelWh(3_600, 100, 4, 1.5, 0.03, 16.5, 0.02)).toBeCloseTo(21.08, 12);
    expect(networkPowerModelWh(1_800, 50, 0, 1, 0, 0, 0)).toBeCloseTo(0.5, 12);
    expect(marginalNetworkWh(1e9, 0.02)).toBeCloseTo(160 / 3_600, 15);
    expect(energyIntensityNetworkWh(1e9, 0.0065)).toBeCloseTo(6.5, 12);
    expect(speechEnergyWh(60, 0.01, 500)).toBeCloseTo(300 / 3_600, 15);
  });

  it('EcoLogits: GPUs to hold the weights, rounded to a power of two in v0.9; embodied per accelerator-hour', () => {
    const v091 = parametricCoefficients(set('cs-2026-11'));
    const v082 = parametricCoefficients(set('cs-2025-10'));
    // 1.2 x 70 B x 16 bits / 8 = 168 GB: 3 H100s of 80 GB, rounded up to 4.
    expect(gpusNeeded(v091, 70)).toBe(4);
    expect(gpusNeeded(v091, 405)).toBe(16); // 972 GB: 13, rounded to 16
    expect(gpusNeeded(v091, 8)).toBe(1);
    expect(gpusNeeded(v091, (1_000 * 80) / 1.2 / 2 / 1_000)).toBe(1); // exactly 80 GB fits one GPU
    // v0.8.2: 4-bit weights, no rounding: 1.2 x 405 x 4 / 8 = 243 GB, 4 GPUs; 1.2 x 600 x 0.5 = 360 GB, 5 GPUs.
    expect(gpusNeeded(v082, 405)).toBe(4);
    expect(gpusNeeded(v082, 600)).toBe(5);
    expect(v091.lifespanS).toBe(3 * 365 * 24 * 3_600);
    expect(v091.batchModelled).toBe(true);
    expect(v082.batchModelled).toBe(false);
    expect(v091.powerOfTwo).toBe(true);
    expect(embodiedGPerAcceleratorHour(v091)).toBeCloseTo(EMBODIED_G_PER_H, 9);
    expect(embodiedGPerAcceleratorHour(v082)).toBeCloseTo(((3_000 / 8 + 143) * 1_000) / (5 * 8_760), 9);
  });

  it('EcoLogits per request: α·e^(β·B)·P + γ per token and GPU; latency capped by a measured one; server and embodied shared over the batch', () => {
    const c = parametricCoefficients(set('cs-2026-11'));
    const out = { gpus: 0, latencyS: 0, gpuEnergyWh: 0, serverEnergyWh: 0, embodiedG: 0, acceleratorHours: 0 };
    parametricRequest(c, 70, 70, 100, 32, Number.POSITIVE_INFINITY, out);
    const perToken = c.energyAlpha * Math.exp(c.energyBeta * 32) * 70 + c.energyGamma;
    const latency = 100 * (c.latencyAlpha * 70 + c.latencyBeta * 32 + c.latencyGamma);
    expect(out.gpus).toBe(4);
    expect(out.gpuEnergyWh).toBeCloseTo(4 * 100 * perToken, 15);
    expect(out.latencyS).toBeCloseTo(latency, 12);
    expect(out.serverEnergyWh).toBeCloseTo(((latency / 3_600) * 1_200 * (4 / 8)) / 32, 15);
    expect(out.embodiedG).toBeCloseTo((latency * ((4 / 8) * 5_700 + 4 * 164) * 1_000) / (c.lifespanS * 32), 12);
    expect(out.acceleratorHours).toBeCloseTo((4 * latency) / 32 / 3_600, 15);
    parametricRequest(c, 70, 10, 100, 32, 1, out); // total below active is taken as active; latency capped at 1 s
    expect(out.gpus).toBe(4);
    expect(out.latencyS).toBe(1);
    parametricRequest(c, 70, 70, 100, 32, Number.POSITIVE_INFINITY, out, 8, 192); // 8-bit weights on 192 GB: 84 GB, one GPU
    expect(out.gpus).toBe(1);
    // v0.8.2 ignores the batch: batch size 1 whatever is passed.
    const old = parametricCoefficients(set('cs-2025-10'));
    parametricRequest(old, 70, 70, 100, 32, Number.POSITIVE_INFINITY, out);
    expect(out.latencyS).toBeCloseTo(100 * (old.latencyAlpha * 70 + old.latencyGamma), 12);
    expect(out.acceleratorHours).toBeCloseTo((out.gpus * out.latencyS) / 3_600, 15);
  });
});

describe('figure methods (measured, reported, benchmark)', () => {
  it('take a measured figure as accelerator energy, with accelerator time at 490 W for embodied allocation', () => {
    const r = inference(measured(0.49));
    expect(r).toMatchObject({ method: 'measured', tier: 'measured' });
    expect(r.perRequest.energyWh).toEqual(point(0.49));
    expect(r.perRequest.emissionsG.central).toBeCloseTo(0.049, 15);
    expect(r.breakdown.map((b) => [b.element, b.treatment])).toEqual([
      ['accelerators', 'source'],
      ['hostCpuRam', 'excluded'],
      ['idleCapacity', 'excluded'],
      ['dataCentreOverhead', 'excluded'],
      ['network', 'excluded'],
      ['endUserDevice', 'excluded'],
      ['embodied', 'excluded'],
      ['training', 'excluded'],
    ]);
    expect(r.sourceIds).toContain('llopis-2026');
    expect(r.warnings).toEqual([]);
    expect(r.defaultsUsed).toContain('estimate.covers');
    expect(r.details).toEqual({});
    expect(r.coefficientsUsed).not.toContain('accelerator-average-power-w');
    const withEmbodied = inference({ ...measured(0.49), boundary: { embodied: true } });
    expect(withEmbodied.details.acceleratorHoursPerRequest!.central).toBeCloseTo(0.001, 15);
    expect(element(withEmbodied, 'embodied').emissionsG.central).toBeCloseTo(0.001 * EMBODIED_G_PER_H, 12);
    expect(element(withEmbodied, 'embodied').energyWh).toEqual(point(0));
    expect(withEmbodied.perRequest.emissionsG.central).toBeCloseTo(0.049 + 0.001 * EMBODIED_G_PER_H, 12);
    expect(withEmbodied.coefficientsUsed).toEqual(
      expect.arrayContaining([
        'accelerator-average-power-w',
        'ecologits-gpu-embodied-kg',
        'ecologits-server-embodied-kg',
        'ecologits-server-gpus',
        'ecologits-lifespan-years',
      ]),
    );
    expect(withEmbodied.sourceIds).toContain('gsf-sci-2024');
    expect(withEmbodied.warnings).toContain(
      'Boundary wider than the source’s: embodied hardware modelled by time share (SCI) at 33.4 gCO2e per accelerator-hour, flagged.',
    );
  });

  it('take a supplier’s figure as stated, and say figures from different suppliers do not compare', () => {
    const r = inference(reported(0.3));
    expect(r).toMatchObject({ method: 'reported', tier: 'reported' });
    expect(r.warnings).toEqual([
      'Supplier-reported figure: the supplier’s boundary and method are taken as stated; figures from different suppliers are not comparable (luccioni-2025-disclosures).',
    ]);
    expect(r.sourceIds).toContain('luccioni-2025-disclosures');
    expect(r.sourceIds).not.toContain('llopis-2026');
  });

  it('split a figure over the elements it covers by the given shares, normalised, with the implied PUE', () => {
    const r = inference(
      reported(1, {
        covers: ['accelerators', 'hostCpuRam', 'dataCentreOverhead'],
        shares: { accelerators: 0.6, hostCpuRam: 0.3, dataCentreOverhead: 0.1 },
      }),
    );
    expect(energyOf(r, 'accelerators')).toBeCloseTo(0.6, 12);
    expect(energyOf(r, 'hostCpuRam')).toBeCloseTo(0.3, 12);
    expect(energyOf(r, 'idleCapacity')).toBe(0);
    expect(energyOf(r, 'dataCentreOverhead')).toBeCloseTo(0.1, 12);
    expect(r.perRequest.energyWh.central).toBeCloseTo(1, 12);
    expect(r.warnings.join(' ')).not.toMatch(/Google’s published shares/);
    const normalised = inference(reported(2, { covers: ['accelerators', 'hostCpuRam'], shares: { accelerators: 1, hostCpuRam: 1 } }));
    expect(energyOf(normalised, 'accelerators')).toBeCloseTo(1, 12);
    expect(energyOf(normalised, 'hostCpuRam')).toBeCloseTo(1, 12);
    const zero = inference(reported(2, { covers: ['accelerators', 'hostCpuRam'], shares: { accelerators: 0, hostCpuRam: 0 } }));
    expect(zero.perRequest.energyWh.central).toBe(0);
    // Repeated elements count once.
    const repeated = inference(reported(1, { covers: ['accelerators', 'accelerators'] }));
    expect(repeated.perRequest.energyWh.central).toBe(1);
    expect(repeated.warnings.join(' ')).not.toMatch(/Google’s published shares/);
  });

  it('split by Google’s published shares (58/25/10/8 %) when no split is given, and say so', () => {
    const r = inference(reported(0.24, { covers: ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'] }));
    expect(energyOf(r, 'accelerators')).toBeCloseTo((0.24 * 0.58) / 1.01, 12);
    expect(energyOf(r, 'hostCpuRam')).toBeCloseTo((0.24 * 0.25) / 1.01, 12);
    expect(energyOf(r, 'idleCapacity')).toBeCloseTo((0.24 * 0.1) / 1.01, 12);
    expect(energyOf(r, 'dataCentreOverhead')).toBeCloseTo((0.24 * 0.08) / 1.01, 12);
    expect(r.warnings).toContain(
      'The figure is split between its elements using Google’s published shares where no split was given (an assumption).',
    );
    expect(r.inputs.filter((i) => i.path.startsWith('estimate.shares.')).map((i) => [i.path, i.label, i.value, i.coefficientId])).toEqual([
      ['estimate.shares.accelerators', 'Accelerators (GPU/TPU) share', 0.58, 'share-google-accelerators'],
      ['estimate.shares.hostCpuRam', 'Host CPU and memory share', 0.25, 'share-google-host'],
      ['estimate.shares.idleCapacity', 'Idle and provisioned capacity share', 0.1, 'share-google-idle'],
      ['estimate.shares.dataCentreOverhead', 'Data-centre overhead (PUE) share', 0.08, 'share-google-overhead'],
    ]);
    // A partial split takes Google's share for the missing element only.
    const partial = inference(reported(1, { covers: ['accelerators', 'hostCpuRam'], shares: { accelerators: 0.75 } }));
    expect(energyOf(partial, 'accelerators')).toBeCloseTo(0.75, 12);
    expect(energyOf(partial, 'hostCpuRam')).toBeCloseTo(0.25, 12);
    expect(partial.inputs.find((i) => i.path === 'estimate.shares.accelerators')!.origin).toBe('supplied');
    // Removing a covered element removes its share, and names the default split.
    const narrow = inference({ ...reported(0.24, { covers: ['accelerators', 'hostCpuRam'] }), boundary: { hostCpuRam: false } });
    expect(narrow.warnings).toContain(
      'Boundary narrower than the source’s: host cpu and memory removed from the source figure using Google’s published shares as a default split (assumption).',
    );
    const narrowOwn = inference({
      ...reported(0.24, { covers: ['accelerators', 'hostCpuRam'], shares: { accelerators: 0.5, hostCpuRam: 0.5 } }),
      boundary: { hostCpuRam: false },
    });
    expect(narrowOwn.warnings).toContain('Boundary narrower than the source’s: host cpu and memory removed from the source figure.');
    expect(narrowOwn.perRequest.energyWh.central).toBeCloseTo(0.12, 12);
  });

  it('need accelerators among the covered elements', () => {
    expect(errorsOf(reported(1, { covers: ['hostCpuRam', 'idleCapacity'] }))).toEqual([
      {
        path: 'estimate.covers',
        message: 'Covered elements must include accelerators: the engine models the other elements from accelerator energy',
      },
    ]);
    expect(
      inference(reported(1, { covers: [] }))
        .boundary.filter((b) => b.treatment === 'source')
        .map((b) => b.element),
    ).toEqual(['accelerators']);
  });

  it('benchmark: J per output token x tokens / 3,600, or Wh per 1,000 queries / 1,000, x the lab-to-production adjustment', () => {
    const joules = inference({
      outputTokensPerRequest: 1_000,
      estimate: { method: 'benchmark', benchmark: 'ml-energy', joulesPerToken: 1.8 },
    });
    expect(joules.perRequest.energyWh.central).toBeCloseTo(0.5, 12);
    expect(joules.tier).toBe('modelled');
    expect(joules.sourceIds).toContain('mlenergy-2025');
    expect(joules.inputs.find((i) => i.path === 'estimate.labToProductionFactor')).toMatchObject({ value: 1, origin: 'default' });
    const queries = inference({
      estimate: { method: 'benchmark', benchmark: 'ai-energy-score', energyWhPer1000Queries: 50, labToProductionFactor: 0.5 },
    });
    expect(queries.perRequest.energyWh.central).toBeCloseTo(0.025, 12);
    expect(queries.sourceIds).toContain('ai-energy-score-2025');
    expect(queries.inputs.find((i) => i.path === 'estimate.labToProductionFactor')!.origin).toBe('supplied');
    expect(
      inference({ estimate: { method: 'benchmark', benchmark: 'power-hungry-processing', energyWhPer1000Queries: 50 } }).sourceIds,
    ).toContain('luccioni-2024-phh');
    const other = inference({ estimate: { method: 'benchmark', benchmark: 'other', energyWhPer1000Queries: 50 } }).sourceIds;
    expect(other.some((id) => ['mlenergy-2025', 'ai-energy-score-2025', 'luccioni-2024-phh'].includes(id))).toBe(false);
  });

  it('benchmark: a batch-1 lab figure is adjusted towards production (0.16 to 1, an assumption) and flagged', () => {
    const r = inference({ estimate: { method: 'benchmark', energyWhPer1000Queries: 1_000, measuredAt: 'batch-1' } }, { samples: 2_000 });
    expect(r.inputs.find((i) => i.path === 'estimate.labToProductionFactor')).toMatchObject({
      value: { low: 0.16, high: 1 },
      coefficientId: 'lab-batch1-to-production',
      assumption: true,
    });
    expect(r.perRequest.energyWh.central).toBeCloseTo(0.58, 1);
    expect(r.warnings).toContain(
      'Lab figure at batch size 1: adjusted towards production batching (an assumption; batch-1 figures are upper-bound-like).',
    );
    const production = inference({ estimate: { method: 'benchmark', energyWhPer1000Queries: 1_000, measuredAt: 'production-batch' } });
    expect(production.perRequest.energyWh.central).toBe(1);
    expect(production.warnings.join(' ')).not.toMatch(/Lab figure/);
    // A supplied factor wins over the batch-1 default, and the lab warning still applies.
    const supplied = inference({
      estimate: { method: 'benchmark', energyWhPer1000Queries: 1_000, measuredAt: 'batch-1', labToProductionFactor: 0.25 },
    });
    expect(supplied.perRequest.energyWh.central).toBe(0.25);
  });

  it('benchmark: asks for exactly one figure', () => {
    const message = [
      {
        path: 'estimate.joulesPerToken',
        message: 'Give exactly one benchmark figure: energy per output token (J/token) or energy per 1,000 queries (Wh)',
      },
    ];
    expect(errorsOf({ estimate: { method: 'benchmark' } })).toEqual(message);
    expect(
      errorsOf({ outputTokensPerRequest: 10, estimate: { method: 'benchmark', joulesPerToken: 1, energyWhPer1000Queries: 1 } }),
    ).toEqual(message);
  });
});

describe('FLOP method (epoch-2025)', () => {
  const epoch = {
    method: 'flop',
    activeParamsB: 100,
    peakFlopsPerSecond: 9.89e14,
    utilisation: 0.1,
    powerPerAcceleratorW: 1_275,
    powerAdjustment: 0.7,
    pue: 1.2,
  };
  // 1.011 GPU-seconds x 1,275 W x 0.7 = 0.2507 Wh of IT energy: 700/1,275 of it accelerators, the rest host; overhead 0.2 x IT.
  const seconds = 1e14 / 9.89e13;
  const itWh = (seconds * 1_275 * 0.7) / 3_600;

  it('splits IT energy between accelerators and host by 700 W of 1,275 W, and adds (PUE − 1) x IT', () => {
    const r = inference({ outputTokensPerRequest: 500, estimate: epoch });
    expect(energyOf(r, 'accelerators')).toBeCloseTo((itWh * 700) / 1_275, 12);
    expect(energyOf(r, 'hostCpuRam')).toBeCloseTo((itWh * 575) / 1_275, 12);
    expect(energyOf(r, 'dataCentreOverhead')).toBeCloseTo(0.2 * itWh, 12);
    expect(element(r, 'idleCapacity').treatment).toBe('excluded');
    expect(r.details).toEqual({ acceleratorHoursPerRequest: point(seconds / 3_600) });
    expect(r.inputs.find((i) => i.path === 'estimate.acceleratorShareOfPower')).toMatchObject({ value: 700 / 1_275, origin: 'default' });
    expect(r.coefficientsUsed).toEqual(expect.arrayContaining(['h100-sxm-power-w', 'dgx-h100-power-per-gpu-w']));
    expect(r.sourceIds).toContain('epoch-2025');
  });

  it('takes a supplied accelerator share, and the set’s values for what is not given', () => {
    const r = inference({ outputTokensPerRequest: 500, estimate: { ...epoch, acceleratorShareOfPower: 0.5 } });
    expect(energyOf(r, 'accelerators')).toBeCloseTo(itWh / 2, 12);
    expect(energyOf(r, 'hostCpuRam')).toBeCloseTo(itWh / 2, 12);
    const defaults = inference({ outputTokensPerRequest: 500, estimate: { method: 'flop', activeParamsB: 100 } });
    expect(defaults.perRequest.energyWh.central).toBeCloseTo(itWh * 1.2, 12);
    expect(defaults.defaultsUsed).toEqual(
      expect.arrayContaining([
        'estimate.peakFlopsPerSecond',
        'estimate.utilisation',
        'estimate.powerPerAcceleratorW',
        'estimate.powerAdjustment',
        'estimate.pue',
        'estimate.acceleratorShareOfPower',
      ]),
    );
  });

  it('ignores a top-level PUE when the method covers overhead, and says so', () => {
    const r = inference({ outputTokensPerRequest: 500, estimate: epoch, pue: 2 });
    expect(r.perRequest.energyWh.central).toBeCloseTo(itWh * 1.2, 12);
    expect(r.warnings).toContain('The top-level PUE is ignored: the source already covers data-centre overhead (not added twice).');
  });

  it('counts prefill of input tokens in cs-2026-12 and reports prefill and decoding apart', () => {
    const r = inference({ outputTokensPerRequest: 500, inputTokensPerRequest: 10_000, estimate: epoch }, { coefficientSet: 'cs-2026-12' });
    // Prefill: (2 P L + P L² / 50,000) / (F x 0.3); decoding attends over the input: x (1 + 10,000 / 50,000).
    const prefillSeconds = (2 * 100e9 * 10_000 + (100e9 * 1e8) / 50_000) / (9.89e14 * 0.3);
    const prefillIt = (prefillSeconds * 1_275 * 0.7) / 3_600;
    expect(r.phases!.prefill.energyWh.central).toBeCloseTo(prefillIt * 1.2, 12);
    expect(r.phases!.decode.energyWh.central).toBeCloseTo(itWh * 1.2 * 1.2, 12);
    expect(r.details.acceleratorHoursPerRequest!.central).toBeCloseTo((seconds * 1.2 + prefillSeconds) / 3_600, 15);
    expect(r.phases!.prefill.emissionsG.central).toBeCloseTo(prefillIt * 1.2 * 0.47301, 12);
    expect(r.inputs.find((i) => i.path === 'estimate.prefillUtilisation')).toMatchObject({
      value: 0.3,
      coefficientId: 'prefill-utilisation',
    });
    expect(r.sourceIds).toContain('kaplan-2020');
  });
});

describe('parametric and proxy methods (EcoLogits)', () => {
  it('report GPUs and latency, cover embodied, and cap the latency with a measured one', () => {
    const r = inference({ outputTokensPerRequest: 100, estimate: { method: 'parametric', activeParamsB: 70, latencyS: 1, pue: 1 } });
    expect(r.details.gpus).toEqual(point(4));
    expect(r.details.latencyS).toEqual(point(1));
    expect(r.details.acceleratorHoursPerRequest!.central).toBeCloseTo(4 / 64 / 3_600, 15);
    expect(element(r, 'embodied').treatment).toBe('source');
    expect(element(r, 'embodied').emissionsG.central).toBeCloseTo(
      (1 * ((4 / 8) * 5_700 + 4 * 164) * 1_000) / (3 * 365 * 24 * 3_600 * 64),
      12,
    );
    expect(r.defaultsUsed).toEqual(expect.arrayContaining(['estimate.totalParamsB', 'estimate.batchSize']));
    expect(r.coefficientsUsed).toEqual(
      expect.arrayContaining(['ecologits-energy-alpha', 'ecologits-batch-size', 'ecologits-lifespan-years']),
    );
    // Without input tokens counted, the prefill rate's coefficients are not used.
    expect(r.coefficientsUsed).not.toContain('h100-peak-flops-bf16');
    expect(r.coefficientsUsed).not.toContain('accelerator-average-power-w');
    const ownGrid = inference({
      outputTokensPerRequest: 100,
      estimate: { method: 'parametric', activeParamsB: 70, pue: 1 },
      grid: { intensityGPerKWh: 100 },
    });
    expect(ownGrid.sourceIds).toContain('ecologits-2025');
    const prefill = inference(
      { outputTokensPerRequest: 100, inputTokensPerRequest: 1_000, estimate: { method: 'parametric', activeParamsB: 70, pue: 1 } },
      { coefficientSet: 'cs-2026-12' },
    );
    expect(prefill.coefficientsUsed).toEqual(
      expect.arrayContaining(['h100-peak-flops-bf16', 'accelerator-average-power-w', 'prefill-utilisation', 'attention-crossover-tokens']),
    );
  });

  it('refuses total parameters below active ones, and warns where only their ranges cross', () => {
    expect(errorsOf({ outputTokensPerRequest: 100, estimate: { method: 'parametric', activeParamsB: 70, totalParamsB: 7 } })).toEqual([
      { path: 'estimate.totalParamsB', message: 'Total parameters must be at least the active parameters (billion parameters)' },
    ]);
    expect(
      errorsOf({
        outputTokensPerRequest: 100,
        estimate: { method: 'parametric', activeParamsB: { low: 20, high: 40 }, totalParamsB: { low: 10, high: 400 } },
      })[0]!.path,
    ).toBe('estimate.totalParamsB');
    const crossing = inference(
      {
        outputTokensPerRequest: 100,
        estimate: { method: 'parametric', activeParamsB: { low: 20, high: 60 }, totalParamsB: { low: 30, high: 50 } },
      },
      { samples: 200 },
    );
    expect(crossing.warnings).toContain('Where sampled active parameters exceed total parameters, total is taken as equal to active.');
    const equal = inference(
      {
        outputTokensPerRequest: 100,
        estimate: { method: 'parametric', activeParamsB: { low: 20, high: 60 }, totalParamsB: { low: 20, high: 60 } },
      },
      { samples: 200 },
    );
    expect(equal.warnings.join(' ')).not.toMatch(/exceed total/);
    // A mixture of experts: total parameters drive the GPU count only.
    const moe = inference({
      outputTokensPerRequest: 100,
      estimate: { method: 'parametric', activeParamsB: 40, totalParamsB: 400, pue: 1 },
      boundary: { embodied: false },
    });
    expect(moe.details.gpus).toEqual(point(16));
  });

  it('take a supplied batch size where the set models batching, and say it is ignored where it does not', () => {
    const at = (batchSize: number, coefficientSet: string) =>
      inference({ outputTokensPerRequest: 100, estimate: { method: 'parametric', activeParamsB: 70, batchSize } }, { coefficientSet });
    expect(at(8, 'cs-2026-11').perRequest.energyWh.central).toBeGreaterThan(at(64, 'cs-2026-11').perRequest.energyWh.central);
    expect(at(8, 'cs-2026-11').inputs.find((i) => i.path === 'estimate.batchSize')!.origin).toBe('supplied');
    const old = at(8, 'cs-2025-10');
    expect(old.warnings).toContain(
      'Batch size is not modelled by the coefficients of cs-2025-10 (EcoLogits ≤ 0.8.2): the supplied batch size is ignored.',
    );
    expect(old.inputs.some((i) => i.path === 'estimate.batchSize')).toBe(false);
    expect(old.perRequest.energyWh.central).toBe(at(512, 'cs-2025-10').perRequest.energyWh.central);
  });

  it('proxy: a model class’s parameter range, labelled, over fixed serving (released sets) or sampled serving (cs-2026-12)', () => {
    const released = inference({ estimate: { method: 'proxy', modelClass: 'small' } }, { samples: 500 });
    expect(released).toMatchObject({ method: 'proxy', tier: 'proxy' });
    expect(released.inputs.find((i) => i.path === 'estimate.activeParamsB')).toMatchObject({
      value: { low: 1, high: 10 },
      origin: 'preset',
    });
    expect(released.inputs.some((i) => i.path === 'estimate.totalParamsB')).toBe(false);
    expect(released.inputs.find((i) => i.path === 'estimate.batchSize')).toMatchObject({
      origin: 'default',
      coefficientId: 'ecologits-batch-size',
    });
    expect(released.warnings.find((w) => w.startsWith('Proxy tier'))).toMatch(
      /^Proxy tier: model class Small .* modelled with EcoLogits over a wide parameter range; use a better tier when data exist\.$/,
    );
    const frontier = inference({ estimate: { method: 'proxy', modelClass: 'frontier' } }, { samples: 500 });
    expect(frontier.inputs.find((i) => i.path === 'estimate.totalParamsB')).toMatchObject({ origin: 'preset' });
    const serving = inference({ estimate: { method: 'proxy', modelClass: 'large' } }, { coefficientSet: 'cs-2026-12', samples: 500 });
    expect(serving.warnings.find((w) => w.startsWith('Proxy tier'))).toMatch(
      /over its parameter range and sampled serving conditions \(batch size, accelerator memory, weight precision\), with the spread between published methods; use a better tier when data exist\.$/,
    );
    expect(serving.inputs.find((i) => i.path === 'estimate.batchSize')).toMatchObject({
      origin: 'preset',
      coefficientId: 'proxy-batch-size',
    });
    expect(serving.inputs.find((i) => i.path === 'estimate.methodSpread')).toMatchObject({
      label: 'Spread between published methods',
      unit: 'multiplier',
    });
    expect(serving.inputs.find((i) => i.path === 'estimate.acceleratorMemoryGb')).toMatchObject({
      label: 'Memory per accelerator',
      unit: 'GB',
    });
    expect(serving.inputs.find((i) => i.path === 'estimate.weightPrecisionBits')).toMatchObject({
      label: 'Weight precision',
      unit: 'bits',
    });
    // A parametric estimate in cs-2026-12 keeps the set's fixed serving.
    const parametric = inference(
      { outputTokensPerRequest: 100, estimate: { method: 'parametric', activeParamsB: 70 } },
      { coefficientSet: 'cs-2026-12' },
    );
    expect(parametric.inputs.some((i) => i.path === 'estimate.methodSpread')).toBe(false);
  });

  it('counts prefill at the FLOP rate in cs-2026-12: H100 peak, 490 W per accelerator and the server’s other power per GPU', () => {
    const base = {
      outputTokensPerRequest: 100,
      estimate: { method: 'parametric', activeParamsB: 8, pue: 1 },
      boundary: { embodied: false },
    };
    const without = inference(base, { coefficientSet: 'cs-2026-12' });
    const r = inference({ ...base, inputTokensPerRequest: 10_000 }, { coefficientSet: 'cs-2026-12' });
    const prefillSeconds = (2 * 8e9 * 10_000 + (8e9 * 1e8) / 50_000) / (9.89e14 * 0.3);
    expect(r.phases!.prefill.energyWh.central).toBeCloseTo((prefillSeconds * (490 + 1_200 / 8)) / 3_600, 12);
    // Decoding attends over the input: GPU energy x (1 + 10,000 / 50,000); the server's share is unchanged.
    const decodeAcc = energyOf(without, 'accelerators') * 1.2;
    expect(energyOf(r, 'accelerators')).toBeCloseTo(decodeAcc + (prefillSeconds * 490) / 3_600, 12);
    expect(energyOf(r, 'hostCpuRam')).toBeCloseTo(energyOf(without, 'hostCpuRam') + (prefillSeconds * 150) / 3_600, 12);
  });
});

describe('speech method (realtime)', () => {
  it('is refused by sets without it', () => {
    expect(errorsOf({ estimate: { method: 'realtime' } })).toEqual([
      { path: 'estimate.method', message: 'The speech method is not available in coefficient set cs-2026-11; use a later set' },
    ]);
  });

  it('takes a minute of audio per request by default, and its accelerator time for embodied allocation', () => {
    const r = inference(
      { estimate: { method: 'realtime', realTimeFactor: 0.02 }, boundary: { embodied: true } },
      { coefficientSet: 'cs-2026-12' },
    );
    expect(r.perRequest.energyWh.central).toBeCloseTo((60 * 0.02 * 490) / 3_600, 12);
    expect(r.details.acceleratorHoursPerRequest).toEqual(point((60 * 0.02) / 3_600));
    expect(element(r, 'embodied').emissionsG.central).toBeCloseTo(((60 * 0.02) / 3_600) * EMBODIED_G_PER_H, 12);
    expect(r.inputs.find((i) => i.path === 'estimate.audioSecondsPerRequest')).toMatchObject({ value: 60, origin: 'default' });
    expect(r.warnings.join(' ')).not.toMatch(/Speech model speed is an assumption/);
    expect(r.inputs.find((i) => i.path === 'estimate.acceleratorPowerW')).toMatchObject({
      value: 490,
      coefficientId: 'accelerator-average-power-w',
    });
    const own = inference(
      { estimate: { method: 'realtime', realTimeFactor: 0.02, audioSecondsPerRequest: 30, acceleratorPowerW: 300 } },
      { coefficientSet: 'cs-2026-12' },
    );
    expect(own.perRequest.energyWh.central).toBeCloseTo((30 * 0.02 * 300) / 3_600, 12);
  });
});

describe('functional units', () => {
  it('default to the request, and take counted units in requests per unit', () => {
    const request = inference(reported(0.3));
    expect(request.functionalUnit).toEqual({ id: 'request', label: 'per request' });
    expect(request.defaultsUsed).toContain('functionalUnit');
    expect(request.requestsPerUnit).toEqual(point(1));
    const article = inference({ ...reported(0.3), functionalUnit: 'article', requestsPerUnit: 4 });
    expect(article.functionalUnit).toEqual({ id: 'article', label: 'per article' });
    expect(article.perUnit.energyWh.central).toBeCloseTo(1.2, 12);
    expect(article.perRequest.energyWh.central).toBeCloseTo(0.3, 12);
    expect(article.defaultsUsed).not.toContain('functionalUnit');
    const one = inference({ ...reported(0.3), functionalUnit: 'image' });
    expect(one.inputs.find((i) => i.path === 'requestsPerUnit')).toMatchObject({ value: 1, origin: 'default' });
  });

  it('name every unit, and count articles, images, minutes, sessions and views in requests', () => {
    const counted = {
      article: 'per article',
      image: 'per image',
      'audio-minute': 'per minute of audio',
      'video-minute': 'per minute of video',
      'chat-session': 'per chat session',
      view: 'per reader view',
    };
    for (const [id, label] of Object.entries(counted)) {
      const r = inference({ ...reported(0.3), functionalUnit: id, requestsPerUnit: 2 }, { coefficientSet: 'cs-2026-12' });
      expect(r.functionalUnit).toEqual({ id, label });
      expect(r.perUnit.energyWh.central, id).toBeCloseTo(0.6, 12);
    }
    const tokens = {
      token: ['per output token', 0.3 / 600],
      'tokens-1000': ['per 1,000 output tokens', 0.5],
      'tokens-million': ['per million output tokens', 500],
    } as const;
    for (const [id, [label, perUnit]] of Object.entries(tokens)) {
      const r = inference({ ...reported(0.3), functionalUnit: id, outputTokensPerRequest: 600 });
      expect(r.functionalUnit).toEqual({ id, label });
      expect(r.perUnit.energyWh.central, id).toBeCloseTo(perUnit, 12);
    }
  });

  it('say requests per unit are ignored where the unit fixes them', () => {
    expect(inference({ ...reported(0.3), requestsPerUnit: 4 }).warnings).toContain(
      'Requests per functional unit is ignored per request: the unit is fixed by the request itself.',
    );
    expect(inference({ ...reported(0.3), functionalUnit: 'token', outputTokensPerRequest: 100, requestsPerUnit: 4 }).warnings).toContain(
      'Requests per functional unit is ignored per output token: the unit is fixed by the tokens per request.',
    );
  });

  it('follow tokens per request for token units, and convert between units', () => {
    const r = inference({ ...reported(0.3), functionalUnit: 'tokens-1000', outputTokensPerRequest: 500 });
    expect(r.requestsPerUnit).toEqual(point(2));
    expect(r.perUnit.energyWh.central).toBeCloseTo(0.6, 12);
    expect(r.conversions.perToken!.energyWh.central).toBeCloseTo(0.3 / 500, 15);
    expect(r.conversions.per1000Tokens!.energyWh.central).toBeCloseTo(0.6, 12);
    expect(r.conversions.perMillionTokens!.energyWh.central).toBeCloseTo(600, 9);
    expect(r.conversions.perMillionTokens!.emissionsG.central).toBeCloseTo(60, 9);
    expect(inference({ ...reported(0.3), functionalUnit: 'token', outputTokensPerRequest: 500 }).perUnit.energyWh.central).toBeCloseTo(
      0.3 / 500,
      15,
    );
    expect(
      inference({ ...reported(0.3), functionalUnit: 'tokens-million', outputTokensPerRequest: 500 }).perUnit.energyWh.central,
    ).toBeCloseTo(600, 9);
    expect(inference(reported(0.3)).conversions.perToken).toBeUndefined();
    // Token units without tokens take the chat default (269 to 500 tokens).
    const chat = inference({ ...reported(0.3), functionalUnit: 'token' }, { samples: 500 });
    expect(chat.inputs.find((i) => i.path === 'outputTokensPerRequest')).toMatchObject({
      coefficientId: 'chat-tokens-per-request',
      origin: 'default',
    });
  });

  it('take a preset’s unit and quantities, and refuse a preset the set lacks or one without the tokens a method needs', () => {
    const drafting = inference({ preset: 'article-drafting', estimate: { method: 'reported', energyWhPerRequest: 0.3 } }, { samples: 500 });
    expect(drafting.functionalUnit.id).toBe('article');
    expect(drafting.inputs.find((i) => i.path === 'requestsPerUnit')).toMatchObject({
      value: { low: 3, high: 10 },
      origin: 'preset',
      coefficientId: 'media-article-drafting-requests',
    });
    expect(errorsOf({ preset: 'dubbing-voice', estimate: { method: 'reported', energyWhPerRequest: 0.3 } })).toEqual([
      { path: 'preset', message: 'Preset is not available in coefficient set cs-2026-11' },
    ]);
    expect(errorsOf({ preset: 'image-generation', estimate: { method: 'parametric', activeParamsB: 8 } })).toEqual([
      {
        path: 'outputTokensPerRequest',
        message:
          'Output tokens per request is needed for this method or unit; the image generation preset has no token count, so give one (tokens, above 0)',
      },
    ]);
    const tokens = inference({ preset: 'summarisation', estimate: { method: 'parametric', activeParamsB: 8 } }, { samples: 500 });
    expect(tokens.inputs.find((i) => i.path === 'outputTokensPerRequest')).toMatchObject({
      origin: 'preset',
      coefficientId: 'media-summarisation-output-tokens',
    });
    // A preset's quantities per unit apply to counted units only: a request unit keeps its own.
    const perRequest = inference({
      preset: 'article-drafting',
      functionalUnit: 'request',
      estimate: { method: 'reported', energyWhPerRequest: 0.3 },
      boundary: { endUserDevice: true },
    });
    expect(perRequest.inputs.find((i) => i.path === 'device.timeSPerUnit')).toMatchObject({ coefficientId: 'device-time-per-request-s' });
  });

  it('say when input tokens are recorded but not counted', () => {
    expect(inference({ ...reported(0.3), inputTokensPerRequest: 1_000 }, { coefficientSet: 'cs-2026-12' }).warnings).toContain(
      'Input tokens are recorded but not counted: this method takes its energy from a figure, not from tokens.',
    );
    expect(inference({ ...reported(0.3), inputTokensPerRequest: 1_000 }).warnings).toContain(
      'Input tokens are recorded but not counted: the methods of coefficient set cs-2026-11 count output tokens only.',
    );
    expect(inference(reported(0.3), { coefficientSet: 'cs-2026-12' }).warnings.join(' ')).not.toMatch(/Input tokens|prefill/);
  });
});

describe('a wider boundary than the source’s', () => {
  it('models host and idle capacity as 25/58 and 10/58 of accelerator energy, and overhead with a PUE', () => {
    const r = inference({ ...measured(0.58), boundary: { hostCpuRam: true, idleCapacity: true, dataCentreOverhead: true } });
    expect(energyOf(r, 'hostCpuRam')).toBeCloseTo(0.25, 12);
    expect(energyOf(r, 'idleCapacity')).toBeCloseTo(0.1, 12);
    expect(energyOf(r, 'dataCentreOverhead')).toBeCloseTo(0.2 * 0.93, 12); // pue-default 1.2 over accelerators, host and idle
    expect(r.perRequest.energyWh.central).toBeCloseTo(0.93 * 1.2, 12);
    expect(r.boundary.map((b) => b.treatment).slice(0, 4)).toEqual(['source', 'modelled', 'modelled', 'modelled']);
    expect(r.warnings).toEqual([
      'Boundary wider than the source’s: host CPU and memory modelled as 25/58 of accelerator energy (Google’s shares), flagged.',
      'Boundary wider than the source’s: idle and provisioned capacity modelled as 10/58 of accelerator energy (Google’s shares), flagged.',
      'Boundary wider than the source’s: data-centre overhead modelled with a PUE, flagged.',
    ]);
    expect(r.inputs.find((i) => i.path === 'pue')).toMatchObject({ value: 1.2, origin: 'default', coefficientId: 'pue-default' });
    const ownPue = inference({ ...measured(0.58), boundary: { dataCentreOverhead: true }, pue: 1.5 });
    expect(energyOf(ownPue, 'dataCentreOverhead')).toBeCloseTo(0.29, 12);
  });

  it('applies the source’s own implied PUE to elements it adds when the source covers overhead', () => {
    // 1 Wh over accelerators (0.9) and overhead (0.1): implied PUE − 1 = 0.1 / 0.9, applied to the modelled host too.
    const r = inference({
      ...reported(1, { covers: ['accelerators', 'dataCentreOverhead'], shares: { accelerators: 0.9, dataCentreOverhead: 0.1 } }),
      boundary: { hostCpuRam: true },
    });
    const host = (0.9 * 25) / 58;
    expect(energyOf(r, 'hostCpuRam')).toBeCloseTo(host, 12);
    expect(energyOf(r, 'dataCentreOverhead')).toBeCloseTo(((0.9 + host) * 0.1) / 0.9, 12);
  });

  it('says a top-level PUE is ignored when overhead is outside the boundary', () => {
    expect(inference({ ...measured(1), pue: 1.5 }).warnings).toContain(
      'The top-level PUE is ignored: data-centre overhead is outside the chosen boundary.',
    );
  });

  it('warns when accelerators are switched off', () => {
    const r = inference({ ...measured(1), boundary: { accelerators: false } });
    expect(r.perRequest.energyWh.central).toBe(0);
    expect(r.warnings).toContain('Accelerators are switched off: the result omits the core of any inference footprint.');
    expect(r.warnings).toContain('Boundary narrower than the source’s: accelerators (gpu/tpu) removed from the source figure.');
  });
});

describe('network, device and training elements', () => {
  const networkOf = (raw: object, options?: Options) => {
    const r = inference({ ...measured(0), boundary: { network: true }, ...raw }, options);
    return { r, wh: energyOf(r, 'network') };
  };

  it('network by energy intensity: bytes x kWh/GB (fixed 0.0065, mobile 0.1, home router + 0.025), flagged', () => {
    const fixed = networkOf({ network: { bytesPerUnit: 1e6 } });
    expect(fixed.wh).toBeCloseTo(0.0065, 15);
    expect(fixed.r.warnings).toContain(
      'Network transfer modelled at 0.0065 kWh/GB (carbon-trust-2021, 2020 data, conventional allocation), flagged.',
    );
    expect(networkOf({ network: { bytesPerUnit: 1e6, access: 'mobile' } }).wh).toBeCloseTo(0.1, 15);
    const router = networkOf({ network: { bytesPerUnit: 1e6, includeHomeRouter: true } });
    expect(router.wh).toBeCloseTo(0.0315, 15);
    expect(router.r.warnings).toContain(
      'Home router energy per GB is a conventional allocation of a mostly idle device (malmodin-2020): weakly founded.',
    );
    const byDefault = networkOf({});
    expect(byDefault.wh).toBeCloseTo(20_000 * 6.5e-9, 15);
    expect(byDefault.r.inputs.find((i) => i.path === 'network.bytesPerUnit')).toMatchObject({
      coefficientId: 'data-per-text-request-bytes',
      origin: 'default',
    });
    expect(byDefault.r.defaultsUsed).toContain('network.model');
    expect(networkOf({ network: { model: 'energy-intensity' } }).r.defaultsUsed).not.toContain('network.model');
    // Bytes per article are per article, whatever the requests per article.
    expect(
      networkOf({ functionalUnit: 'article', requestsPerUnit: 4, network: { bytesPerUnit: 1e6 } }).r.perUnit.energyWh.central,
    ).toBeCloseTo(0.0065, 15);
  });

  it('network data per unit from the preset for counted units', () => {
    const r = networkOf({ preset: 'summarisation' }, { samples: 200 });
    expect(r.r.inputs.find((i) => i.path === 'network.bytesPerUnit')).toMatchObject({
      origin: 'preset',
      coefficientId: 'media-summarisation-data-bytes',
    });
    const own = networkOf({ preset: 'summarisation', network: { bytesPerUnit: 1e6 } }, { samples: 200 });
    expect(own.r.inputs.find((i) => i.path === 'network.bytesPerUnit')).toMatchObject({ origin: 'supplied', value: 1e6 });
    expect(own.wh).toBeCloseTo(0.0065, 15);
  });

  it('network by the power model (cs-2026-12): fixed power over the delivery time, the bitrate from bytes when not given', () => {
    const options = { coefficientSet: 'cs-2026-12' };
    // 1.5 MB over the default 30 s: 0.4 Mbps; (1.5 + 0.03 x 100 + 16.5 + 0.02 x 0.4) W x 30 s.
    const fromBytes = networkOf({ network: { model: 'power', bytesPerUnit: 1.5e6 } }, options);
    expect(fromBytes.wh).toBeCloseTo((21.008 * 30) / 3_600, 12);
    expect(fromBytes.r.inputs.find((i) => i.path === 'network.deliverySPerUnit')).toMatchObject({
      value: 30,
      origin: 'default',
      coefficientId: 'device-time-per-request-s',
    });
    expect(fromBytes.r.inputs.find((i) => i.path === 'network.bytesPerUnit')).toMatchObject({ value: 1.5e6, origin: 'supplied' });
    expect(fromBytes.r.inputs.find((i) => i.path === 'network.lineMbps')).toMatchObject({ value: 100, coefficientId: 'network-line-mbps' });
    expect(fromBytes.r.sourceIds).toEqual(expect.arrayContaining(['malmodin-2020', 'mytton-2022']));
    expect(fromBytes.r.warnings).toContain(
      'Network modelled with the power model (malmodin-2020): fixed core and home power allocated by the delivery time, plus watts per Mbps, flagged.',
    );
    // No delivery time, no traffic power.
    expect(networkOf({ network: { model: 'power', bytesPerUnit: 1e6, deliverySPerUnit: 0 } }, options).wh).toBe(0);
    // The device element's time is the delivery time when the device is in the boundary.
    const withDevice = networkOf(
      { boundary: { network: true, endUserDevice: true }, device: { timeSPerUnit: 60 }, network: { model: 'power', bitrateMbps: 2 } },
      options,
    );
    expect(withDevice.wh).toBeCloseTo(((1.5 + 3 + 16.5 + 0.04) * 60) / 3_600, 12);
    expect(withDevice.r.inputs.some((i) => i.path === 'network.deliverySPerUnit')).toBe(false);
    // A preset's device time per unit, for a counted unit.
    const preset = networkOf({ preset: 'summarisation', network: { model: 'power', bitrateMbps: 1 } }, { ...options, samples: 200 });
    expect(preset.r.inputs.find((i) => i.path === 'network.deliverySPerUnit')).toMatchObject({
      origin: 'preset',
      coefficientId: 'media-summarisation-device-time-s',
    });
  });

  it('network at its marginal energy: only the home equipment’s watts per Mbps of traffic', () => {
    const r = networkOf({ network: { model: 'marginal', bytesPerUnit: 1e9 } }, { coefficientSet: 'cs-2026-12' });
    expect(r.wh).toBeCloseTo(160 / 3_600, 12);
    expect(r.r.warnings).toContain(
      'Network transfer modelled at its marginal energy: only the home equipment’s watts per Mbps of traffic (malmodin-2020); the fixed power runs whether or not the traffic happens.',
    );
    expect(errorsOf({ ...measured(0), boundary: { network: true }, network: { model: 'marginal' } })).toEqual([
      {
        path: 'network.model',
        message: 'The marginal network model is not available in coefficient set cs-2026-11; use energy-intensity or a later set',
      },
    ]);
  });

  it('end-user device: power x time per request, by device type, flagged as an assumption', () => {
    const laptop = inference({ ...measured(0), boundary: { endUserDevice: true } });
    expect(energyOf(laptop, 'endUserDevice')).toBeCloseTo((30 * 30) / 3_600, 15);
    expect(laptop.warnings).toContain(
      'End-user device time modelled as marginal device power x time per request (device power is an assumption), flagged.',
    );
    expect(
      energyOf(inference({ ...measured(0), boundary: { endUserDevice: true }, device: { type: 'smartphone' } }), 'endUserDevice'),
    ).toBeCloseTo((2 * 30) / 3_600, 15);
    expect(
      energyOf(
        inference({ ...measured(0), boundary: { endUserDevice: true }, device: { type: 'desktop-monitor', powerW: 50, timeSPerUnit: 72 } }),
        'endUserDevice',
      ),
    ).toBeCloseTo(1, 15);
    // Device time is per unit: an article of four requests takes its 600 s once.
    const article = inference({
      ...measured(0),
      functionalUnit: 'article',
      requestsPerUnit: 4,
      boundary: { endUserDevice: true },
      device: { timeSPerUnit: 600 },
    });
    expect(article.perUnit.energyWh.central).toBeCloseTo((30 * 600) / 3_600, 12);
    expect(article.warnings).toContain(
      'End-user device time modelled as marginal device power x time per article (device power is an assumption), flagged.',
    );
  });

  it('training: amortised over lifetime requests, emissions at the training grid, the inference grid, or as reported', () => {
    const base = { ...measured(0), boundary: { training: true } };
    const energy = inference({ ...base, training: { energyMWh: 1_000, lifetimeRequests: 1e9 } });
    expect(energyOf(energy, 'training')).toBeCloseTo(1, 12);
    expect(element(energy, 'training').emissionsG.central).toBeCloseTo(0.1, 12); // at the inference grid, 100 g/kWh
    expect(energy.warnings).toEqual(
      expect.arrayContaining([
        'No training grid intensity given: training emissions use the inference grid, which may not be where the model was trained.',
        'Training allocated by amortising over the lifetime requests given (training model, amortise).',
      ]),
    );
    const grid = inference({ ...base, training: { energyMWh: 1_000, intensityGPerKWh: 400, lifetimeRequests: 1e9 } });
    expect(element(grid, 'training').emissionsG.central).toBeCloseTo(0.4, 12);
    expect(grid.warnings.join(' ')).not.toMatch(/No training grid/);
    const tonnes = inference({ ...base, training: { emissionsTCO2e: 500, lifetimeRequests: 1e9 } });
    expect(element(tonnes, 'training').emissionsG.central).toBeCloseTo(0.5, 12);
    expect(energyOf(tonnes, 'training')).toBe(0);
    const none = inference(base);
    expect(element(none, 'training')).toMatchObject({ included: false, treatment: 'unavailable' });
    expect(none.warnings).toContain('Allocated training is switched on but no training figures were given: excluded and disclosed.');
    expect(inference({ ...base, training: { lifetimeRequests: 1e9 } }).warnings).toContain(
      'Allocated training is switched on but no training figures were given: excluded and disclosed.',
    );
    expect(inference({ ...measured(0), training: { energyMWh: 1, lifetimeRequests: 1 } }).warnings).toContain(
      'Training figures were given but allocated training is outside the boundary: excluded and disclosed.',
    );
  });
});

describe('the result', () => {
  it('scales to totals per period (a year by default)', () => {
    const r = inference({ ...reported(0.3), volume: { unitsPerPeriod: 1_000 } });
    expect(r.totals).toEqual({
      period: 'year',
      unitsPerPeriod: point(1_000),
      energyWh: point(300),
      emissionsG: { central: expect.closeTo(30, 9), p5: expect.closeTo(30, 9), p95: expect.closeTo(30, 9) },
    });
    expect(r.defaultsUsed).toContain('volume.period');
    expect(inference(reported(0.3)).totals).toBeUndefined();
  });

  it('carries its label, grid and sensitivity tables', () => {
    const r = inference({ ...reported({ low: 0.2, high: 0.4 }), label: 'Assistant', functionalUnit: 'image' }, { samples: 500 });
    expect(r.label).toBe('Assistant');
    expect(r.grid).toEqual({ basis: 'location', intensityGPerKWh: point(100) });
    expect(r.sensitivity.map((t) => [t.metric, t.unit])).toEqual([
      ['Emissions per image', 'gCO2e'],
      ['Energy per image', 'Wh'],
    ]);
    expect(r.sensitivity[1]!.entries[0]).toMatchObject({ path: 'estimate.energyWhPerRequest', outputAtLow: 0.2, outputAtHigh: 0.4 });
    expect(inference({ estimate: { method: 'measured', energyWhPerRequest: 1 } }).grid).toEqual({
      basis: 'location',
      presetId: 'grid-ecologits-wor',
      intensityGPerKWh: point(473.01),
    });
  });

  it('states its boundary in words', () => {
    const statement = (elements: [string, boolean, string][]) =>
      boundaryStatement(elements.map(([e, included, treatment]) => ({ element: e as never, included, treatment: treatment as never })));
    expect(
      statement([
        ['accelerators', true, 'source'],
        ['hostCpuRam', true, 'modelled'],
        ['idleCapacity', true, 'modelled'],
        ['dataCentreOverhead', true, 'source'],
        ['network', false, 'excluded'],
      ]),
    ).toEqual({
      included: ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'],
      modelled: ['hostCpuRam', 'idleCapacity'],
      excluded: ['network'],
      missing: [],
      text: 'Boundary: accelerators, host CPU and memory, idle and provisioned capacity and data-centre overhead (host CPU and memory and idle and provisioned capacity modelled by the engine). Excluded: network transfer. Meets the guidance’s minimum boundary.',
    });
    expect(statement([['accelerators', false, 'excluded']]).text).toBe(
      'Boundary: nothing. Excluded: accelerators. Narrow boundary: below the guidance’s minimum, missing accelerators, host CPU and memory, idle and provisioned capacity and data-centre overhead.',
    );
    expect(
      statement([
        ['accelerators', true, 'source'],
        ['hostCpuRam', true, 'source'],
        ['idleCapacity', true, 'source'],
        ['dataCentreOverhead', true, 'source'],
      ]).text,
    ).toBe(
      'Boundary: accelerators, host CPU and memory, idle and provisioned capacity and data-centre overhead. Meets the guidance’s minimum boundary.',
    );
    const unavailable = inference({
      ...measured(1),
      boundary: { hostCpuRam: true, idleCapacity: true, dataCentreOverhead: true, training: true },
    });
    expect(unavailable.boundaryStatement.included).not.toContain('training');
    expect(unavailable.boundaryStatement.excluded).toContain('training');
  });

  // 0.3's boundaries chapter (BND-2, BND-4) names storage, retrieval and vector search, orchestration and
  // monitoring, and end of life; the engine cannot estimate them, so cs-2026-12 states them as excluded
  // with the reason. The released sets' statements stay word for word as published.
  const dataCentreOnly = {
    estimate: {
      method: 'reported',
      energyWhPerRequest: 0.24,
      covers: ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'],
    },
  };
  const releasedText =
    'Boundary: accelerators, host CPU and memory, idle and provisioned capacity and data-centre overhead. Excluded: network transfer, end-user device time, embodied hardware and allocated training. Meets the guidance’s minimum boundary.';
  const notEstimatedText =
    'Not estimated, so excluded: storage, retrieval and vector search, orchestration and monitoring (no published figure per request; the organisation’s own metering or cloud usage records can estimate them); end of life (no figure per unit has been found for AI accelerators or servers).';

  it('names the elements it cannot estimate, with the reason, under cs-2026-12', () => {
    const statement = inference(dataCentreOnly, { coefficientSet: 'cs-2026-12' }).boundaryStatement;
    expect(statement.text).toBe(
      'Boundary: accelerators, host CPU and memory, idle and provisioned capacity and data-centre overhead. Excluded: network transfer, end-user device time, embodied hardware and allocated training. ' +
        `${notEstimatedText} Meets the guidance’s minimum boundary.`,
    );
    // The words are the set's (its method block), so only pages pinning cs-2026-12 load them.
    expect(statement.notEstimated).toEqual([
      {
        elements: ['storage', 'retrieval and vector search', 'orchestration and monitoring'],
        reason: 'no published figure per request; the organisation’s own metering or cloud usage records can estimate them',
      },
      { elements: ['end of life'], reason: 'no figure per unit has been found for AI accelerators or servers' },
    ]);
    expect(statement.notEstimated).toBe(methodOf(getCoefficientSet('cs-2026-12')!).notEstimated);
    // They change no figure and no element of the breakdown: nothing is estimated for them.
    const released = inference(dataCentreOnly, { coefficientSet: 'cs-2026-11' });
    const draft = inference(dataCentreOnly, { coefficientSet: 'cs-2026-12' });
    expect(draft.perUnit).toEqual(released.perUnit);
    expect(draft.boundary).toEqual(released.boundary);
    // A narrow figure still says so last, after the elements not estimated.
    expect(
      inference({ estimate: { method: 'reported', energyWhPerRequest: 0.1 } }, { coefficientSet: 'cs-2026-12' }).boundaryStatement.text,
    ).toBe(
      'Boundary: accelerators. Excluded: host CPU and memory, idle and provisioned capacity, data-centre overhead, network transfer, end-user device time, embodied hardware and allocated training. ' +
        `${notEstimatedText} Narrow boundary: below the guidance’s minimum, missing host CPU and memory, idle and provisioned capacity and data-centre overhead.`,
    );
  });

  it('keeps the released sets’ statements as they were, without the elements it cannot estimate', () => {
    for (const coefficientSet of ['cs-2025-10', 'cs-2026-11']) {
      const statement = inference(dataCentreOnly, { coefficientSet }).boundaryStatement;
      expect(statement.text, coefficientSet).toBe(releasedText);
      expect(statement, coefficientSet).not.toHaveProperty('notEstimated');
    }
    // The statement function's default is the released behaviour.
    const elements = [{ element: 'accelerators' as const, included: true, treatment: 'source' as const }];
    expect(boundaryStatement(elements)).toEqual(boundaryStatement(elements, undefined));
    expect(boundaryStatement(elements).text).toBe(
      'Boundary: accelerators. Narrow boundary: below the guidance’s minimum, missing host CPU and memory, idle and provisioned capacity and data-centre overhead.',
    );
  });

  it('calls the elements it cannot estimate what 0.3’s boundaries chapter calls them', () => {
    const chapter = readFileSync(join(import.meta.dirname, '../../../content/guidance/0.3/boundaries-and-functional-units.mdx'), 'utf8')
      .replace(/<[^>]+>/g, '')
      .toLowerCase();
    const names = (methodOf(getCoefficientSet('cs-2026-12')!).notEstimated ?? []).flatMap((g) => g.elements);
    expect(names).toHaveLength(4);
    for (const name of names) expect(chapter, name).toContain(name);
  });
});

describe('data-quality tiers', () => {
  const useCase = {
    functionalUnit: 'article',
    requestsPerUnit: 2,
    outputTokensPerRequest: 400,
    estimate: { method: 'parametric', activeParamsB: 8 },
    grid: { intensityGPerKWh: 100 },
  } as never;

  it('build each tier from the same use case, changing only the estimate', () => {
    const tiers = illustrativeTiers(useCase, 'cs-2026-12');
    const modelled = inference(useCase, { coefficientSet: 'cs-2026-12' }).perRequest.energyWh.central;
    const round = (x: number) => Number(x.toPrecision(2));
    expect(tiers.measured.energyWhPerRequest).toEqual({ low: round(modelled * 0.9), high: round(modelled * 1.1) });
    expect(tiers.reported.energyWhPerRequest).toEqual({ low: round(modelled * 0.7), high: round(modelled * 1.3) });
    expect(tiers.proxy).toEqual({ modelClass: 'small' });
    expect(tierInput(tiers, 'modelled')).toBe(useCase);
    const dataCentre = ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'];
    expect(tierInput(tiers, 'measured')).toEqual({
      functionalUnit: 'article',
      requestsPerUnit: 2,
      outputTokensPerRequest: 400,
      grid: { intensityGPerKWh: 100 },
      estimate: { method: 'measured', energyWhPerRequest: tiers.measured.energyWhPerRequest, covers: dataCentre },
    });
    expect(tierInput(tiers, 'reported').estimate).toEqual({
      method: 'reported',
      energyWhPerRequest: tiers.reported.energyWhPerRequest,
      covers: dataCentre,
    });
    expect(tierInput(tiers, 'proxy').estimate).toEqual({ method: 'proxy', modelClass: 'small' });
    // Sets without the band coefficients use the same ±10 % and ±30 %.
    const released = illustrativeTiers(useCase, 'cs-2026-11');
    expect(released.measured.energyWhPerRequest).toEqual({
      low: round(inference(useCase).perRequest.energyWh.central * 0.9),
      high: round(inference(useCase).perRequest.energyWh.central * 1.1),
    });
    expect(() => illustrativeTiers({ estimate: { method: 'reported', energyWhPerRequest: -1 } } as never, 'cs-2026-12')).toThrow(
      /^data-quality tiers: the use case does not evaluate: Energy per request must be between/,
    );
  });

  it('move engine errors onto the calculator’s fields, and label each tier', () => {
    expect(tierErrorPath('measured', 'estimate.energyWhPerRequest')).toBe('measured.energyWhPerRequest');
    expect(tierErrorPath('reported', 'estimate.energyWhPerRequest')).toBe('reported.energyWhPerRequest');
    expect(tierErrorPath('proxy', 'estimate.modelClass')).toBe('proxy.modelClass');
    expect(tierErrorPath('modelled', 'estimate.activeParamsB')).toBe('useCase.estimate.activeParamsB');
    expect(tierErrorPath('measured', 'grid.intensityGPerKWh')).toBe('grid.intensityGPerKWh');
    expect(Object.values(tierLabels)).toEqual([
      'Measured (your own metering)',
      'Reported (supplier’s figure)',
      'Modelled (benchmark, adjusted)',
      'Proxy (model class only)',
    ]);
  });
});

describe('the breakdown adds up', () => {
  it('every element’s emissions are its energy at the grid intensity, and the elements sum to the headline', () => {
    // Every element at once: a reported figure on accelerators, the rest modelled; 250 g/kWh.
    const r = inference({
      functionalUnit: 'article',
      requestsPerUnit: 3,
      outputTokensPerRequest: 400,
      estimate: { method: 'reported', energyWhPerRequest: 0.4 },
      boundary: {
        accelerators: true,
        hostCpuRam: true,
        idleCapacity: true,
        dataCentreOverhead: true,
        network: true,
        endUserDevice: true,
        embodied: true,
        training: true,
      },
      training: { energyMWh: 1_000, intensityGPerKWh: 400, lifetimeRequests: 1e9 },
      network: { bytesPerUnit: 3e5 },
      device: { timeSPerUnit: 600 },
      grid: { intensityGPerKWh: 250 },
    });
    const energies = Object.fromEntries(r.breakdown.map((b) => [b.element, b.energyWh.central]));
    expect(energies.accelerators).toBeCloseTo(1.2, 12);
    expect(energies.hostCpuRam).toBeCloseTo((1.2 * 25) / 58, 12);
    expect(energies.idleCapacity).toBeCloseTo((1.2 * 10) / 58, 12);
    expect(energies.dataCentreOverhead).toBeCloseTo(0.2 * 1.2 * (1 + 35 / 58), 12);
    expect(energies.network).toBeCloseTo(3e5 * 6.5e-9, 15);
    expect(energies.endUserDevice).toBeCloseTo((30 * 600) / 3_600, 12);
    expect(energies.embodied).toBe(0);
    expect(energies.training).toBeCloseTo(3, 12); // 1,000 MWh / 1e9 requests x 3 requests
    for (const b of r.breakdown) {
      if (b.element === 'embodied') expect(b.emissionsG.central).toBeCloseTo((1.2 / 490) * EMBODIED_G_PER_H, 12);
      else if (b.element === 'training') expect(b.emissionsG.central).toBeCloseTo(3 * 0.4, 12);
      else expect(b.emissionsG.central, b.element).toBeCloseTo(b.energyWh.central * 0.25, 12);
      expect(b.included).toBe(true);
    }
    const sum = (key: 'energyWh' | 'emissionsG') => r.breakdown.reduce((total, b) => total + b[key].central, 0);
    expect(r.perUnit.energyWh.central).toBeCloseTo(sum('energyWh'), 12);
    expect(r.perUnit.emissionsG.central).toBeCloseTo(sum('emissionsG'), 12);
    expect(r.perRequest.energyWh.central).toBeCloseTo(sum('energyWh') / 3, 12);
    expect(r.perRequest.emissionsG.central).toBeCloseTo(sum('emissionsG') / 3, 12);
    expect(r.conversions.perToken!.emissionsG.central).toBeCloseTo(sum('emissionsG') / 3 / 400, 15);
    expect(r.details.acceleratorHoursPerRequest!.central).toBeCloseTo(0.4 / 490, 15);
  });

  it('prefill and decoding share the data-centre emissions: energy by compute, embodied by accelerator time', () => {
    const r = inference(
      {
        outputTokensPerRequest: 300,
        inputTokensPerRequest: 20_000,
        estimate: { method: 'parametric', activeParamsB: 70 },
        boundary: { idleCapacity: true },
        grid: { intensityGPerKWh: 300 },
      },
      { coefficientSet: 'cs-2026-12' },
    );
    const dataCentre = ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead', 'embodied'];
    const dcE = r.breakdown.filter((b) => dataCentre.includes(b.element)).reduce((t, b) => t + b.energyWh.central, 0);
    const dcG = r.breakdown.filter((b) => dataCentre.includes(b.element)).reduce((t, b) => t + b.emissionsG.central, 0);
    const { prefill, decode } = r.phases!;
    expect(prefill.energyWh.central + decode.energyWh.central).toBeCloseTo(dcE, 12);
    expect(prefill.emissionsG.central + decode.emissionsG.central).toBeCloseTo(dcG, 12);
    // Prefill's embodied share follows its share of accelerator time, not of energy.
    const embodied = element(r, 'embodied').emissionsG.central;
    const prefillEmbodied = prefill.emissionsG.central - prefill.energyWh.central * 0.3;
    expect(prefillEmbodied).toBeGreaterThan(0);
    expect(prefillEmbodied).toBeLessThan(embodied);
    expect(prefillEmbodied / embodied).not.toBeCloseTo(prefill.energyWh.central / dcE, 2);
  });

  it('benchmark J per token takes the chat tokens by default; a per-query figure needs no tokens', () => {
    const joules = inference({ estimate: { method: 'benchmark', joulesPerToken: 1 } }, { samples: 500 });
    expect(joules.inputs.find((i) => i.path === 'outputTokensPerRequest')).toMatchObject({ coefficientId: 'chat-tokens-per-request' });
    const queries = inference({ estimate: { method: 'benchmark', energyWhPer1000Queries: 10 } });
    expect(queries.inputs.some((i) => i.path === 'outputTokensPerRequest')).toBe(false);
    expect(queries.conversions.perToken).toBeUndefined();
  });

  it('takes accelerator time from the method for embodied emissions where it has one (FLOP), not from energy', () => {
    const r = inference({ outputTokensPerRequest: 500, estimate: { method: 'flop', activeParamsB: 100 }, boundary: { embodied: true } });
    expect(r.coefficientsUsed).not.toContain('accelerator-average-power-w');
    expect(element(r, 'embodied').emissionsG.central).toBeCloseTo((1e14 / 9.89e13 / 3_600) * EMBODIED_G_PER_H, 12);
  });

  it('hands on its sample columns to a model built on it, when there are any', () => {
    const ranged = evaluateInferenceWithDraws(
      {
        functionalUnit: 'article',
        requestsPerUnit: 2,
        estimate: { method: 'reported', energyWhPerRequest: { low: 1, high: 3 } },
        grid: { intensityGPerKWh: 100 },
      },
      { samples: 300 },
    );
    if (!ranged.outcome.ok) throw new Error('does not evaluate');
    const draws = ranged.draws!;
    expect([draws.unitE.length, draws.unitG.length, draws.requestE.length, draws.requestG.length]).toEqual([300, 300, 300, 300]);
    for (let i = 0; i < 300; i++) {
      expect(draws.unitE[i]).toBeCloseTo(2 * draws.requestE[i]!, 12);
      expect(draws.requestG[i]).toBeCloseTo(draws.requestE[i]! * 0.1, 12);
      expect(draws.unitG[i]).toBeCloseTo(2 * draws.requestG[i]!, 12);
    }
    expect(Math.min(...draws.requestE)).toBeGreaterThanOrEqual(1);
    expect(ranged.outcome.result.perRequest.energyWh.central).toBeCloseTo(
      [...draws.requestE].sort((a, b) => a - b)[Math.round(0.5 * 299)]!,
      12,
    );
    const pointed = evaluateInferenceWithDraws({ estimate: { method: 'reported', energyWhPerRequest: 1 } });
    expect(pointed.outcome.ok).toBe(true);
    expect(pointed).not.toHaveProperty('draws');
    const failed = evaluateInferenceWithDraws({ estimate: { method: 'reported', energyWhPerRequest: -1 } });
    expect(failed.outcome.ok).toBe(false);
    expect(failed).not.toHaveProperty('draws');
  });
});

describe('the input register names each input by its path, and each default by what it filled', () => {
  const run = (raw: unknown) => inference(raw, { coefficientSet: 'cs-2026-12', samples: 200 });
  const paths = (r: InferenceResult) => r.inputs.map((i) => i.path);

  it('for a benchmark, in joules per token or per 1,000 queries, with its benchmark cited', () => {
    const joules = run({
      estimate: { method: 'benchmark', benchmark: 'ml-energy', joulesPerToken: 2, measuredAt: 'batch-1', labToProductionFactor: 0.5 },
      outputTokensPerRequest: 300,
    });
    expect(paths(joules)).toEqual([
      'outputTokensPerRequest',
      'grid.intensityGPerKWh',
      'estimate.labToProductionFactor',
      'estimate.joulesPerToken',
    ]);
    expect(joules.sourceIds).toContain('mlenergy-2025');
    const queries = run({ estimate: { method: 'benchmark', energyWhPer1000Queries: 50 } });
    expect(paths(queries)).toEqual(['grid.intensityGPerKWh', 'estimate.labToProductionFactor', 'estimate.energyWhPer1000Queries']);
    expect(queries.defaultsUsed).toContain('estimate.covers');
    expect(queries.sourceIds).toEqual(['ecologits-2025']);
  });

  it('for the FLOP method with input tokens, naming the prefill defaults it took', () => {
    const r = run({
      estimate: {
        method: 'flop',
        activeParamsB: 70,
        peakFlopsPerSecond: 1e15,
        utilisation: 0.3,
        powerPerAcceleratorW: 1000,
        powerAdjustment: 0.7,
        acceleratorShareOfPower: 0.6,
        pue: 1.2,
      },
      outputTokensPerRequest: 300,
      inputTokensPerRequest: 1000,
    });
    expect(paths(r)).toEqual([
      'outputTokensPerRequest',
      'inputTokensPerRequest',
      'grid.intensityGPerKWh',
      'estimate.activeParamsB',
      'estimate.peakFlopsPerSecond',
      'estimate.utilisation',
      'estimate.powerPerAcceleratorW',
      'estimate.powerAdjustment',
      'estimate.pue',
      'estimate.acceleratorShareOfPower',
      'estimate.prefillUtilisation',
      'estimate.attentionCrossoverTokens',
    ]);
    expect(r.sourceIds).toEqual(['ecologits-2025', 'epoch-2025', 'kaplan-2020']);
    expect(r.defaultsUsed).toEqual(expect.arrayContaining(['estimate.prefillUtilisation', 'estimate.attentionCrossoverTokens']));
  });

  it('for the parametric method, the speech method and the proxy with training and device time', () => {
    expect(
      paths(
        run({
          estimate: { method: 'parametric', activeParamsB: 70, totalParamsB: 140, batchSize: 32, latencyS: 5, pue: 1.2 },
          outputTokensPerRequest: 300,
          inputTokensPerRequest: 1000,
        }),
      ),
    ).toEqual([
      'outputTokensPerRequest',
      'inputTokensPerRequest',
      'grid.intensityGPerKWh',
      'estimate.activeParamsB',
      'estimate.totalParamsB',
      'estimate.pue',
      'estimate.batchSize',
      'estimate.latencyS',
      'estimate.prefillUtilisation',
      'estimate.attentionCrossoverTokens',
    ]);
    expect(
      paths(run({ estimate: { method: 'realtime', realTimeFactor: 0.1, audioSecondsPerRequest: 30, acceleratorPowerW: 400 } })),
    ).toEqual(['grid.intensityGPerKWh', 'estimate.realTimeFactor', 'estimate.audioSecondsPerRequest', 'estimate.acceleratorPowerW']);
    const trained = run({
      estimate: { method: 'proxy', modelClass: 'large' },
      outputTokensPerRequest: 300,
      training: { energyMWh: 1000, lifetimeRequests: 1e9, intensityGPerKWh: 300 },
      boundary: { training: true },
    });
    expect(paths(trained).slice(-3)).toEqual(['training.lifetimeRequests', 'training.energyMWh', 'training.intensityGPerKWh']);
    expect(trained.defaultsUsed).not.toContain('boundary.training');
    expect(trained.defaultsUsed).toContain('boundary.network');
    const device = run({
      estimate: { method: 'proxy', modelClass: 'large' },
      training: { emissionsTCO2e: 500, lifetimeRequests: 1e9 },
      boundary: { training: true, endUserDevice: true },
      device: { type: 'laptop', timeSPerUnit: 20 },
    });
    expect(paths(device).slice(-4)).toEqual([
      'device.powerW',
      'device.timeSPerUnit',
      'training.lifetimeRequests',
      'training.emissionsTCO2e',
    ]);
    expect(device.defaultsUsed).not.toContain('boundary.endUserDevice');
    expect(device.defaultsUsed).not.toContain('device.timeSPerUnit');
  });
});

describe('what each method reports beside its energy', () => {
  const run = (raw: unknown) => inference(raw, { coefficientSet: 'cs-2026-12', samples: 200 });

  it('a speech model: accelerator time from the real-time factor, and no deployment (GPU count, latency) to report', () => {
    const r = run({ estimate: { method: 'realtime', realTimeFactor: 0.1, audioSecondsPerRequest: 30, acceleratorPowerW: 400 } });
    // 0.1 s of accelerator time per second of audio x 30 s of audio = 3 s.
    expect(r.details.acceleratorHoursPerRequest!.central).toBeCloseTo(3 / 3600, 12);
    expect(r.details.gpus).toBeUndefined();
    expect(r.details.latencyS).toBeUndefined();
  });

  it('the FLOP method: host power from the accelerators’ share of server power', () => {
    const r = run({ estimate: { method: 'flop', activeParamsB: 70, acceleratorShareOfPower: 0.4 }, outputTokensPerRequest: 300 });
    const energy = (element: string) => r.breakdown.find((b) => b.element === element)!.energyWh.central;
    expect(energy('hostCpuRam') / energy('accelerators')).toBeCloseTo(0.6 / 0.4, 9);
  });

  it('a reported figure with its covered elements named: no default recorded for them', () => {
    const r = run({ estimate: { method: 'reported', energyWhPerRequest: 0.24, covers: ['accelerators', 'hostCpuRam'] } });
    expect(r.defaultsUsed).not.toContain('estimate.covers');
  });
});
