/**
 * Counterfactual model: net change from an AI-assisted workflow against the workflow it replaces,
 * with marginal device energy as the baseline (the defensible method), rebound as a volume multiplier,
 * and the top-down per-capita method of tomlinson-2024 computed alongside and labelled as advised against.
 */
import { methodOf } from '../coefficients/methods.ts';
import { InputCollector } from '../core/collector.ts';
import { resolveGrid } from '../core/grid.ts';
import { propagate, type EmpiricalInput } from '../core/propagate.ts';
import type { EvaluateOptions, EvaluateOutcome, Interval, ResultMeta, SensitivityTable } from '../core/result.ts';
import { runModel } from '../core/run.ts';
import type { ModelContext } from '../core/run.ts';
import { SlotLayout } from '../core/slots.ts';
import { emissionsG as imported_emissionsG } from '../core/units.ts';
import {
  deviceEmbodiedG as imported_deviceEmbodiedG,
  netChangePerPeriod as imported_netChangePerPeriod,
  netChangePerTask as imported_netChangePerTask,
  topDownPerTaskG as imported_topDownPerTaskG,
} from './equations.ts';
import type { FieldSpec, UncertainNumber } from '../core/uncertain.ts';
import { evaluateInference, evaluateInferenceWithDraws } from '../inference/model.ts';
import type { InferenceResult } from '../inference/model.ts';
import type { Period } from '../inference/schema.ts';
import { counterfactualFields as f, counterfactualInputSchema, counterfactualLabels } from './schema.ts';
import type { CounterfactualInput } from './schema.ts';

// Bound in this module: an imported binding read in the sampling loop costs more than the arithmetic
// under some module runners (vitest's).
const deviceEmbodiedG = imported_deviceEmbodiedG;
const emissionsG = imported_emissionsG;
const netChangePerTask = imported_netChangePerTask;
const netChangePerPeriod = imported_netChangePerPeriod;
const topDownPerTaskG = imported_topDownPerTaskG;

export interface WorkflowFootprint {
  energyWh: Interval;
  emissionsG: Interval;
}

export interface CounterfactualResult extends ResultMeta {
  model: 'counterfactual';
  label?: string;
  task?: string;
  method: 'marginal-device-energy';
  baselineKind: 'human' | 'nothing';
  perTask: {
    ai: WorkflowFootprint & { inferenceEmissionsG: Interval; reviewEmissionsG: Interval };
    baseline: WorkflowFootprint;
    /** AI minus baseline: negative means the AI workflow avoids emissions. */
    netChange: WorkflowFootprint;
    /** AI emissions / baseline emissions (absent when the baseline is nothing). */
    ratio?: Interval;
  };
  perPeriod?: {
    period: Period;
    tasks: Interval;
    rebound: Interval;
    ai: WorkflowFootprint;
    baseline: WorkflowFootprint;
    netChange: WorkflowFootprint;
  };
  /** Conditions at which the AI workflow stops saving emissions (absent when the baseline is nothing). */
  breakEven?: {
    /** Most requests per task before AI emissions reach the baseline's. */
    maxRequestsPerTask: Interval;
    /** Largest rebound multiplier before period emissions rise. */
    maxRebound: Interval;
    /** Longest review time (h) before AI emissions reach the baseline's. */
    maxReviewTimeH: Interval;
  };
  /** tomlinson-2024's top-down per-capita baseline: shown for comparison, advised against. */
  topDown?: {
    method: 'top-down-per-capita';
    advisedAgainst: true;
    note: string;
    humanPerTaskG: Interval;
    /** AI emissions / top-down human emissions, per task. */
    ratio: Interval;
  };
  inference?: InferenceResult;
  sensitivity: SensitivityTable[];
}

const layout = new SlotLayout();
const OUT = layout.named([
  'aiE',
  'aiG',
  'aiInfG',
  'aiReviewG',
  'baseE',
  'baseG',
  'netE',
  'netG',
  'ratio',
  'tasks',
  'rebound',
  'pAiE',
  'pAiG',
  'pBaseE',
  'pBaseG',
  'pNetE',
  'pNetG',
  'beRequests',
  'beRebound',
  'beReview',
  'tdG',
  'tdRatio',
]);
const OUTPUTS = layout.count;

const TOP_DOWN_NOTE =
  'Top-down per-capita method (tomlinson-2024): a person’s whole annual footprint allocated to writing time. The guidance advises against it: the person’s baseline emissions occur whether or not they write, so only marginal device energy belongs in a substitution counterfactual (rockpool-2024).';

const deviceEmbodiedCoefficient: Record<string, string> = {
  laptop: 'device-laptop-embodied-kg',
  'desktop-monitor': 'device-desktop-monitor-embodied-kg',
  smartphone: 'device-smartphone-embodied-kg',
};

export function evaluateCounterfactual(raw: unknown, options?: EvaluateOptions): EvaluateOutcome<CounterfactualResult> {
  return runModel(counterfactualInputSchema, counterfactualLabels, raw, options, buildCounterfactual);
}

/** An inference interval as an input range: lognormal with the same P5 and P95 (point if degenerate). */
function intervalAsInput(interval: Interval): UncertainNumber {
  if (interval.p95 > interval.p5 && interval.p5 > 0) return { low: interval.p5, high: interval.p95, distribution: 'lognormal' };
  return interval.central;
}

/** An inference interval as an empirical input: its own draws, its central value and the ends its range reports. */
function drawsAsInput(interval: Interval, draws: Float64Array, bound: boolean): EmpiricalInput {
  return bound
    ? { draws, central: interval.central, low: interval.min ?? interval.p5, high: interval.max ?? interval.p95, bound }
    : { draws, central: interval.central, low: interval.p5, high: interval.p95, bound };
}

function buildCounterfactual(input: CounterfactualInput, context: ModelContext): EvaluateOutcome<CounterfactualResult> {
  const method = methodOf(context.set);
  const likeForLike = method.counterfactual === 'like-for-like';
  const c = new InputCollector(context.set);
  c.useSource('luccioni-2025-jevons', 'ghg-protocol-product');
  const ai = input.ai;
  const empirical = new Map<number, EmpiricalInput>();

  // AI step: from the inference model, or direct per-request figures.
  let inference: InferenceResult | undefined;
  let iAiE: number;
  let iAiG: number;
  let iRequests: number;
  if (ai.inference) {
    // A counterfactual is consequential: network transfer counts the energy the traffic adds.
    const inferenceInput =
      likeForLike && ai.inference.boundary?.network && !ai.inference.network?.model
        ? { ...ai.inference, network: { ...ai.inference.network, model: 'marginal' as const } }
        : ai.inference;
    const options = { coefficientSet: context.set.id, samples: context.options.samples, seed: context.options.seed };
    const handOffDraws = method.inferenceHandOff === 'samples';
    const evaluated = handOffDraws
      ? evaluateInferenceWithDraws(inferenceInput, options)
      : { outcome: evaluateInference(inferenceInput, options), draws: undefined };
    const outcome = evaluated.outcome;
    if (!outcome.ok)
      return {
        ok: false,
        errors: outcome.errors.map((e) => ({ path: e.path ? `ai.inference.${e.path}` : 'ai.inference', message: e.message })),
      };
    inference = outcome.result;
    for (const id of inference.coefficientsUsed) c.coefficientsUsed.add(id);
    for (const id of inference.sourceIds) c.sourceIds.add(id);
    for (const w of inference.warnings) c.warn(`AI step: ${w}`);
    const perTaskFromUnit = ai.requestsPerTask === undefined;
    const flow = perTaskFromUnit ? inference.perUnit : inference.perRequest;
    const what = perTaskFromUnit ? `per ${inference.functionalUnit.label.replace('per ', '')} (one task)` : 'per request';
    const energySpec = { label: `AI energy ${what}`, unit: 'Wh', min: 0, max: Infinity };
    const emissionsSpec = { label: `AI emissions ${what}`, unit: 'gCO2e', min: 0, max: Infinity };
    if (handOffDraws) {
      // The inference's own draws, paired sample by sample: its median and range pass on unchanged.
      iAiE = c.computed('ai.inference.energyWh', energySpec, flow.energyWh.central);
      iAiG = c.computed('ai.inference.emissionsG', emissionsSpec, flow.emissionsG.central);
      const draws = evaluated.draws;
      if (draws) {
        const bound = inference.range === 'min-max';
        empirical.set(iAiE, drawsAsInput(flow.energyWh, perTaskFromUnit ? draws.unitE : draws.requestE, bound));
        empirical.set(iAiG, drawsAsInput(flow.emissionsG, perTaskFromUnit ? draws.unitG : draws.requestG, bound));
      }
    } else {
      iAiE = c.computed('ai.inference', energySpec, intervalAsInput(flow.energyWh));
      iAiG = c.computed('ai.inference', emissionsSpec, intervalAsInput(flow.emissionsG));
    }
    iRequests = perTaskFromUnit
      ? c.fixedDefault('ai.requestsPerTask', f.requestsPerTask, 1)
      : c.supplied('ai.requestsPerTask', f.requestsPerTask, ai.requestsPerTask as UncertainNumber);
    if (perTaskFromUnit) c.warn(`The task is one functional unit of the AI step (${inference.functionalUnit.label}).`);
  } else {
    if (ai.energyWhPerRequest === undefined) {
      return {
        ok: false,
        errors: [
          {
            path: 'ai.energyWhPerRequest',
            message: 'Give the AI step as an inference input (ai.inference) or as AI energy per request in Wh (0 or more)',
          },
        ],
      };
    }
    iAiE = c.supplied('ai.energyWhPerRequest', f.energyWhPerRequest, ai.energyWhPerRequest);
    iAiG =
      ai.emissionsGPerRequest !== undefined ? c.supplied('ai.emissionsGPerRequest', f.emissionsGPerRequest, ai.emissionsGPerRequest) : -1;
    iRequests =
      ai.requestsPerTask !== undefined
        ? c.supplied('ai.requestsPerTask', f.requestsPerTask, ai.requestsPerTask)
        : c.fixedDefault('ai.requestsPerTask', f.requestsPerTask, 1);
  }

  const grid = resolveGrid(c, input.grid);
  if (!grid.ok) return grid;
  const iGrid = grid.value.index;
  if (iAiG < 0) c.warn('AI emissions per request computed from its energy at the device grid intensity (no emissions figure given).');

  const deviceIndex = (
    path: string,
    device: { type?: 'laptop' | 'desktop-monitor' | 'smartphone' | undefined; powerW?: UncertainNumber | undefined } | undefined,
  ): number => {
    const preset = context.set.devices.find((d) => d.id === (device?.type ?? 'laptop'));
    const spec: FieldSpec = { ...f.devicePowerW, label: path.startsWith('ai') ? 'Reviewer’s device power' : 'Baseline device power' };
    return c.pick(`${path}.powerW`, spec, device?.powerW, preset?.coefficientId ?? 'device-laptop-w');
  };
  const iReview =
    ai.reviewTimeH !== undefined
      ? c.supplied('ai.reviewTimeH', f.reviewTimeH, ai.reviewTimeH)
      : c.fixedDefault('ai.reviewTimeH', f.reviewTimeH, 0);
  if (ai.reviewTimeH === undefined) c.warn('No human review time given: the AI output is taken as used without review.');
  const iAiDevice = deviceIndex('ai.device', ai.device);

  // Like for like: people's devices carry embodied emissions (time share) when the AI step's data centre does.
  const embodiedBothSides = likeForLike && (inference ? inference.boundary.some((b) => b.element === 'embodied' && b.included) : false);
  let iLifeYears = -1;
  let iUseHours = -1;
  const deviceEmbodiedIndex = (path: string, type: string | undefined): number => {
    const spec: FieldSpec = {
      label: path.startsWith('ai') ? 'Reviewer’s device embodied emissions' : 'Baseline device embodied emissions',
      unit: 'kgCO2e',
      min: 0,
      max: 100_000,
    };
    return c.fromCoefficient(`${path}.embodiedKg`, spec, deviceEmbodiedCoefficient[type ?? 'laptop'] ?? 'device-laptop-embodied-kg');
  };
  let iAiDeviceEmbodied = -1;
  if (embodiedBothSides) {
    iLifeYears = c.fromCoefficient(
      'devices.lifetimeYears',
      { label: 'Device life', unit: 'years', min: 0, max: 50, minExclusive: true },
      'device-lifetime-years',
    );
    iUseHours = c.fromCoefficient(
      'devices.useHoursPerYear',
      { label: 'Device use per year', unit: 'h', min: 0, max: 8_760, minExclusive: true },
      'device-use-hours-per-year',
    );
    iAiDeviceEmbodied = deviceEmbodiedIndex('ai.device', ai.device?.type);
    c.useSource('gsf-sci-2024');
    c.warn(
      'Like for like: people’s devices carry their embodied emissions by time share (SCI), as the AI step’s data-centre hardware does; device footprints and use hours are assumptions.',
    );
  } else if (likeForLike && inference) {
    c.warn('Like for like: the AI step leaves out embodied hardware, so neither side counts embodied emissions.');
  }

  const baseline = input.baseline;
  let iHumanH = -1;
  let iBaseDevice = -1;
  let iBaseDeviceEmbodied = -1;
  let iTravel = -1;
  let iOtherE = -1;
  let iOtherG = -1;
  if (baseline.kind === 'human') {
    iHumanH = c.supplied('baseline.humanTimeH', f.humanTimeH, baseline.humanTimeH);
    iBaseDevice = deviceIndex('baseline.device', baseline.device);
    if (embodiedBothSides) iBaseDeviceEmbodied = deviceEmbodiedIndex('baseline.device', baseline.device?.type);
    if (baseline.travelEmissionsG !== undefined)
      iTravel = c.supplied('baseline.travelEmissionsG', f.travelEmissionsG, baseline.travelEmissionsG);
    if (baseline.otherEnergyWh !== undefined) iOtherE = c.supplied('baseline.otherEnergyWh', f.otherEnergyWh, baseline.otherEnergyWh);
    if (baseline.otherEmissionsG !== undefined)
      iOtherG = c.supplied('baseline.otherEmissionsG', f.otherEmissionsG, baseline.otherEmissionsG);
    c.warn('Baseline: marginal device energy of the human workflow (device power is an assumption), not the person’s whole footprint.');
  } else {
    c.warn('Baseline "nothing": the AI output is additional, so the whole AI footprint is a net increase.');
  }

  let iTasks = -1;
  if (input.volume) iTasks = c.supplied('volume.tasksPerPeriod', f.tasksPerPeriod, input.volume.tasksPerPeriod);
  const iRebound =
    input.rebound !== undefined ? c.supplied('rebound', f.rebound, input.rebound, true) : c.fixedDefault('rebound', f.rebound, 1);
  if (input.rebound === undefined)
    c.warn(
      'No rebound given: AI tasks are assumed to replace human tasks one for one (rebound 1); per-unit gains can raise total use (luccioni-2025-jevons).',
    );
  else
    c.warn(
      'The rebound multiplier is an assumption: no published coefficient exists (luccioni-2025-jevons discusses rebound without one).',
    );

  let iAnnual = -1;
  let iWph = -1;
  let iWpp = -1;
  if (input.topDown) {
    iAnnual = c.pick(
      'topDown.annualFootprintTCO2e',
      f.annualFootprintTCO2e,
      input.topDown.annualFootprintTCO2e,
      'tomlinson-annual-footprint-t',
    );
    iWph = c.pick('topDown.wordsPerHour', f.wordsPerHour, input.topDown.wordsPerHour, 'tomlinson-words-per-hour');
    iWpp = c.pick('topDown.wordsPerPage', f.wordsPerPage, input.topDown.wordsPerPage, 'tomlinson-words-per-page');
    c.useSource('tomlinson-2024', 'rockpool-2024');
    c.warn('The top-down per-capita method is shown for comparison only: the guidance advises against it.');
  }

  const compute = (v: Float64Array, out: Float64Array): void => {
    const grid = v[iGrid] as number;
    const requests = v[iRequests] as number;
    const perRequestE = v[iAiE] as number;
    const perRequestG = iAiG >= 0 ? (v[iAiG] as number) : emissionsG(perRequestE, grid);
    const reviewE = (v[iReview] as number) * (v[iAiDevice] as number); // h x W = Wh
    // People's devices' embodied emissions by time share (gsf-sci-2024), for the hours each side uses them.
    const lifeYears = iLifeYears >= 0 ? (v[iLifeYears] as number) : 1;
    const useHoursPerYear = iUseHours >= 0 ? (v[iUseHours] as number) : 1;
    const reviewEmbodiedG =
      iAiDeviceEmbodied >= 0 ? deviceEmbodiedG(v[iReview] as number, v[iAiDeviceEmbodied] as number, lifeYears, useHoursPerYear) : 0;
    const reviewG = emissionsG(reviewE, grid) + reviewEmbodiedG;
    const aiE = requests * perRequestE + reviewE;
    const aiInfG = requests * perRequestG;
    const aiG = aiInfG + reviewG;
    let baseE = 0;
    let baseG = 0;
    let deviceGPerH = 0;
    if (iHumanH >= 0) {
      const deviceE = (v[iHumanH] as number) * (v[iBaseDevice] as number);
      baseE = deviceE + (iOtherE >= 0 ? (v[iOtherE] as number) : 0);
      const baseEmbodiedG =
        iBaseDeviceEmbodied >= 0 ? deviceEmbodiedG(v[iHumanH] as number, v[iBaseDeviceEmbodied] as number, lifeYears, useHoursPerYear) : 0;
      baseG =
        emissionsG(baseE, grid) + baseEmbodiedG + (iTravel >= 0 ? (v[iTravel] as number) : 0) + (iOtherG >= 0 ? (v[iOtherG] as number) : 0);
      deviceGPerH =
        emissionsG(v[iAiDevice] as number, grid) +
        (iAiDeviceEmbodied >= 0 ? deviceEmbodiedG(1, v[iAiDeviceEmbodied] as number, lifeYears, useHoursPerYear) : 0);
    }
    out[OUT.aiE] = aiE;
    out[OUT.aiG] = aiG;
    out[OUT.aiInfG] = aiInfG;
    out[OUT.aiReviewG] = reviewG;
    out[OUT.baseE] = baseE;
    out[OUT.baseG] = baseG;
    out[OUT.netE] = netChangePerTask(aiE, baseE);
    out[OUT.netG] = netChangePerTask(aiG, baseG);
    out[OUT.ratio] = baseG > 0 ? aiG / baseG : 0;
    const tasks = iTasks >= 0 ? (v[iTasks] as number) : 0;
    const rebound = v[iRebound] as number;
    // Rebound as a volume multiplier: AI tasks = tasks x rebound; the baseline covers the original tasks.
    out[OUT.tasks] = tasks;
    out[OUT.rebound] = rebound;
    out[OUT.pAiE] = aiE * tasks * rebound;
    out[OUT.pAiG] = aiG * tasks * rebound;
    out[OUT.pBaseE] = baseE * tasks;
    out[OUT.pBaseG] = baseG * tasks;
    out[OUT.pNetE] = netChangePerPeriod(aiE, baseE, tasks, rebound);
    out[OUT.pNetG] = netChangePerPeriod(aiG, baseG, tasks, rebound);
    // Break-even conditions (0 when the AI workflow never saves emissions).
    out[OUT.beRequests] = perRequestG > 0 ? Math.max(0, (baseG - reviewG) / perRequestG) : 0;
    out[OUT.beRebound] = aiG > 0 ? baseG / aiG : 0;
    out[OUT.beReview] = deviceGPerH > 0 ? Math.max(0, (baseG - aiInfG) / deviceGPerH) : 0;
    // tomlinson-2024: annual footprint / hours per year / words per hour x words per page.
    const topDownG = iAnnual >= 0 ? topDownPerTaskG(v[iAnnual] as number, v[iWpp] as number, v[iWph] as number) : 0;
    out[OUT.tdG] = topDownG;
    out[OUT.tdRatio] = topDownG > 0 ? aiG / topDownG : 0;
  };

  const run = propagate({
    inputs: c.inputs,
    outputCount: OUTPUTS,
    compute,
    samples: context.options.samples,
    seed: context.options.seed,
    bounds: method.bounds,
    empirical,
    sensitivity: [
      { output: OUT.netG, metric: 'Net change in emissions per task', unit: 'gCO2e' },
      { output: OUT.netE, metric: 'Net change in energy per task', unit: 'Wh' },
    ],
  });
  const iv = (k: number) => run.intervals[k] as Interval;
  if (iTasks >= 0 && !input.volume?.period) c.defaulted('volume.period');
  const meta = c.meta(run, context.options.seed);
  const result: CounterfactualResult = {
    model: 'counterfactual',
    method: 'marginal-device-energy',
    baselineKind: baseline.kind,
    perTask: {
      ai: { energyWh: iv(OUT.aiE), emissionsG: iv(OUT.aiG), inferenceEmissionsG: iv(OUT.aiInfG), reviewEmissionsG: iv(OUT.aiReviewG) },
      baseline: { energyWh: iv(OUT.baseE), emissionsG: iv(OUT.baseG) },
      netChange: { energyWh: iv(OUT.netE), emissionsG: iv(OUT.netG) },
      ...(baseline.kind === 'human' ? { ratio: iv(OUT.ratio) } : {}),
    },
    sensitivity: run.sensitivity,
    ...meta,
  };
  if (iTasks >= 0) {
    result.perPeriod = {
      period: input.volume?.period ?? 'year',
      tasks: iv(OUT.tasks),
      rebound: iv(OUT.rebound),
      ai: { energyWh: iv(OUT.pAiE), emissionsG: iv(OUT.pAiG) },
      baseline: { energyWh: iv(OUT.pBaseE), emissionsG: iv(OUT.pBaseG) },
      netChange: { energyWh: iv(OUT.pNetE), emissionsG: iv(OUT.pNetG) },
    };
  }
  if (baseline.kind === 'human') {
    result.breakEven = { maxRequestsPerTask: iv(OUT.beRequests), maxRebound: iv(OUT.beRebound), maxReviewTimeH: iv(OUT.beReview) };
  }
  if (iAnnual >= 0) {
    result.topDown = {
      method: 'top-down-per-capita',
      advisedAgainst: true,
      note: TOP_DOWN_NOTE,
      humanPerTaskG: iv(OUT.tdG),
      ratio: iv(OUT.tdRatio),
    };
  }
  if (inference) result.inference = inference;
  if (input.label !== undefined) result.label = input.label;
  if (input.task !== undefined) result.task = input.task;
  return { ok: true, result };
}
