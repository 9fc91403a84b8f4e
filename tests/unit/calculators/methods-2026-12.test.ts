/**
 * The methods coefficient set cs-2026-12 selects (guidance 0.3), each against its source or its
 * defining property, and the same inputs under cs-2026-11, whose released behaviour must not change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCoefficientSet, methodOf } from '../../../calculators/coefficients/index.ts';
import { evaluateCounterfactual, counterfactualExamples } from '../../../calculators/counterfactual/index.ts';
import { rangeEnds } from '../../../calculators/core/format.ts';
import {
  embodiedGPerAcceleratorHour,
  evaluateInference,
  evaluateInferenceWithDraws,
  inferenceExamples,
  parametricCoefficients,
} from '../../../calculators/inference/index.ts';
import type { InferenceResult } from '../../../calculators/inference/index.ts';
import { illustrativeTiers, tierInput, tiers } from '../../../calculators/inference/tiers.ts';
import { evaluateTraining } from '../../../calculators/training/index.ts';
import { runs } from './runs.ts';

const NEW = { coefficientSet: 'cs-2026-12' };
const OLD = { coefficientSet: 'cs-2026-11' };

function inference(raw: unknown, options = NEW): InferenceResult {
  const outcome = evaluateInference(raw, options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

const dataCentre = { accelerators: true, hostCpuRam: true, idleCapacity: true, dataCentreOverhead: true };
const epoch = {
  method: 'flop',
  activeParamsB: 100,
  peakFlopsPerSecond: 9.89e14,
  utilisation: 0.1,
  powerPerAcceleratorW: 1275,
  powerAdjustment: 0.7,
  pue: 1.2,
} as const;

describe('method blocks', () => {
  it('keep the released sets on the methods they were released with', () => {
    expect(methodOf(getCoefficientSet('cs-2026-11')!)).toEqual({
      inputTokens: 'ignored',
      proxy: 'parameter-range',
      bounds: 'uniform-p5-p95',
      counterfactual: 'ai-boundary-only',
      inferenceHandOff: 'lognormal-refit',
    });
    expect(methodOf(getCoefficientSet('cs-2026-12')!).inputTokens).toBe('prefill');
  });
});

describe('prefill of input tokens', () => {
  it('adds energy that grows faster than linearly with the input, and reports prefill and decoding apart', () => {
    const at = (inputTokens: number) => inference({ outputTokensPerRequest: 500, inputTokensPerRequest: inputTokens, estimate: epoch });
    const [short, long, longer] = [at(1_000), at(10_000), at(100_000)];
    expect(long.perRequest.energyWh.central).toBeGreaterThan(short.perRequest.energyWh.central);
    const prefill = (r: InferenceResult) => r.phases!.prefill.energyWh.central;
    expect(prefill(longer) / prefill(long)).toBeGreaterThan(10); // attention: more than proportional
    for (const r of [short, long, longer]) {
      expect(r.phases!.prefill.energyWh.central + r.phases!.decode.energyWh.central).toBeCloseTo(r.perRequest.energyWh.central, 9);
      expect(r.coefficientsUsed).toEqual(expect.arrayContaining(['prefill-utilisation', 'attention-crossover-tokens']));
    }
  });

  it('leaves a request without input tokens as Epoch AI’s baseline', () => {
    const r = inference({ outputTokensPerRequest: 500, estimate: epoch });
    expect(r.perRequest.energyWh.central).toBeCloseTo(0.301, 3);
    expect(r.phases).toBeUndefined();
    expect(r.warnings.join(' ')).toMatch(/No input tokens given: prefill is not counted/);
  });

  it('is counted by the parametric and proxy methods, from presets too', () => {
    const parametric = (inputTokensPerRequest: number) =>
      inference({ outputTokensPerRequest: 400, inputTokensPerRequest, estimate: { method: 'parametric', activeParamsB: 70 } });
    expect(parametric(20_000).perRequest.energyWh.central).toBeGreaterThan(parametric(0).perRequest.energyWh.central * 1.5);
    const drafting = inference(inferenceExamples['article-drafting'].input);
    expect(drafting.inputs.find((i) => i.path === 'inputTokensPerRequest')?.origin).toBe('preset');
    expect(drafting.phases!.prefill.energyWh.central).toBeGreaterThan(0);
  });

  it('adds the accelerator time prefill takes, and the embodied emissions of that time, in the parametric method', () => {
    const parametric = (inputTokensPerRequest: number) =>
      inference({ outputTokensPerRequest: 400, inputTokensPerRequest, estimate: { method: 'parametric', activeParamsB: 70 } });
    const [without, withInput] = [parametric(0), parametric(20_000)];
    const hours = (r: InferenceResult) => r.details.acceleratorHoursPerRequest!.central;
    const embodied = (r: InferenceResult) => r.breakdown.find((b) => b.element === 'embodied')!.emissionsG.central;
    const addedHours = hours(withInput) - hours(without);
    // 20,000 input tokens of a 70 B model take seconds of accelerator time, not hours or microseconds.
    expect(addedHours * 3600).toBeGreaterThan(0.1);
    expect(addedHours * 3600).toBeLessThan(60);
    const perHourG = embodiedGPerAcceleratorHour(parametricCoefficients(getCoefficientSet('cs-2026-12')!));
    expect(embodied(withInput) - embodied(without)).toBeCloseTo(addedHours * perHourG, 9);
  });

  it('is ignored, with a warning, by the released set', () => {
    const withInput = inference({ outputTokensPerRequest: 500, inputTokensPerRequest: 100_000, estimate: epoch }, OLD);
    const without = inference({ outputTokensPerRequest: 500, estimate: epoch }, OLD);
    expect(withInput.perRequest.energyWh.central).toBe(without.perRequest.energyWh.central);
    expect(withInput.warnings.join(' ')).toMatch(/not counted: the methods of coefficient set cs-2026-11 count output tokens only/);
  });
});

describe('proxy classes', () => {
  const classRequest = (modelClass: string, options = NEW) =>
    inference(
      { functionalUnit: 'request', estimate: { method: 'proxy', modelClass }, boundary: { ...dataCentre, embodied: false } },
      options,
    );

  it('contain, P5 to P95, the figures reported for models of their class', () => {
    const set = getCoefficientSet('cs-2026-12')!;
    let checked = 0;
    for (const k of set.modelClasses) {
      for (const id of k.referenceFigures ?? []) {
        const figure = set.coefficients.find((c) => c.id === id)!.value as number;
        const r = classRequest(k.id).perRequest.energyWh;
        expect(r.p5, `${k.id} P5 against ${id}`).toBeLessThanOrEqual(figure);
        expect(r.p95, `${k.id} P95 against ${id}`).toBeGreaterThanOrEqual(figure);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2); // Google 0.24 Wh and OpenAI 0.34 Wh for the large class
  });

  it('widen as less is known: the serving-range class is wider than the parameter-range one', () => {
    for (const k of ['small', 'large', 'frontier']) {
      const width = (r: InferenceResult) => r.perRequest.energyWh.p95 / r.perRequest.energyWh.p5;
      expect(width(classRequest(k)), k).toBeGreaterThan(width(classRequest(k, OLD)));
    }
  });

  it('sample batch size, accelerator memory and weight precision, each registered as a shown assumption', () => {
    const r = classRequest('large');
    for (const path of ['estimate.batchSize', 'estimate.acceleratorMemoryGb', 'estimate.weightPrecisionBits', 'estimate.methodSpread']) {
      const input = r.inputs.find((i) => i.path === path);
      expect(input?.assumption, path).toBe(true);
      expect(typeof input?.value).toBe('object');
    }
  });
});

describe('data-quality tiers', () => {
  it('on the same case, order the intervals: proxy ≥ modelled ≥ reported ≥ measured', () => {
    const useCase = inferenceExamples.summarisation.input;
    const width = (tier: (typeof tiers)[number]) => {
      const r = inference(tierInput(illustrativeTiers(useCase, 'cs-2026-12'), tier));
      const { low, high } = rangeEnds(r.perUnit.energyWh);
      return high / low;
    };
    const [measured, reported, modelled, proxy] = tiers.map(width);
    expect(reported).toBeGreaterThanOrEqual(measured!);
    expect(modelled).toBeGreaterThanOrEqual(reported!);
    expect(proxy).toBeGreaterThanOrEqual(modelled!);
  });

  it('take the synthetic bands of the measured and reported rows from labelled assumptions', () => {
    const set = getCoefficientSet('cs-2026-12')!;
    for (const id of ['tier-measured-band', 'tier-reported-band']) {
      const c = set.coefficients.find((x) => x.id === id)!;
      expect(c.assumption).toBe(true);
      expect(c.note).toMatch(/Synthetic/);
    }
  });
});

describe('bounds and distributions', () => {
  const moe = {
    outputTokensPerRequest: 500,
    estimate: { method: 'parametric', activeParamsB: { low: 44, high: 132 }, totalParamsB: 440, pue: 1.2 },
    boundary: { embodied: false },
  };

  it('report a bound as EcoLogits publishes it: the full range, minimum to maximum (1.063-1.917 Wh)', () => {
    const r = inference(moe);
    expect(r.range).toBe('min-max');
    expect(r.perRequest.energyWh.min!).toBeCloseTo(1.063, 2);
    expect(r.perRequest.energyWh.max!).toBeCloseTo(1.917, 2);
  });

  it('report a distribution as its P5-P95 likely range', () => {
    const r = inference({ ...moe, estimate: { ...moe.estimate, activeParamsB: { low: 44, high: 132, distribution: 'uniform' } } });
    expect(r.range).toBe('p5-p95');
    expect(r.perRequest.energyWh.min).toBeUndefined();
  });

  it('kept the released set’s reading: every range sampled and reported P5-P95', () => {
    expect(inference(moe, OLD).range).toBe('p5-p95');
  });

  it('contain the sampled values: min ≤ P5 ≤ central ≤ P95 ≤ max', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 400, noNaN: true }), fc.double({ min: 1.01, max: 5, noNaN: true }), (low, factor) => {
        const r = inference({ ...moe, estimate: { ...moe.estimate, activeParamsB: { low, high: low * factor }, totalParamsB: 2000 } }, {
          ...NEW,
          samples: 200,
        } as typeof NEW);
        const e = r.perRequest.energyWh;
        expect(e.min!).toBeLessThanOrEqual(e.p5);
        expect(e.p5).toBeLessThanOrEqual(e.central);
        expect(e.central).toBeLessThanOrEqual(e.p95);
        expect(e.p95).toBeLessThanOrEqual(e.max!);
      }),
      { numRuns: runs(40) },
    );
  });
});

describe('network models', () => {
  const base = { estimate: { method: 'measured', energyWhPerRequest: 0 }, boundary: { network: true } };
  const network = (network: object) => inference({ ...base, network }).breakdown.find((b) => b.element === 'network')!.energyWh.central;

  it('the power model allocates fixed power by delivery time and adds watts per Mbps', () => {
    const hour = network({ model: 'power', deliverySPerUnit: 3600, bitrateMbps: 4, lineMbps: 100 });
    expect(hour).toBeCloseTo(21.08, 6);
    expect(network({ model: 'power', deliverySPerUnit: 1800, bitrateMbps: 4, lineMbps: 100 })).toBeCloseTo(hour / 2, 9); // linear in time
    expect(network({ model: 'power', deliverySPerUnit: 3600, bitrateMbps: 8, lineMbps: 100 })).toBeCloseTo(hour + 0.08, 9);
  });

  it('the marginal model counts only traffic-proportional power: far below the average attribution', () => {
    const bytes = 1e9;
    const marginal = network({ model: 'marginal', bytesPerUnit: bytes });
    const average = network({ bytesPerUnit: bytes });
    expect(marginal).toBeCloseTo((0.02 * 8_000) / 3600, 9); // 8,000 Mbit x 0.02 W/Mbps = 160 J
    expect(average).toBeCloseTo(6.5, 9);
    expect(marginal).toBeLessThan(average / 100);
  });

  it('are refused with a field message by a set that lacks the power model', () => {
    const outcome = evaluateInference({ ...base, network: { model: 'power' } }, OLD);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors[0]).toEqual({
      path: 'network.model',
      message: 'The power network model is not available in coefficient set cs-2026-11; use energy-intensity or a later set',
    });
  });

  it('audience-scale delivery: per reader view, network and device by reading time outweigh a cached summary', () => {
    const cached = inference(inferenceExamples['reader-summaries'].input);
    const perReader = inference(inferenceExamples['reader-summaries-per-reader'].input);
    const e = (r: InferenceResult, element: string) => r.breakdown.find((b) => b.element === element)!.energyWh.central;
    expect(cached.functionalUnit.id).toBe('view');
    expect(e(cached, 'network') + e(cached, 'endUserDevice')).toBeGreaterThan(cached.dataCentre.energyWh.central * 100);
    // Generated for every view, generation grows by the views per summary; delivery and devices do not change.
    expect(perReader.dataCentre.energyWh.central / cached.dataCentre.energyWh.central).toBeCloseTo(20_000_000 / 3_000, -2);
    expect(e(perReader, 'network')).toBe(e(cached, 'network'));
    // The line's power over 15 s of reading: (1.5 + 0.03 x 100 + 16.5 + 0.02 x bitrate) W x 15 s.
    expect(e(cached, 'network')).toBeCloseTo(((1.5 + 3 + 16.5 + 0.02 * ((500 * 8) / 1e6 / 15)) * 15) / 3600, 9);
    expect(cached.totals).toMatchObject({ period: 'month' });
    expect(cached.totals!.unitsPerPeriod.central).toBe(20_000_000);
  });
});

describe('speech, sessions and periods', () => {
  it('speech models: energy is audio time x real-time factor x power, and the speed is a shown assumption', () => {
    const r = inference({
      functionalUnit: 'audio-minute',
      estimate: { method: 'realtime', realTimeFactor: 0.01, acceleratorPowerW: 500 },
      boundary: { accelerators: true, hostCpuRam: false, idleCapacity: false, dataCentreOverhead: false },
    });
    expect(r.perUnit.energyWh.central).toBeCloseTo((60 * 0.01 * 500) / 3600, 12);
    const preset = inference(inferenceExamples['transcription-speech'].input);
    expect(preset.inputs.find((i) => i.path === 'estimate.realTimeFactor')?.assumption).toBe(true);
    expect(preset.warnings.join(' ')).toMatch(/Speech model speed is an assumption/);
  });

  it('chat is measured per session in the 0.3 set', () => {
    const r = inference(inferenceExamples['chat-assistant'].input);
    expect(r.functionalUnit).toEqual({ id: 'chat-session', label: 'per chat session' });
    expect(r.requestsPerUnit.p95).toBeGreaterThan(r.requestsPerUnit.p5);
  });

  it('a weekly volume is labelled as a week’s', () => {
    const r = inference({ estimate: { method: 'reported', energyWhPerRequest: 0.3 }, volume: { unitsPerPeriod: 700, period: 'week' } });
    expect(r.totals).toMatchObject({ period: 'week' });
    expect(r.totals!.energyWh.central).toBeCloseTo(210, 9);
  });
});

describe('the counterfactual, like for like', () => {
  it('counts embodied emissions on both sides when the AI step does, and none when it does not', () => {
    const cf = evaluateCounterfactual(counterfactualExamples['article-drafting'].input, NEW);
    if (!cf.ok) throw new Error(JSON.stringify(cf.errors));
    const paths = cf.result.inputs.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['ai.device.embodiedKg', 'baseline.device.embodiedKg', 'devices.lifetimeYears', 'devices.useHoursPerYear']),
    );
    const summarisation = evaluateCounterfactual(counterfactualExamples.summarisation.input, NEW);
    if (!summarisation.ok) throw new Error('does not evaluate');
    expect(summarisation.result.inputs.some((i) => i.path.endsWith('embodiedKg'))).toBe(false);
  });

  it('moves network transfer to its marginal energy, unless the reader chose a model', () => {
    const cf = evaluateCounterfactual(counterfactualExamples['article-drafting'].input, NEW);
    expect(cf.ok && cf.result.warnings.join(' ')).toMatch(/marginal energy/);
  });

  it('passes the AI step’s draws on: its median and range arrive unchanged', () => {
    const input = counterfactualExamples['article-drafting'].input;
    const { outcome } = evaluateInferenceWithDraws(input.ai.inference, NEW);
    const cf = evaluateCounterfactual({ ...input, ai: { ...input.ai, reviewTimeH: 0 }, baseline: { kind: 'nothing' }, rebound: 1 }, NEW);
    if (!outcome.ok || !cf.ok) throw new Error('does not evaluate');
    // Baseline "nothing", no review: the AI side per task is the inference step's marginal-network result.
    const inferenceMarginal = evaluateInference({ ...input.ai.inference, network: { model: 'marginal' } }, NEW);
    if (!inferenceMarginal.ok) throw new Error('does not evaluate');
    expect(cf.result.perTask.ai.emissionsG.central).toBeCloseTo(inferenceMarginal.result.perUnit.emissionsG.central, 9);
    expect(cf.result.perTask.ai.emissionsG.p5).toBeCloseTo(inferenceMarginal.result.perUnit.emissionsG.p5, 9);
    expect(cf.result.perTask.ai.emissionsG.p95).toBeCloseTo(inferenceMarginal.result.perUnit.emissionsG.p95, 9);
  });

  it('labels a supplied rebound multiplier as an assumption', () => {
    const cf = evaluateCounterfactual(counterfactualExamples['article-drafting'].input, NEW);
    if (!cf.ok) throw new Error('does not evaluate');
    expect(cf.result.inputs.find((i) => i.path === 'rebound')?.assumption).toBe(true);
    expect(cf.result.warnings.join(' ')).toMatch(/rebound multiplier is an assumption: no published coefficient/);
  });
});

describe('training warnings and break-even', () => {
  it('flags a training grid taken from the inference grid', () => {
    const r = inference({
      estimate: { method: 'reported', energyWhPerRequest: 0.3 },
      boundary: { training: true },
      training: { energyMWh: 1000, lifetimeRequests: 1e9 },
    });
    expect(r.warnings.join(' ')).toMatch(/No training grid intensity given: training emissions use the inference grid/);
  });

  it('gives no emissions break-even when only the inference energy is known', () => {
    const outcome = evaluateTraining({
      energy: { method: 'reported', energyMWh: 1287 },
      allocation: { method: 'amortise', lifetimeInferences: 1e9, inferenceEnergyWhPerUnit: 0.3 },
    });
    if (!outcome.ok) throw new Error('does not evaluate');
    expect(outcome.result.allocation.breakEvenInferences?.energy?.central).toBeCloseTo(1287e6 / 0.3, -3);
    expect(outcome.result.allocation.breakEvenInferences?.emissions).toBeUndefined();
    expect(outcome.result.warnings.join(' ')).toMatch(/emissions break-even cannot be computed/);
  });
});

describe('bad input to the new fields', () => {
  const errorsOf = (raw: unknown) => {
    const outcome = evaluateInference(raw, NEW);
    return outcome.ok ? [] : outcome.errors;
  };
  it.each([
    [
      { estimate: epoch, outputTokensPerRequest: 500, inputTokensPerRequest: -1 },
      'inputTokensPerRequest',
      /Input tokens per request must be between 0 and/,
    ],
    [
      { estimate: epoch, outputTokensPerRequest: 500, inputTokensPerRequest: 'many' },
      'inputTokensPerRequest',
      /Input tokens per request must be a number/,
    ],
    [
      { estimate: { method: 'realtime', realTimeFactor: 0 } },
      'estimate.realTimeFactor',
      /Processing time per second of audio must be above 0/,
    ],
    [
      { estimate: { method: 'realtime', audioSecondsPerRequest: -5 } },
      'estimate.audioSecondsPerRequest',
      /Audio per request must be above 0/,
    ],
    [
      { estimate: { method: 'reported', energyWhPerRequest: 1 }, network: { model: 'satellite' } },
      'network.model',
      /Network model must be energy-intensity, power or marginal/,
    ],
    [
      { estimate: { method: 'reported', energyWhPerRequest: 1 }, boundary: { network: true }, network: { model: 'power', lineMbps: 0 } },
      'network.lineMbps',
      /Access line capacity must be above 0/,
    ],
    [
      { estimate: { method: 'reported', energyWhPerRequest: 1 }, network: { bitrateMbps: 1e9 } },
      'network.bitrateMbps',
      /Delivery bitrate must be between 0 and 10,000 Mbps/,
    ],
    [
      { estimate: { method: 'reported', energyWhPerRequest: 1 }, volume: { unitsPerPeriod: 5, period: 'fortnight' } },
      'volume.period',
      /Period must be week, month or year/,
    ],
  ])('refuses %j at %s with a field message', (raw, path, message) => {
    const errors = errorsOf(raw);
    expect(errors.find((e) => e.path === path)?.message).toMatch(message);
    expect(JSON.stringify(errors)).not.toMatch(/NaN|Infinity/);
  });
});
