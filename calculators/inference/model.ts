/**
 * Inference model: energy and emissions per functional unit, by data-quality tier, with a boundary the
 * reader switches element by element. A method computes the elements its source covers (methods/);
 * the engine fills the rest of the chosen boundary with its own coefficients and flags each one.
 */
import { methodOf } from '../coefficients/methods.ts';
import { coefficient } from '../coefficients/registry.ts';
import type { FunctionalUnit, MediaPreset } from '../coefficients/schema.ts';
import { InputCollector } from '../core/collector.ts';
import { resolveGrid } from '../core/grid.ts';
import { propagate } from '../core/propagate.ts';
import type { EvaluateOptions, EvaluateOutcome, Interval, ResultMeta, SensitivityTable } from '../core/result.ts';
import { runModel } from '../core/run.ts';
import type { ModelContext } from '../core/run.ts';
import { SlotLayout } from '../core/slots.ts';
import { scaleInterval } from '../core/stats.ts';
import { emissionsG as imported_emissionsG } from '../core/units.ts';
import { amortisedPerUnit as imported_amortisedPerUnit } from '../training/amortise.ts';
import { boundaryElements, boundaryLabels, dataCentreElements } from './boundary.ts';
import type { BoundaryElement, ElementTreatment } from './boundary.ts';
import { embodiedGPerAcceleratorHour, parametricCoefficients } from './ecologits.ts';
import {
  deviceEnergyWh as imported_deviceEnergyWh,
  elementFromSharesWh,
  impliedOverheadWh as imported_impliedOverheadWh,
  overheadWh as imported_overheadWh,
} from './equations.ts';
import { resolveMethod } from './methods/index.ts';
import { resolveNetwork } from './network.ts';
import { fields, inferenceInputSchema, inferenceLabels } from './schema.ts';
import type { InferenceEstimate, InferenceInput, Period } from './schema.ts';
import { emptySource } from './source.ts';
import { boundaryStatement, type BoundaryStatement } from './statement.ts';
import { countedUnits, functionalUnitLabels, tokenUnitScale } from './units.ts';

export { functionalUnitLabels } from './units.ts';

const G_PER_TONNE = 1_000_000;
const WH_PER_MWH = 1_000_000;
// The equations annex's functions, bound locally for the sampling loop (under vitest's module runner an
// imported binding is a getter); V8 inlines them, so the loop costs what the inline arithmetic did.
const emissionsG = imported_emissionsG;
const amortisedPerUnit = imported_amortisedPerUnit;
const deviceEnergyWh = imported_deviceEnergyWh;
const impliedOverheadWh = imported_impliedOverheadWh;
const overheadWh = imported_overheadWh;

export type DataQualityTier = 'measured' | 'reported' | 'modelled' | 'proxy';
export type InferenceMethod = InferenceEstimate['method'];

export interface ElementResult {
  element: BoundaryElement;
  label: string;
  included: boolean;
  treatment: ElementTreatment;
  /** Per functional unit. */
  energyWh: Interval;
  emissionsG: Interval;
}

export interface FlowResult {
  energyWh: Interval;
  emissionsG: Interval;
}

export interface InferenceResult extends ResultMeta {
  model: 'inference';
  label?: string;
  method: InferenceMethod;
  tier: DataQualityTier;
  functionalUnit: { id: FunctionalUnit; label: string };
  /** Headline: per functional unit, over the chosen boundary. */
  perUnit: FlowResult;
  perRequest: FlowResult;
  /** Conversions between functional units (token-based ones only when tokens per request are known). */
  conversions: {
    perRequest: FlowResult;
    perToken?: FlowResult;
    per1000Tokens?: FlowResult;
    perMillionTokens?: FlowResult;
    perUnit: FlowResult;
  };
  /** Requests per functional unit (1 for "request"). */
  requestsPerUnit: Interval;
  breakdown: ElementResult[];
  boundary: { element: BoundaryElement; label: string; included: boolean; treatment: ElementTreatment }[];
  /** What the figure covers, in words, and whether it meets the guidance's minimum boundary. */
  boundaryStatement: BoundaryStatement;
  grid: { presetId?: string; basis: 'location' | 'market'; intensityGPerKWh: Interval };
  totals?: { period: Period; unitsPerPeriod: Interval; energyWh: Interval; emissionsG: Interval };
  /**
   * Data-centre energy and emissions (embodied included) per functional unit, split into prefill (the
   * input tokens) and decoding: present when the set counts input tokens and the method models tokens.
   */
  phases?: { prefill: FlowResult; decode: FlowResult };
  /** The data-centre part per functional unit: accelerators, host, idle capacity and overhead (and embodied emissions) inside the boundary. */
  dataCentre: FlowResult;
  /** Method details: GPU count and generation latency for parametric and proxy methods. */
  details: { gpus?: Interval; latencyS?: Interval; acceleratorHoursPerRequest?: Interval };
  sensitivity: SensitivityTable[];
}

const tierOf: Record<InferenceMethod, DataQualityTier> = {
  measured: 'measured',
  reported: 'reported',
  flop: 'modelled',
  parametric: 'modelled',
  benchmark: 'modelled',
  realtime: 'modelled',
  proxy: 'proxy',
};

/** Methods that model from tokens: they need output tokens and may count input tokens. */
const tokenMethods = new Set<InferenceMethod>(['flop', 'parametric', 'proxy']);

// The output vector: per-unit energy and emissions of every element, then the named quantities.
const layout = new SlotLayout();
const ELEMENT_E = layout.group(boundaryElements);
const ELEMENT_G = layout.group(boundaryElements);
const OUT = layout.named([
  'unitE',
  'unitG',
  'requestE',
  'requestG',
  'tokenE',
  'tokenG',
  'totalE',
  'totalG',
  'gpus',
  'latency',
  'accHours',
  'requestsPerUnit',
  'grid',
  'volume',
  'prefillE',
  'prefillG',
  'decodeE',
  'decodeG',
  'dataCentreE',
  'dataCentreG',
]);
const OUTPUTS = layout.count;

/** Per-sample columns a composing model (the counterfactual) reuses: per unit and per request. */
export interface InferenceDraws {
  unitE: Float64Array;
  unitG: Float64Array;
  requestE: Float64Array;
  requestG: Float64Array;
}

export function evaluateInference(raw: unknown, options?: EvaluateOptions): EvaluateOutcome<InferenceResult> {
  return runModel(inferenceInputSchema, inferenceLabels, raw, options, (input, context) => buildInference(input, context).outcome);
}

/**
 * As evaluateInference, also returning the sample columns of the headline figures (when any input is a
 * range), so a model built on this one takes the draws as they are instead of re-fitting an interval.
 */
export function evaluateInferenceWithDraws(
  raw: unknown,
  options?: EvaluateOptions,
): { outcome: EvaluateOutcome<InferenceResult>; draws?: InferenceDraws } {
  let draws: InferenceDraws | undefined;
  const outcome = runModel(inferenceInputSchema, inferenceLabels, raw, options, (input, context) => {
    const built = buildInference(input, context, true);
    draws = built.draws;
    return built.outcome;
  });
  return draws && outcome.ok ? { outcome, draws } : { outcome };
}

function buildInference(
  input: InferenceInput,
  context: ModelContext,
  keepDraws = false,
): { outcome: EvaluateOutcome<InferenceResult>; draws?: InferenceDraws } {
  const fail = (errors: { path: string; message: string }[]) => ({ outcome: { ok: false as const, errors } });
  const { set } = context;
  const method = methodOf(set);
  const c = new InputCollector(set);
  const estimate = input.estimate;
  const preset = input.preset ? set.media.find((m) => m.id === input.preset) : undefined;
  if (input.preset && !preset) return fail([{ path: 'preset', message: `Preset is not available in coefficient set ${set.id}` }]);

  // Functional unit and requests per unit.
  const functionalUnit: FunctionalUnit = input.functionalUnit ?? preset?.functionalUnit ?? 'request';
  if (!input.functionalUnit) c.defaulted('functionalUnit');
  const isTokenUnit = functionalUnit in tokenUnitScale;
  const isCounted = countedUnits.has(functionalUnit);
  const unitPreset: MediaPreset | undefined = preset && isCounted ? preset : undefined;
  let iRequests = -1;
  if (isCounted) {
    iRequests =
      input.requestsPerUnit !== undefined
        ? c.supplied('requestsPerUnit', fields.requestsPerUnit, input.requestsPerUnit)
        : preset
          ? c.fromCoefficient('requestsPerUnit', fields.requestsPerUnit, preset.requestsPerUnit, 'preset')
          : c.fixedDefault('requestsPerUnit', fields.requestsPerUnit, 1);
  } else if (input.requestsPerUnit !== undefined) {
    c.warn(
      `Requests per functional unit is ignored ${functionalUnitLabels[functionalUnit]}: the unit is fixed by ${isTokenUnit ? 'the tokens per request' : 'the request itself'}.`,
    );
  }

  // Output tokens per request: needed by token-driven methods and token units.
  const needsTokens =
    tokenMethods.has(estimate.method) || (estimate.method === 'benchmark' && estimate.joulesPerToken !== undefined) || isTokenUnit;
  let iTokens = -1;
  if (input.outputTokensPerRequest !== undefined) {
    iTokens = c.supplied('outputTokensPerRequest', fields.outputTokensPerRequest, input.outputTokensPerRequest);
  } else if (needsTokens) {
    const presetTokens = preset ? coefficient(set, preset.outputTokensPerRequest) : undefined;
    const presetHasTokens =
      presetTokens !== undefined && (typeof presetTokens.value === 'number' ? presetTokens.value > 0 : presetTokens.value.low > 0);
    if (preset && presetHasTokens)
      iTokens = c.fromCoefficient('outputTokensPerRequest', fields.outputTokensPerRequest, preset.outputTokensPerRequest, 'preset');
    else if (preset && !presetHasTokens) {
      return fail([
        {
          path: 'outputTokensPerRequest',
          message: `Output tokens per request is needed for this method or unit; the ${preset.label.toLowerCase()} preset has no token count, so give one (tokens, above 0)`,
        },
      ]);
    } else iTokens = c.fromCoefficient('outputTokensPerRequest', fields.outputTokensPerRequest, 'chat-tokens-per-request');
  }

  // Input tokens: counted as prefill where the set says so and the method models tokens.
  const countsInput = method.inputTokens === 'prefill' && tokenMethods.has(estimate.method);
  let iInputTokens = -1;
  if (countsInput) {
    if (input.inputTokensPerRequest !== undefined)
      iInputTokens = c.supplied('inputTokensPerRequest', fields.inputTokensPerRequest, input.inputTokensPerRequest);
    else if (preset)
      iInputTokens = c.fromCoefficient('inputTokensPerRequest', fields.inputTokensPerRequest, preset.inputTokensPerRequest, 'preset');
    else c.warn('No input tokens given: prefill is not counted. Give the prompt and document length in tokens to count it.');
  } else if (input.inputTokensPerRequest !== undefined) {
    c.warn(
      method.inputTokens === 'prefill'
        ? 'Input tokens are recorded but not counted: this method takes its energy from a figure, not from tokens.'
        : `Input tokens are recorded but not counted: the methods of coefficient set ${set.id} count output tokens only.`,
    );
  }

  // Grid intensity (location-based by default).
  const gridResolution = resolveGrid(c, input.grid);
  if (!gridResolution.ok) return { outcome: gridResolution };
  const { index: iGrid, basis } = gridResolution.value;
  const gridPresetId = gridResolution.value.presetId;

  // Method: which data-centre elements it covers, and its inputs.
  const pc = parametricCoefficients(set);
  const covered = new Set<BoundaryElement>();
  const m = resolveMethod(estimate, { c, pc, method, iOutputTokens: iTokens, iInputTokens, covered });
  if (!m.ok) return fail(m.errors);

  // Boundary: unspecified elements follow the source's coverage.
  const included = {} as Record<BoundaryElement, boolean>;
  for (const element of boundaryElements) {
    const chosen = input.boundary?.[element];
    included[element] = chosen ?? covered.has(element);
    if (chosen === undefined) c.defaulted(`boundary.${element}`);
  }

  // Gap-filling inputs, only for elements switched on but outside the source's boundary.
  const treatment = {} as Record<BoundaryElement, ElementTreatment>;
  for (const element of boundaryElements) {
    treatment[element] = !included[element] ? 'excluded' : covered.has(element) ? 'source' : 'modelled';
  }
  // Host and idle energy modelled from accelerator energy by elsworth-2025's shares, as Wh per Wh of
  // accelerator energy: the equation is linear in it, so it is evaluated once for 1 Wh and the sampling
  // loop multiplies (no division per sample; 1 · x is x, so every bit is as the equation gives it).
  let hostPerAccWh = 0;
  let idlePerAccWh = 0;
  if (treatment.hostCpuRam === 'modelled') {
    hostPerAccWh = elementFromSharesWh(1, c.constant('share-google-host'), c.constant('share-google-accelerators'));
    c.warn('Boundary wider than the source’s: host CPU and memory modelled as 25/58 of accelerator energy (Google’s shares), flagged.');
  }
  if (treatment.idleCapacity === 'modelled') {
    idlePerAccWh = elementFromSharesWh(1, c.constant('share-google-idle'), c.constant('share-google-accelerators'));
    c.warn(
      'Boundary wider than the source’s: idle and provisioned capacity modelled as 10/58 of accelerator energy (Google’s shares), flagged.',
    );
  }
  let iGapPue = -1;
  if (treatment.dataCentreOverhead === 'modelled') {
    iGapPue = c.pick('pue', fields.pue, input.pue, 'pue-default');
    c.warn('Boundary wider than the source’s: data-centre overhead modelled with a PUE, flagged.');
  } else if (input.pue !== undefined) {
    c.warn(
      treatment.dataCentreOverhead === 'source'
        ? 'The top-level PUE is ignored: the source already covers data-centre overhead (not added twice).'
        : 'The top-level PUE is ignored: data-centre overhead is outside the chosen boundary.',
    );
  }
  const unitNoun = isCounted ? functionalUnitLabels[functionalUnit].replace('per ', '') : 'request';
  let iDevicePower = -1;
  let iDeviceTime = -1;
  let networkPerUnit: ((v: Float64Array) => number) | undefined;
  if (included.network) {
    // The power model allocates by time: the device element's time per unit when it is in the boundary
    // (read when computing, as the device inputs are registered after the network's).
    const deviceTime = included.endUserDevice ? () => iDeviceTime : undefined;
    const network = resolveNetwork({
      c,
      network: input.network,
      preset: unitPreset,
      deviceTime,
      deviceTimeCoefficient: 'device-time-per-request-s',
    });
    if (!network.ok) return fail(network.errors);
    networkPerUnit = network.energyPerUnit;
  }
  if (included.endUserDevice) {
    const deviceId = input.device?.type ?? 'laptop';
    const device = set.devices.find((d) => d.id === deviceId);
    if (!device) return fail([{ path: 'device.type', message: `Device is not available in coefficient set ${set.id}` }]);
    iDevicePower = c.pick('device.powerW', fields.devicePowerW, input.device?.powerW, device.coefficientId);
    iDeviceTime =
      input.device?.timeSPerUnit !== undefined
        ? c.supplied('device.timeSPerUnit', fields.deviceTimeSPerUnit, input.device.timeSPerUnit)
        : unitPreset
          ? c.fromCoefficient('device.timeSPerUnit', fields.deviceTimeSPerUnit, unitPreset.deviceTimeSPerUnit, 'preset')
          : c.fromCoefficient('device.timeSPerUnit', fields.deviceTimeSPerUnit, 'device-time-per-request-s');
    c.warn(
      `End-user device time modelled as marginal device power x time ${isCounted ? `per ${unitNoun}` : 'per request'} (device power is an assumption), flagged.`,
    );
  }
  let embodiedPerAccHourG = 0;
  if (treatment.embodied === 'modelled') {
    for (const id of ['ecologits-gpu-embodied-kg', 'ecologits-server-embodied-kg', 'ecologits-server-gpus', 'ecologits-lifespan-years'])
      c.useCoefficient(id);
    embodiedPerAccHourG = embodiedGPerAcceleratorHour(pc); // gsf-sci-2024 time share with ecologits-2025 hardware
    if (m.accHoursFromEnergy) c.useCoefficient('accelerator-average-power-w');
    c.warn(
      `Boundary wider than the source’s: embodied hardware modelled by time share (SCI) at ${embodiedPerAccHourG.toFixed(1)} gCO2e per accelerator-hour, flagged.`,
    );
    c.useSource('gsf-sci-2024');
  }
  let iTrainE = -1;
  let iTrainG = -1;
  let iTrainI = -1;
  let iLifetime = -1;
  if (included.training) {
    const t = input.training;
    if (!t || (t.energyMWh === undefined && t.emissionsTCO2e === undefined)) {
      treatment.training = 'unavailable';
      c.warn('Allocated training is switched on but no training figures were given: excluded and disclosed.');
    } else {
      iLifetime = c.supplied('training.lifetimeRequests', fields.lifetimeRequests, t.lifetimeRequests);
      if (t.energyMWh !== undefined) iTrainE = c.supplied('training.energyMWh', fields.trainingEnergyMWh, t.energyMWh);
      if (t.emissionsTCO2e !== undefined) iTrainG = c.supplied('training.emissionsTCO2e', fields.trainingEmissionsTCO2e, t.emissionsTCO2e);
      else if (t.intensityGPerKWh !== undefined)
        iTrainI = c.supplied('training.intensityGPerKWh', fields.trainingIntensityGPerKWh, t.intensityGPerKWh);
      else
        c.warn(
          'No training grid intensity given: training emissions use the inference grid, which may not be where the model was trained.',
        );
      c.warn('Training allocated by amortising over the lifetime requests given (training model, amortise).');
    }
  } else if (input.training) {
    c.warn('Training figures were given but allocated training is outside the boundary: excluded and disclosed.');
  }
  let iVolume = -1;
  if (input.volume) iVolume = c.supplied('volume.unitsPerPeriod', fields.unitsPerPeriod, input.volume.unitsPerPeriod);
  const tokenScale = tokenUnitScale[functionalUnit] ?? 0;
  const splitsPhases = iInputTokens >= 0;

  // Read once, not per sample: which elements are in the boundary and which the source covers.
  const has = { ...included };
  const covers = {
    host: covered.has('hostCpuRam'),
    idle: covered.has('idleCapacity'),
    overhead: covered.has('dataCentreOverhead'),
    embodied: covered.has('embodied'),
  };
  const source = emptySource();
  const compute = (v: Float64Array, out: Float64Array): void => {
    m.compute(v, source);
    const grid = v[iGrid] as number;
    const tokens = iTokens >= 0 ? (v[iTokens] as number) : 0;
    // Requests per functional unit: counted units take the input; token units follow tokens per request.
    const reqPerUnit = iRequests >= 0 ? (v[iRequests] as number) : isTokenUnit ? tokenScale / tokens : 1;
    const acc = has.accelerators ? source.acc : 0;
    const host = !has.hostCpuRam ? 0 : covers.host ? source.host : source.acc * hostPerAccWh;
    const idle = !has.idleCapacity ? 0 : covers.idle ? source.idle : source.acc * idlePerAccWh;
    const it = acc + host + idle;
    // Overhead of the IT energy inside the boundary: with the method's PUE, the figure's own overhead in
    // proportion (its implied PUE), or the gap-filling PUE.
    const overhead = !has.dataCentreOverhead
      ? 0
      : !covers.overhead
        ? iGapPue >= 0
          ? overheadWh(it, v[iGapPue] as number)
          : 0
        : source.pue > 0
          ? overheadWh(it, source.pue)
          : impliedOverheadWh(it, source.overheadWh, source.acc + source.host + source.idle);
    const perUnitToPerRequest = iRequests >= 0 ? 1 / reqPerUnit : 1;
    const network = networkPerUnit ? networkPerUnit(v) * perUnitToPerRequest : 0;
    // The device time is per unit; a request takes its share of it.
    const device = iDevicePower >= 0 ? deviceEnergyWh(v[iDevicePower] as number, v[iDeviceTime] as number, perUnitToPerRequest) : 0;
    const embodiedG = !has.embodied ? 0 : covers.embodied ? source.embodiedG : source.accHours * embodiedPerAccHourG;
    const lifetime = iLifetime >= 0 ? (v[iLifetime] as number) : 1;
    // Training amortised over the lifetime requests (the training model's allocation).
    const trainE = iTrainE >= 0 ? amortisedPerUnit((v[iTrainE] as number) * WH_PER_MWH, lifetime) : 0;
    const trainG =
      iTrainG >= 0
        ? amortisedPerUnit((v[iTrainG] as number) * G_PER_TONNE, lifetime)
        : emissionsG(trainE, iTrainI >= 0 ? (v[iTrainI] as number) : grid);
    // Per-unit element energies (Wh) and emissions (gCO2e); embodied has no use-phase energy. Emissions
    // per Wh once per sample (the emissions equation for 1 Wh), then one multiplication per element.
    const dc = emissionsG(1, grid);
    out[ELEMENT_E.accelerators] = acc * reqPerUnit;
    out[ELEMENT_E.hostCpuRam] = host * reqPerUnit;
    out[ELEMENT_E.idleCapacity] = idle * reqPerUnit;
    out[ELEMENT_E.dataCentreOverhead] = overhead * reqPerUnit;
    out[ELEMENT_E.network] = network * reqPerUnit;
    out[ELEMENT_E.endUserDevice] = device * reqPerUnit;
    out[ELEMENT_E.embodied] = 0;
    out[ELEMENT_E.training] = trainE * reqPerUnit;
    out[ELEMENT_G.accelerators] = acc * dc * reqPerUnit;
    out[ELEMENT_G.hostCpuRam] = host * dc * reqPerUnit;
    out[ELEMENT_G.idleCapacity] = idle * dc * reqPerUnit;
    out[ELEMENT_G.dataCentreOverhead] = overhead * dc * reqPerUnit;
    out[ELEMENT_G.network] = network * dc * reqPerUnit;
    out[ELEMENT_G.endUserDevice] = device * dc * reqPerUnit;
    out[ELEMENT_G.embodied] = embodiedG * reqPerUnit;
    out[ELEMENT_G.training] = trainG * reqPerUnit;
    const totalE = acc + host + idle + overhead + network + device + trainE;
    const totalG = (acc + host + idle + overhead + network + device) * dc + embodiedG + trainG;
    out[OUT.requestE] = totalE;
    out[OUT.requestG] = totalG;
    const unitE = totalE * reqPerUnit;
    const unitG = totalG * reqPerUnit;
    out[OUT.unitE] = unitE;
    out[OUT.unitG] = unitG;
    out[OUT.tokenE] = tokens > 0 ? totalE / tokens : 0;
    out[OUT.tokenG] = tokens > 0 ? totalG / tokens : 0;
    const volume = iVolume >= 0 ? (v[iVolume] as number) : 0;
    out[OUT.totalE] = unitE * volume;
    out[OUT.totalG] = unitG * volume;
    out[OUT.gpus] = source.gpus;
    out[OUT.latency] = source.latencyS;
    out[OUT.accHours] = source.accHours;
    out[OUT.requestsPerUnit] = reqPerUnit;
    out[OUT.grid] = grid;
    out[OUT.volume] = volume;
    out[OUT.dataCentreE] = (acc + host + idle + overhead) * reqPerUnit;
    out[OUT.dataCentreG] = ((acc + host + idle + overhead) * dc + embodiedG) * reqPerUnit;
    if (splitsPhases) {
      // Prefill's share of the data-centre energy follows its share of accelerator and host energy;
      // its share of embodied emissions follows its share of accelerator time.
      const computed = source.acc + source.host;
      const energyShare = computed > 0 ? (source.prefillAcc + source.prefillHost) / computed : 0;
      const timeShare = source.accHours > 0 ? source.prefillAccHours / source.accHours : 0;
      const dataCentreE = (acc + host + idle + overhead) * reqPerUnit;
      const dataCentreG = dataCentreE * dc + embodiedG * reqPerUnit;
      const prefillE = dataCentreE * energyShare;
      const prefillG = prefillE * dc + embodiedG * reqPerUnit * timeShare;
      out[OUT.prefillE] = prefillE;
      out[OUT.prefillG] = prefillG;
      out[OUT.decodeE] = dataCentreE - prefillE;
      out[OUT.decodeG] = dataCentreG - prefillG;
    }
  };

  const unitLabel = functionalUnitLabels[functionalUnit];
  const run = propagate({
    inputs: c.inputs,
    outputCount: OUTPUTS,
    compute,
    samples: context.options.samples,
    seed: context.options.seed,
    bounds: method.bounds,
    sensitivity: [
      { output: OUT.unitG, metric: `Emissions ${unitLabel}`, unit: 'gCO2e' },
      { output: OUT.unitE, metric: `Energy ${unitLabel}`, unit: 'Wh' },
    ],
    keep: keepDraws ? [OUT.unitE, OUT.unitG, OUT.requestE, OUT.requestG] : [],
  });
  const iv = (k: number) => run.intervals[k] as Interval;
  const flow = (e: number, g: number): FlowResult => ({ energyWh: iv(e), emissionsG: iv(g) });
  const perUnit = flow(OUT.unitE, OUT.unitG);
  const perRequest = flow(OUT.requestE, OUT.requestG);
  const conversions: InferenceResult['conversions'] = { perRequest, perUnit };
  if (iTokens >= 0) {
    conversions.perToken = flow(OUT.tokenE, OUT.tokenG);
    conversions.per1000Tokens = { energyWh: scaleInterval(iv(OUT.tokenE), 1_000), emissionsG: scaleInterval(iv(OUT.tokenG), 1_000) };
    conversions.perMillionTokens = { energyWh: scaleInterval(iv(OUT.tokenE), 1e6), emissionsG: scaleInterval(iv(OUT.tokenG), 1e6) };
  }
  const breakdown: ElementResult[] = boundaryElements.map((element) => ({
    element,
    label: boundaryLabels[element],
    included: included[element] && treatment[element] !== 'unavailable',
    treatment: treatment[element],
    energyWh: iv(ELEMENT_E[element]),
    emissionsG: iv(ELEMENT_G[element]),
  }));
  for (const element of dataCentreElements) {
    if (!included[element] && covered.has(element)) {
      c.warn(
        `Boundary narrower than the source’s: ${boundaryLabels[element].toLowerCase()} removed from the source figure${m.splitByDefaultShares ? ' using Google’s published shares as a default split (assumption)' : ''}.`,
      );
    }
  }
  if (!included.accelerators) c.warn('Accelerators are switched off: the result omits the core of any inference footprint.');

  const details: InferenceResult['details'] = {};
  if (m.reportsDeployment) {
    details.gpus = iv(OUT.gpus);
    details.latencyS = iv(OUT.latency);
  }
  if (m.reportsDeployment || estimate.method === 'flop' || estimate.method === 'realtime' || treatment.embodied === 'modelled')
    details.acceleratorHoursPerRequest = iv(OUT.accHours);

  if (iVolume >= 0 && !input.volume?.period) c.defaulted('volume.period');
  const meta = c.meta(run, context.options.seed);
  const boundary = breakdown.map(({ element, label, included: inc, treatment: t }) => ({ element, label, included: inc, treatment: t }));
  const result: InferenceResult = {
    model: 'inference',
    method: estimate.method,
    tier: tierOf[estimate.method],
    functionalUnit: { id: functionalUnit, label: unitLabel },
    perUnit,
    perRequest,
    conversions,
    requestsPerUnit: iv(OUT.requestsPerUnit),
    breakdown,
    boundary,
    boundaryStatement: boundaryStatement(boundary, method.notEstimated),
    dataCentre: flow(OUT.dataCentreE, OUT.dataCentreG),
    grid: { basis, intensityGPerKWh: iv(OUT.grid), ...(gridPresetId ? { presetId: gridPresetId } : {}) },
    details,
    sensitivity: run.sensitivity,
    ...meta,
  };
  if (input.label !== undefined) result.label = input.label;
  if (iVolume >= 0) {
    result.totals = {
      period: input.volume?.period ?? 'year',
      unitsPerPeriod: iv(OUT.volume),
      energyWh: iv(OUT.totalE),
      emissionsG: iv(OUT.totalG),
    };
  }
  if (splitsPhases) result.phases = { prefill: flow(OUT.prefillE, OUT.prefillG), decode: flow(OUT.decodeE, OUT.decodeG) };
  const kept = run.kept;
  const draws =
    keepDraws && kept.size > 0
      ? {
          unitE: kept.get(OUT.unitE) as Float64Array,
          unitG: kept.get(OUT.unitG) as Float64Array,
          requestE: kept.get(OUT.requestE) as Float64Array,
          requestG: kept.get(OUT.requestG) as Float64Array,
        }
      : undefined;
  return { outcome: { ok: true, result }, ...(draws ? { draws } : {}) };
}
