/**
 * Inference model: energy and emissions per functional unit, by data-quality tier, with a boundary the
 * reader switches element by element. Equations cite their source ids beside them.
 */
import { coefficient } from '../coefficients/index.ts';
import { resolveGrid } from '../core/grid.ts';
import type { CoefficientSet, FunctionalUnit } from '../coefficients/index.ts';
import { InputCollector } from '../core/collector.ts';
import { propagate } from '../core/propagate.ts';
import type { EvaluateOptions, EvaluateOutcome, Interval, ResultMeta, SensitivityTable } from '../core/result.ts';
import { runModel } from '../core/run.ts';
import type { ModelContext } from '../core/run.ts';
import { scaleInterval } from '../core/stats.ts';
import { S_PER_H as imported_S_PER_H, G_PER_TONNE as imported_G_PER_TONNE, J_PER_WH as imported_J_PER_WH, WH_PER_KWH as imported_WH_PER_KWH, WH_PER_MWH as imported_WH_PER_MWH } from '../core/units.ts';
import type { FieldSpec } from '../core/uncertain.ts';
import { boundaryElements, boundaryLabels, dataCentreElements } from './boundary.ts';
import type { BoundaryElement, DataCentreElement, ElementTreatment } from './boundary.ts';
import { embodiedGPerAcceleratorHour, parametricCoefficientIds, parametricCoefficients, parametricRequest as imported_parametricRequest } from './ecologits.ts';
import type { ParametricRequest } from './ecologits.ts';
import { fields, inferenceInputSchema, inferenceLabels } from './schema.ts';
import type { InferenceEstimate, InferenceInput } from './schema.ts';

// Local bindings for names used inside sampling loops: under some module runners (vitest's) an
// imported binding is a getter, which costs more than the arithmetic at 10,000 samples.
const S_PER_H = imported_S_PER_H;
const G_PER_TONNE = imported_G_PER_TONNE;
const J_PER_WH = imported_J_PER_WH;
const WH_PER_KWH = imported_WH_PER_KWH;
const WH_PER_MWH = imported_WH_PER_MWH;
const parametricRequest = imported_parametricRequest;

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
  grid: { presetId?: string; basis: 'location' | 'market'; intensityGPerKWh: Interval };
  totals?: { period: 'month' | 'year'; unitsPerPeriod: Interval; energyWh: Interval; emissionsG: Interval };
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
  proxy: 'proxy',
};

export const functionalUnitLabels: Record<FunctionalUnit, string> = {
  request: 'per request',
  token: 'per output token',
  'tokens-1000': 'per 1,000 output tokens',
  'tokens-million': 'per million output tokens',
  article: 'per article',
  image: 'per image',
  'audio-minute': 'per minute of audio',
  'video-minute': 'per minute of video',
};

const tokenUnitScale: Partial<Record<FunctionalUnit, number>> = { token: 1, 'tokens-1000': 1_000, 'tokens-million': 1_000_000 };
const countedUnits = new Set<FunctionalUnit>(['article', 'image', 'audio-minute', 'video-minute']);

const shareCoefficient: Record<DataCentreElement, string> = {
  accelerators: 'share-google-accelerators',
  hostCpuRam: 'share-google-host',
  idleCapacity: 'share-google-idle',
  dataCentreOverhead: 'share-google-overhead',
};

const spec = (base: FieldSpec, label?: string): FieldSpec => (label ? { ...base, label } : base);

// Output vector layout.
const E = 0; // per-unit element energies start (8)
const G = 8; // per-unit element emissions start (8)
const UNIT_E = 16;
const UNIT_G = 17;
const REQ_E = 18;
const REQ_G = 19;
const TOKEN_E = 20;
const TOKEN_G = 21;
const TOTAL_E = 22;
const TOTAL_G = 23;
const GPUS = 24;
const LATENCY = 25;
const ACC_H = 26;
const REQ_PER_UNIT = 27;
const GRID = 28;
const VOLUME = 29;
const OUTPUTS = 30;

export function evaluateInference(raw: unknown, options?: EvaluateOptions): EvaluateOutcome<InferenceResult> {
  return runModel(inferenceInputSchema, inferenceLabels, raw, options, buildInference);
}

function buildInference(input: InferenceInput, context: ModelContext): EvaluateOutcome<InferenceResult> {
  const { set } = context;
  const c = new InputCollector(set);
  const estimate = input.estimate;
  const method = estimate.method;
  const preset = input.preset ? set.media.find((m) => m.id === input.preset) : undefined;
  if (input.preset && !preset) {
    return { ok: false, errors: [{ path: 'preset', message: `Preset is not available in coefficient set ${set.id}` }] };
  }

  // Functional unit and requests per unit.
  const functionalUnit: FunctionalUnit = input.functionalUnit ?? preset?.functionalUnit ?? 'request';
  if (!input.functionalUnit) c.defaulted('functionalUnit');
  const isTokenUnit = functionalUnit in tokenUnitScale;
  const isCounted = countedUnits.has(functionalUnit);
  let iRequests = -1;
  if (isCounted) {
    iRequests = input.requestsPerUnit !== undefined
      ? c.supplied('requestsPerUnit', fields.requestsPerUnit, input.requestsPerUnit)
      : preset ? c.fromCoefficient('requestsPerUnit', fields.requestsPerUnit, preset.requestsPerUnit, 'preset')
      : c.fixedDefault('requestsPerUnit', fields.requestsPerUnit, 1);
  } else if (input.requestsPerUnit !== undefined) {
    c.warn(`Requests per functional unit is ignored ${functionalUnitLabels[functionalUnit]}: the unit is fixed by ${isTokenUnit ? 'the tokens per request' : 'the request itself'}.`);
  }

  // Output tokens per request: needed by token-driven methods and token units.
  const needsTokens = method === 'flop' || method === 'parametric' || method === 'proxy' || (method === 'benchmark' && estimate.joulesPerToken !== undefined) || isTokenUnit;
  let iTokens = -1;
  if (input.outputTokensPerRequest !== undefined) {
    iTokens = c.supplied('outputTokensPerRequest', fields.outputTokensPerRequest, input.outputTokensPerRequest);
  } else if (needsTokens) {
    const presetTokens = preset ? coefficient(set, preset.outputTokensPerRequest) : undefined;
    const presetHasTokens = presetTokens !== undefined && (typeof presetTokens.value === 'number' ? presetTokens.value > 0 : presetTokens.value.low > 0);
    if (preset && presetHasTokens) iTokens = c.fromCoefficient('outputTokensPerRequest', fields.outputTokensPerRequest, preset.outputTokensPerRequest, 'preset');
    else if (preset && !presetHasTokens) {
      return { ok: false, errors: [{ path: 'outputTokensPerRequest', message: `Output tokens per request is needed for this method or unit; the ${preset.label.toLowerCase()} preset has no token count, so give one (tokens, above 0)` }] };
    } else iTokens = c.fromCoefficient('outputTokensPerRequest', fields.outputTokensPerRequest, 'chat-tokens-per-request');
  }

  // Grid intensity (location-based by default).
  const gridResolution = resolveGrid(c, input.grid);
  if (!gridResolution.ok) return gridResolution;
  const { index: iGrid, basis } = gridResolution.value;
  const gridPresetId = gridResolution.value.presetId;

  // Method: which data-centre elements it covers, and its inputs.
  const pc = parametricCoefficients(set);
  const covered = new Set<BoundaryElement>();
  const m = resolveMethod(estimate, c, pc, covered);
  if (!m.ok) return { ok: false, errors: m.errors };

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
  let hostRatio = 0;
  let idleRatio = 0;
  if (treatment.hostCpuRam === 'modelled') {
    hostRatio = c.constant('share-google-host') / c.constant('share-google-accelerators'); // elsworth-2025 shares
    c.warn('Boundary wider than the source’s: host CPU and memory modelled as 25/58 of accelerator energy (Google’s shares), flagged.');
  }
  if (treatment.idleCapacity === 'modelled') {
    idleRatio = c.constant('share-google-idle') / c.constant('share-google-accelerators'); // elsworth-2025 shares
    c.warn('Boundary wider than the source’s: idle and provisioned capacity modelled as 10/58 of accelerator energy (Google’s shares), flagged.');
  }
  let iGapPue = -1;
  if (treatment.dataCentreOverhead === 'modelled') {
    iGapPue = c.pick('pue', fields.pue, input.pue, 'pue-default');
    c.warn('Boundary wider than the source’s: data-centre overhead modelled with a PUE, flagged.');
  } else if (input.pue !== undefined) {
    c.warn(treatment.dataCentreOverhead === 'source' ? 'The top-level PUE is ignored: the source already covers data-centre overhead (not added twice).' : 'The top-level PUE is ignored: data-centre overhead is outside the chosen boundary.');
  }
  const unitNoun = isCounted ? functionalUnitLabels[functionalUnit].replace('per ', '') : 'request';
  let iBytes = -1;
  let networkWhPerByte = 0;
  if (included.network) {
    iBytes = input.network?.bytesPerUnit !== undefined
      ? c.supplied('network.bytesPerUnit', fields.bytesPerUnit, input.network.bytesPerUnit)
      : preset && isCounted ? c.fromCoefficient('network.bytesPerUnit', fields.bytesPerUnit, preset.dataBytesPerUnit, 'preset')
      : c.fromCoefficient('network.bytesPerUnit', fields.bytesPerUnit, 'data-per-text-request-bytes');
    const access = input.network?.access ?? 'fixed';
    let kWhPerGb = c.constant(access === 'mobile' ? 'network-mobile-kwh-per-gb' : 'network-fixed-kwh-per-gb'); // carbon-trust-2021
    if (input.network?.includeHomeRouter) {
      kWhPerGb += c.constant('network-home-router-kwh-per-gb');
      c.warn('Home router energy per GB is a conventional allocation of a mostly idle device (malmodin-2020): weakly founded.');
    }
    networkWhPerByte = (kWhPerGb * WH_PER_KWH) / 1e9;
    c.warn(`Network transfer modelled at ${kWhPerGb} kWh/GB (carbon-trust-2021, 2020 data, conventional allocation), flagged.`);
  }
  let iDevicePower = -1;
  let iDeviceTime = -1;
  if (included.endUserDevice) {
    const deviceId = input.device?.type ?? 'laptop';
    const device = set.devices.find((d) => d.id === deviceId);
    if (!device) return { ok: false, errors: [{ path: 'device.type', message: `Device is not available in coefficient set ${set.id}` }] };
    iDevicePower = c.pick('device.powerW', fields.devicePowerW, input.device?.powerW, device.coefficientId);
    iDeviceTime = input.device?.timeSPerUnit !== undefined
      ? c.supplied('device.timeSPerUnit', fields.deviceTimeSPerUnit, input.device.timeSPerUnit)
      : preset && isCounted ? c.fromCoefficient('device.timeSPerUnit', fields.deviceTimeSPerUnit, preset.deviceTimeSPerUnit, 'preset')
      : c.fromCoefficient('device.timeSPerUnit', fields.deviceTimeSPerUnit, 'device-time-per-request-s');
    c.warn(`End-user device time modelled as marginal device power x time ${isCounted ? `per ${unitNoun}` : 'per request'} (device power is an assumption), flagged.`);
  }
  let embodiedPerAccHourG = 0;
  if (treatment.embodied === 'modelled') {
    for (const id of ['ecologits-gpu-embodied-kg', 'ecologits-server-embodied-kg', 'ecologits-server-gpus', 'ecologits-lifespan-years']) c.useCoefficient(id);
    embodiedPerAccHourG = embodiedGPerAcceleratorHour(pc); // gsf-sci-2024 time share with ecologits-2025 hardware
    if (m.accHoursFromEnergy) c.useCoefficient('accelerator-average-power-w');
    c.warn(`Boundary wider than the source’s: embodied hardware modelled by time share (SCI) at ${embodiedPerAccHourG.toFixed(1)} gCO2e per accelerator-hour, flagged.`);
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
      else if (t.intensityGPerKWh !== undefined) iTrainI = c.supplied('training.intensityGPerKWh', fields.trainingIntensityGPerKWh, t.intensityGPerKWh);
      c.warn('Training allocated by amortising over the lifetime requests given (training model, amortise).');
    }
  } else if (input.training) {
    c.warn('Training figures were given but allocated training is outside the boundary: excluded and disclosed.');
  }
  let iVolume = -1;
  if (input.volume) iVolume = c.supplied('volume.unitsPerPeriod', fields.unitsPerPeriod, input.volume.unitsPerPeriod);
  const tokenScale = tokenUnitScale[functionalUnit] ?? 0;

  const source = { acc: 0, host: 0, idle: 0, overheadFactor: 0, embodiedG: 0, accHours: 0, gpus: 0, latencyS: 0 };
  const compute = (v: Float64Array, out: Float64Array): void => {
    m.compute(v, source);
    const grid = v[iGrid] as number;
    const tokens = iTokens >= 0 ? (v[iTokens] as number) : 0;
    // Requests per functional unit: counted units take the input; token units follow tokens per request.
    const reqPerUnit = iRequests >= 0 ? (v[iRequests] as number) : isTokenUnit ? tokenScale / tokens : 1;
    const acc = included.accelerators ? source.acc : 0;
    const host = !included.hostCpuRam ? 0 : covered.has('hostCpuRam') ? source.host : source.acc * hostRatio;
    const idle = !included.idleCapacity ? 0 : covered.has('idleCapacity') ? source.idle : source.acc * idleRatio;
    const it = acc + host + idle;
    // Overhead = (PUE - 1) x IT energy inside the boundary (ghg-protocol-product; PUE definition).
    const overheadFactor = covered.has('dataCentreOverhead') ? source.overheadFactor : iGapPue >= 0 ? (v[iGapPue] as number) - 1 : 0;
    const overhead = included.dataCentreOverhead ? it * overheadFactor : 0;
    const perUnitToPerRequest = iRequests >= 0 ? 1 / reqPerUnit : 1;
    const network = iBytes >= 0 ? (v[iBytes] as number) * perUnitToPerRequest * networkWhPerByte : 0;
    const device = iDevicePower >= 0 ? ((v[iDevicePower] as number) * (v[iDeviceTime] as number) * perUnitToPerRequest) / S_PER_H : 0;
    const embodiedG = !included.embodied ? 0 : covered.has('embodied') ? source.embodiedG : source.accHours * embodiedPerAccHourG;
    const lifetime = iLifetime >= 0 ? (v[iLifetime] as number) : 1;
    const trainE = iTrainE >= 0 ? ((v[iTrainE] as number) * WH_PER_MWH) / lifetime : 0; // amortise over lifetime requests
    const trainG = iTrainG >= 0 ? ((v[iTrainG] as number) * G_PER_TONNE) / lifetime
      : (trainE * (iTrainI >= 0 ? (v[iTrainI] as number) : grid)) / WH_PER_KWH;
    // Per-unit element energies (Wh) and emissions (gCO2e); embodied has no use-phase energy.
    const dc = grid / WH_PER_KWH;
    out[E] = acc * reqPerUnit;
    out[E + 1] = host * reqPerUnit;
    out[E + 2] = idle * reqPerUnit;
    out[E + 3] = overhead * reqPerUnit;
    out[E + 4] = network * reqPerUnit;
    out[E + 5] = device * reqPerUnit;
    out[E + 6] = 0;
    out[E + 7] = trainE * reqPerUnit;
    out[G] = acc * dc * reqPerUnit;
    out[G + 1] = host * dc * reqPerUnit;
    out[G + 2] = idle * dc * reqPerUnit;
    out[G + 3] = overhead * dc * reqPerUnit;
    out[G + 4] = network * dc * reqPerUnit;
    out[G + 5] = device * dc * reqPerUnit;
    out[G + 6] = embodiedG * reqPerUnit;
    out[G + 7] = trainG * reqPerUnit;
    const totalE = acc + host + idle + overhead + network + device + trainE;
    const totalG = (acc + host + idle + overhead + network + device) * dc + embodiedG + trainG;
    out[REQ_E] = totalE;
    out[REQ_G] = totalG;
    out[UNIT_E] = totalE * reqPerUnit;
    out[UNIT_G] = totalG * reqPerUnit;
    out[TOKEN_E] = tokens > 0 ? totalE / tokens : 0;
    out[TOKEN_G] = tokens > 0 ? totalG / tokens : 0;
    const volume = iVolume >= 0 ? (v[iVolume] as number) : 0;
    out[TOTAL_E] = out[UNIT_E] * volume;
    out[TOTAL_G] = out[UNIT_G] * volume;
    out[GPUS] = source.gpus;
    out[LATENCY] = source.latencyS;
    out[ACC_H] = source.accHours;
    out[REQ_PER_UNIT] = reqPerUnit;
    out[GRID] = grid;
    out[VOLUME] = volume;
  };

  const unitLabel = functionalUnitLabels[functionalUnit];
  const run = propagate({
    inputs: c.inputs,
    outputCount: OUTPUTS,
    compute,
    samples: context.options.samples,
    seed: context.options.seed,
    sensitivity: [
      { output: UNIT_G, metric: `Emissions ${unitLabel}`, unit: 'gCO2e' },
      { output: UNIT_E, metric: `Energy ${unitLabel}`, unit: 'Wh' },
    ],
  });
  const iv = (k: number) => run.intervals[k] as Interval;
  const perUnit = { energyWh: iv(UNIT_E), emissionsG: iv(UNIT_G) };
  const perRequest = { energyWh: iv(REQ_E), emissionsG: iv(REQ_G) };
  const conversions: InferenceResult['conversions'] = { perRequest, perUnit };
  if (iTokens >= 0) {
    conversions.perToken = { energyWh: iv(TOKEN_E), emissionsG: iv(TOKEN_G) };
    conversions.per1000Tokens = { energyWh: scaleInterval(iv(TOKEN_E), 1_000), emissionsG: scaleInterval(iv(TOKEN_G), 1_000) };
    conversions.perMillionTokens = { energyWh: scaleInterval(iv(TOKEN_E), 1e6), emissionsG: scaleInterval(iv(TOKEN_G), 1e6) };
  }
  const breakdown: ElementResult[] = boundaryElements.map((element, k) => ({
    element,
    label: boundaryLabels[element],
    included: included[element] && treatment[element] !== 'unavailable',
    treatment: treatment[element],
    energyWh: iv(E + k),
    emissionsG: iv(G + k),
  }));
  for (const element of dataCentreElements) {
    if (!included[element] && covered.has(element)) {
      c.warn(`Boundary narrower than the source’s: ${boundaryLabels[element].toLowerCase()} removed from the source figure${m.splitByDefaultShares ? ' using Google’s published shares as a default split (assumption)' : ''}.`);
    }
  }
  if (!included.accelerators) c.warn('Accelerators are switched off: the result omits the core of any inference footprint.');

  const details: InferenceResult['details'] = {};
  if (method === 'parametric' || method === 'proxy') {
    details.gpus = iv(GPUS);
    details.latencyS = iv(LATENCY);
  }
  if (method === 'parametric' || method === 'proxy' || method === 'flop' || treatment.embodied === 'modelled') details.acceleratorHoursPerRequest = iv(ACC_H);

  if (iVolume >= 0 && !input.volume?.period) c.defaulted('volume.period');
  const meta = c.meta(run.samples, context.options.seed);
  const result: InferenceResult = {
    model: 'inference',
    method,
    tier: tierOf[method],
    functionalUnit: { id: functionalUnit, label: unitLabel },
    perUnit,
    perRequest,
    conversions,
    requestsPerUnit: iv(REQ_PER_UNIT),
    breakdown,
    boundary: breakdown.map(({ element, label, included: inc, treatment: t }) => ({ element, label, included: inc, treatment: t })),
    grid: { basis, intensityGPerKWh: iv(GRID), ...(gridPresetId ? { presetId: gridPresetId } : {}) },
    details,
    sensitivity: run.sensitivity,
    ...meta,
  };
  if (input.label !== undefined) result.label = input.label;
  if (iVolume >= 0) {
    result.totals = { period: input.volume?.period ?? 'year', unitsPerPeriod: iv(VOLUME), energyWh: iv(TOTAL_E), emissionsG: iv(TOTAL_G) };
  }
  return { ok: true, result };
}

interface SourceValues {
  acc: number;
  host: number;
  idle: number;
  overheadFactor: number;
  embodiedG: number;
  accHours: number;
  gpus: number;
  latencyS: number;
}

type MethodResolution =
  | { ok: true; compute: (v: Float64Array, s: SourceValues) => void; accHoursFromEnergy: boolean; splitByDefaultShares: boolean }
  | { ok: false; errors: { path: string; message: string }[] };

/** Registers a method's inputs and returns its per-request source computation. */
function resolveMethod(
  estimate: InferenceEstimate,
  c: InputCollector,
  pc: ReturnType<typeof parametricCoefficients>,
  covered: Set<BoundaryElement>,
): MethodResolution {
  const set: CoefficientSet = c.set;
  const tokensIndex = () => c.inputs.findIndex((input) => input.path === 'outputTokensPerRequest');
  switch (estimate.method) {
    case 'measured':
    case 'reported':
    case 'benchmark': {
      let energyOf: (v: Float64Array) => number;
      if (estimate.method === 'benchmark') {
        if ((estimate.joulesPerToken === undefined) === (estimate.energyWhPer1000Queries === undefined)) {
          return { ok: false, errors: [{ path: 'estimate.joulesPerToken', message: 'Give exactly one benchmark figure: energy per output token (J/token) or energy per 1,000 queries (Wh)' }] };
        }
        const benchmarkSource = { 'ml-energy': 'mlenergy-2025', 'ai-energy-score': 'ai-energy-score-2025', 'power-hungry-processing': 'luccioni-2024-phh', other: undefined }[estimate.benchmark ?? 'other'];
        if (benchmarkSource) c.useSource(benchmarkSource);
        const iFactor = estimate.labToProductionFactor !== undefined
          ? c.supplied('estimate.labToProductionFactor', fields.labToProductionFactor, estimate.labToProductionFactor)
          : estimate.measuredAt === 'batch-1'
            ? c.fromCoefficient('estimate.labToProductionFactor', fields.labToProductionFactor, 'lab-batch1-to-production')
            : c.fixedDefault('estimate.labToProductionFactor', fields.labToProductionFactor, 1);
        if (estimate.measuredAt === 'batch-1') c.warn('Lab figure at batch size 1: adjusted towards production batching (an assumption; batch-1 figures are upper-bound-like).');
        if (estimate.joulesPerToken !== undefined) {
          const iJ = c.supplied('estimate.joulesPerToken', fields.joulesPerToken, estimate.joulesPerToken);
          const iT = tokensIndex();
          // mlenergy-2025: J per output token x output tokens / 3,600 J per Wh, x lab-to-production adjustment.
          energyOf = (v) => ((v[iJ] as number) * (v[iT] as number) / J_PER_WH) * (v[iFactor] as number);
        } else {
          const iQ = c.supplied('estimate.energyWhPer1000Queries', fields.energyWhPer1000Queries, estimate.energyWhPer1000Queries as NonNullable<typeof estimate.energyWhPer1000Queries>);
          // ai-energy-score-2025 / luccioni-2024-phh: Wh per 1,000 queries / 1,000, x adjustment.
          energyOf = (v) => ((v[iQ] as number) / 1_000) * (v[iFactor] as number);
        }
      } else {
        const iEnergy = c.supplied('estimate.energyWhPerRequest', fields.energyWhPerRequest, estimate.energyWhPerRequest);
        energyOf = (v) => v[iEnergy] as number;
        if (estimate.method === 'reported') c.warn('Supplier-reported figure: the supplier’s boundary and method are taken as stated; figures from different suppliers are not comparable (luccioni-2025-disclosures).');
        c.useSource(estimate.method === 'reported' ? 'luccioni-2025-disclosures' : 'llopis-2026');
      }
      const covers: DataCentreElement[] = estimate.covers && estimate.covers.length > 0 ? [...new Set(estimate.covers)] : ['accelerators'];
      if (!covers.includes('accelerators')) {
        return { ok: false, errors: [{ path: 'estimate.covers', message: 'Covered elements must include accelerators: the engine models the other elements from accelerator energy' }] };
      }
      if (!estimate.covers) c.defaulted('estimate.covers');
      for (const element of covers) covered.add(element);
      // Split a multi-element figure by element: supplied shares, else Google's shares (elsworth-2025).
      const shareIndex: Partial<Record<DataCentreElement, number>> = {};
      const suppliedShares = 'shares' in estimate ? estimate.shares : undefined;
      let splitByDefaultShares = false;
      if (covers.length > 1) {
        for (const element of covers) {
          const supplied = suppliedShares?.[element];
          const shareSpec: FieldSpec = { ...fields.share, label: `${boundaryLabels[element]} share` };
          if (supplied !== undefined) shareIndex[element] = c.supplied(`estimate.shares.${element}`, shareSpec, supplied);
          else {
            shareIndex[element] = c.fromCoefficient(`estimate.shares.${element}`, shareSpec, shareCoefficient[element]);
            splitByDefaultShares = true;
          }
        }
        if (splitByDefaultShares) c.warn('The figure is split between its elements using Google’s published shares where no split was given (an assumption).');
      }
      const has = (e: DataCentreElement) => covers.includes(e);
      const iAcc = shareIndex.accelerators ?? -1;
      const iHost = shareIndex.hostCpuRam ?? -1;
      const iIdle = shareIndex.idleCapacity ?? -1;
      const iOver = shareIndex.dataCentreOverhead ?? -1;
      const avgPowerW = c.set.coefficients.find((x) => x.id === 'accelerator-average-power-w')?.value as number;
      return {
        ok: true,
        accHoursFromEnergy: true,
        splitByDefaultShares,
        compute: (v, s) => {
          const energy = energyOf(v);
          if (covers.length === 1) {
            s.acc = energy;
            s.host = s.idle = 0;
            s.overheadFactor = 0;
          } else {
            const wa = iAcc >= 0 ? (v[iAcc] as number) : 0;
            const wh = has('hostCpuRam') ? (v[iHost] as number) : 0;
            const wi = has('idleCapacity') ? (v[iIdle] as number) : 0;
            const wo = has('dataCentreOverhead') ? (v[iOver] as number) : 0;
            const sum = wa + wh + wi + wo;
            const unit = sum > 0 ? energy / sum : 0; // shares normalised to sum to 1
            s.acc = wa * unit;
            s.host = wh * unit;
            s.idle = wi * unit;
            const it = s.acc + s.host + s.idle;
            // Implied PUE - 1 of the source: overhead energy / IT energy it covers.
            s.overheadFactor = it > 0 ? (wo * unit) / it : 0;
          }
          s.embodiedG = 0;
          s.accHours = s.acc / avgPowerW; // accelerator-average-power-w: energy to time for embodied allocation
          s.gpus = 0;
          s.latencyS = 0;
        },
      };
    }
    case 'flop': {
      c.useSource('epoch-2025');
      const iP = c.supplied('estimate.activeParamsB', fields.activeParamsB, estimate.activeParamsB);
      const iT = tokensIndex();
      const iPeak = c.pick('estimate.peakFlopsPerSecond', fields.peakFlopsPerSecond, estimate.peakFlopsPerSecond, 'h100-peak-flops-bf16');
      const iUtil = c.pick('estimate.utilisation', fields.utilisation, estimate.utilisation, 'flop-utilisation-default');
      const iPower = c.pick('estimate.powerPerAcceleratorW', fields.powerPerAcceleratorW, estimate.powerPerAcceleratorW, 'dgx-h100-power-per-gpu-w');
      const iAdj = c.pick('estimate.powerAdjustment', fields.powerAdjustment, estimate.powerAdjustment, 'power-adjustment-default');
      const iPue = c.pick('estimate.pue', fields.pue, estimate.pue, 'pue-default');
      let iShare: number;
      if (estimate.acceleratorShareOfPower !== undefined) iShare = c.supplied('estimate.acceleratorShareOfPower', fields.acceleratorShareOfPower, estimate.acceleratorShareOfPower);
      else {
        const share = Math.min(1, c.constant('h100-sxm-power-w') / c.constant('dgx-h100-power-per-gpu-w'));
        iShare = c.fixedDefault('estimate.acceleratorShareOfPower', fields.acceleratorShareOfPower, share);
      }
      covered.add('accelerators');
      covered.add('hostCpuRam');
      covered.add('dataCentreOverhead');
      return {
        ok: true,
        accHoursFromEnergy: false,
        splitByDefaultShares: false,
        compute: (v, s) => {
          // epoch-2025: GPU-seconds = 2 x active params x tokens / (peak FLOP/s x utilisation).
          const gpuSeconds = (2 * (v[iP] as number) * 1e9 * (v[iT] as number)) / ((v[iPeak] as number) * (v[iUtil] as number));
          // Server power per GPU x power adjustment (PUE applied as overhead below).
          const itWh = (gpuSeconds * (v[iPower] as number) * (v[iAdj] as number)) / S_PER_H;
          const share = v[iShare] as number;
          s.acc = itWh * share;
          s.host = itWh * (1 - share);
          s.idle = 0;
          s.overheadFactor = (v[iPue] as number) - 1;
          s.embodiedG = 0;
          s.accHours = gpuSeconds / S_PER_H;
          s.gpus = 0;
          s.latencyS = 0;
        },
      };
    }
    case 'parametric':
    case 'proxy': {
      c.useSource('ecologits-2025');
      for (const id of parametricCoefficientIds) c.useCoefficient(id);
      let iActive: number;
      let iTotal: number;
      let iPue: number;
      if (estimate.method === 'parametric') {
        iActive = c.supplied('estimate.activeParamsB', fields.activeParamsB, estimate.activeParamsB);
        if (estimate.totalParamsB !== undefined) {
          iTotal = c.supplied('estimate.totalParamsB', fields.totalParamsB, estimate.totalParamsB);
          const total = c.inputs[iTotal]?.value;
          const active = c.inputs[iActive]?.value;
          const highOfValue = (x: typeof total) => (x === undefined ? 0 : typeof x === 'number' ? x : x.high);
          const lowOfValue = (x: typeof total) => (x === undefined ? 0 : typeof x === 'number' ? x : x.low);
          if (lowOfValue(total) < lowOfValue(active)) {
            return { ok: false, errors: [{ path: 'estimate.totalParamsB', message: 'Total parameters must be at least the active parameters (billion parameters)' }] };
          }
          if (highOfValue(total) < highOfValue(active)) c.warn('Where sampled active parameters exceed total parameters, total is taken as equal to active.');
        } else {
          iTotal = -1;
          c.defaulted('estimate.totalParamsB');
        }
        iPue = c.pick('estimate.pue', fields.pue, estimate.pue, 'pue-default');
      } else {
        const modelClass = set.modelClasses.find((k) => k.id === estimate.modelClass);
        if (!modelClass) return { ok: false, errors: [{ path: 'estimate.modelClass', message: 'Model class is not available in this coefficient set' }] };
        iActive = c.fromCoefficient('estimate.activeParamsB', fields.activeParamsB, modelClass.activeParamsB, 'preset');
        iTotal = modelClass.totalParamsB ? c.fromCoefficient('estimate.totalParamsB', fields.totalParamsB, modelClass.totalParamsB, 'preset') : -1;
        iPue = c.pick('estimate.pue', fields.pue, estimate.pue, 'pue-default');
        c.warn(`Proxy tier: model class ${modelClass.label} modelled with EcoLogits over a wide parameter range; use a better tier when data exist.`);
      }
      let iBatch = -1;
      if (estimate.method === 'parametric' && estimate.batchSize !== undefined) {
        if (pc.batchModelled) iBatch = c.supplied('estimate.batchSize', fields.batchSize, estimate.batchSize);
        else c.warn(`Batch size is not modelled by the coefficients of ${set.id} (EcoLogits ≤ 0.8.2): the supplied batch size is ignored.`);
      }
      if (iBatch < 0 && pc.batchModelled) iBatch = c.fromCoefficient('estimate.batchSize', fields.batchSize, 'ecologits-batch-size');
      let iLatency = -1;
      if (estimate.method === 'parametric' && estimate.latencyS !== undefined) iLatency = c.supplied('estimate.latencyS', fields.latencyS, estimate.latencyS);
      const iT = tokensIndex();
      covered.add('accelerators');
      covered.add('hostCpuRam');
      covered.add('dataCentreOverhead');
      covered.add('embodied');
      const request: ParametricRequest = { gpus: 0, latencyS: 0, gpuEnergyWh: 0, serverEnergyWh: 0, embodiedG: 0, acceleratorHours: 0 };
      return {
        ok: true,
        accHoursFromEnergy: false,
        splitByDefaultShares: false,
        compute: (v, s) => {
          const active = v[iActive] as number;
          parametricRequest(
            pc,
            active,
            iTotal >= 0 ? (v[iTotal] as number) : active,
            v[iT] as number,
            iBatch >= 0 ? (v[iBatch] as number) : pc.defaultBatchSize,
            iLatency >= 0 ? (v[iLatency] as number) : Number.POSITIVE_INFINITY,
            request,
          );
          // ecologits-2025 step 7: request energy = PUE x (server excl. GPUs + GPUs x GPU energy).
          s.acc = request.gpuEnergyWh;
          s.host = request.serverEnergyWh;
          s.idle = 0;
          s.overheadFactor = (v[iPue] as number) - 1;
          s.embodiedG = request.embodiedG;
          s.accHours = request.acceleratorHours;
          s.gpus = request.gpus;
          s.latencyS = request.latencyS;
        },
      };
    }
  }
}
