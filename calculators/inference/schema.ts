/**
 * Inference model input: the single source of truth for validation, forms and URL state.
 * Every numeric field may be a point or a range (see core/uncertain.ts).
 */
import * as z from 'zod/mini';
import { functionalUnits } from '../coefficients/functional-units.ts';
import { mediaPresetIds } from '../coefficients/preset-ids.ts';
import { gridSchema } from '../core/grid.ts';
import { plainText } from '../core/text.ts';
import { uncertain } from '../core/uncertain.ts';
import type { FieldSpec } from '../core/uncertain.ts';
import { dataCentreElements } from './boundary.ts';

const MAX_WH = 1e7;

/** Reporting periods for totals. */
export const periods = ['week', 'month', 'year'] as const;
export type Period = (typeof periods)[number];

/** Field specs: label, unit and allowed range used in messages, labels and sensitivity charts. */
export const fields = {
  energyWhPerRequest: { label: 'Energy per request', unit: 'Wh', min: 0, max: MAX_WH },
  requestsPerUnit: { label: 'Requests per functional unit', unit: 'requests', min: 0, max: 100_000, minExclusive: true },
  outputTokensPerRequest: { label: 'Output tokens per request', unit: 'tokens', min: 0, max: 10_000_000, minExclusive: true },
  inputTokensPerRequest: { label: 'Input tokens per request', unit: 'tokens', min: 0, max: 10_000_000 },
  activeParamsB: { label: 'Active parameters', unit: 'billion parameters', min: 0, max: 100_000, minExclusive: true },
  totalParamsB: { label: 'Total parameters', unit: 'billion parameters', min: 0, max: 100_000, minExclusive: true },
  batchSize: { label: 'Batch size', unit: 'requests', min: 1, max: 4_096 },
  latencyS: { label: 'Measured request latency', unit: 's', min: 0, max: 86_400, minExclusive: true },
  pue: { label: 'PUE', unit: 'ratio', min: 1, max: 3 },
  peakFlopsPerSecond: { label: 'Accelerator peak throughput', unit: 'FLOP/s', min: 0, max: 1e18, minExclusive: true },
  utilisation: { label: 'FLOP utilisation', unit: 'fraction', min: 0, max: 1, minExclusive: true },
  powerPerAcceleratorW: { label: 'Server power per accelerator', unit: 'W', min: 0, max: 10_000 },
  powerAdjustment: { label: 'Average draw relative to rated power', unit: 'fraction', min: 0, max: 1 },
  acceleratorShareOfPower: { label: 'Accelerator share of server power', unit: 'fraction', min: 0, max: 1 },
  joulesPerToken: { label: 'Measured energy per output token', unit: 'J/token', min: 0, max: 100_000 },
  energyWhPer1000Queries: { label: 'Measured energy per 1,000 queries', unit: 'Wh per 1,000 queries', min: 0, max: 1e9 },
  labToProductionFactor: { label: 'Lab to production adjustment', unit: 'multiplier', min: 0, max: 10, minExclusive: true },
  share: { label: 'Element share', unit: 'fraction', min: 0, max: 1 },
  intensityGPerKWh: { label: 'Grid intensity', unit: 'gCO2e/kWh', min: 0, max: 2_000 },
  bytesPerUnit: { label: 'Data transferred per unit', unit: 'bytes', min: 0, max: 1e12 },
  deliverySPerUnit: { label: 'Delivery time per unit', unit: 's', min: 0, max: 86_400 },
  bitrateMbps: { label: 'Delivery bitrate', unit: 'Mbps', min: 0, max: 10_000 },
  lineMbps: { label: 'Access line capacity', unit: 'Mbps', min: 0, max: 100_000, minExclusive: true },
  realTimeFactor: { label: 'Processing time per second of audio', unit: 's per s of audio', min: 0, max: 100, minExclusive: true },
  audioSecondsPerRequest: { label: 'Audio per request', unit: 's', min: 0, max: 86_400, minExclusive: true },
  acceleratorPowerW: { label: 'Accelerator power in use', unit: 'W', min: 0, max: 10_000 },
  devicePowerW: { label: 'Device power', unit: 'W', min: 0, max: 2_000 },
  deviceTimeSPerUnit: { label: 'Device time per unit', unit: 's', min: 0, max: 86_400 },
  trainingEnergyMWh: { label: 'Training energy', unit: 'MWh', min: 0, max: 1e8 },
  trainingEmissionsTCO2e: { label: 'Training emissions', unit: 'tCO2e', min: 0, max: 1e8 },
  trainingIntensityGPerKWh: { label: 'Training grid intensity', unit: 'gCO2e/kWh', min: 0, max: 2_000 },
  lifetimeRequests: { label: 'Lifetime requests of the model', unit: 'requests', min: 1, max: 1e16 },
  unitsPerPeriod: { label: 'Volume', unit: 'units per period', min: 0, max: 1e13 },
} as const satisfies Record<string, FieldSpec>;

const coversSchema = z.array(
  z.enum(dataCentreElements, { error: 'Covered elements must be accelerators, hostCpuRam, idleCapacity or dataCentreOverhead' }),
  { error: 'Covered elements must be a list such as ["accelerators", "hostCpuRam"]' },
);

const sharesSchema = z.object(
  {
    accelerators: z.optional(uncertain({ ...fields.share, label: 'Accelerator share' })),
    hostCpuRam: z.optional(uncertain({ ...fields.share, label: 'Host CPU and memory share' })),
    idleCapacity: z.optional(uncertain({ ...fields.share, label: 'Idle capacity share' })),
    dataCentreOverhead: z.optional(uncertain({ ...fields.share, label: 'Data-centre overhead share' })),
  },
  { error: 'Element shares must be an object such as { accelerators: 0.58, hostCpuRam: 0.25 }' },
);

export const measuredSchema = z.object({
  method: z.literal('measured'),
  /** Energy per request measured by the organisation, Wh. */
  energyWhPerRequest: uncertain(fields.energyWhPerRequest),
  /** Data-centre elements the measurement covers (default: accelerators only). */
  covers: z.optional(coversSchema),
  /** Measured split between the covered elements (default: Google's published shares). */
  shares: z.optional(sharesSchema),
  /** What was measured, in plain text (for the disclosure). */
  description: z.optional(plainText('Measurement description', 500)),
});

export const reportedSchema = z.object({
  method: z.literal('reported'),
  /** Supplier-reported energy per request, Wh (e.g. Google 0.24 Wh, OpenAI 0.34 Wh). */
  energyWhPerRequest: uncertain(fields.energyWhPerRequest),
  /** Elements the supplier's boundary covers (default: accelerators only). */
  covers: z.optional(coversSchema),
  /** Supplier's split of its figure by element, if published. */
  shares: z.optional(sharesSchema),
  /** Supplier name, plain text. */
  supplier: z.optional(plainText('Supplier')),
});

export const flopSchema = z.object({
  method: z.literal('flop'),
  activeParamsB: uncertain(fields.activeParamsB),
  peakFlopsPerSecond: z.optional(uncertain(fields.peakFlopsPerSecond)),
  utilisation: z.optional(uncertain(fields.utilisation)),
  powerPerAcceleratorW: z.optional(uncertain(fields.powerPerAcceleratorW)),
  powerAdjustment: z.optional(uncertain(fields.powerAdjustment)),
  acceleratorShareOfPower: z.optional(uncertain(fields.acceleratorShareOfPower)),
  pue: z.optional(uncertain(fields.pue)),
});

export const parametricSchema = z.object({
  method: z.literal('parametric'),
  /** Active parameters, billions: drive energy and latency. */
  activeParamsB: uncertain(fields.activeParamsB),
  /** Total parameters, billions (mixture of experts): drive the GPU count. Default: = active (dense). */
  totalParamsB: z.optional(uncertain(fields.totalParamsB)),
  batchSize: z.optional(uncertain(fields.batchSize)),
  /** Measured request latency, s: caps the modelled generation time. */
  latencyS: z.optional(uncertain(fields.latencyS)),
  pue: z.optional(uncertain(fields.pue)),
});

export const benchmarkSchema = z.object({
  method: z.literal('benchmark'),
  /** Which benchmark the figure comes from (for the disclosure and default sources). */
  benchmark: z.optional(
    z.enum(['ml-energy', 'ai-energy-score', 'power-hungry-processing', 'other'], {
      error: 'Benchmark must be ml-energy, ai-energy-score, power-hungry-processing or other',
    }),
  ),
  /** Measured J per output token (ML.ENERGY); multiplied by output tokens per request. */
  joulesPerToken: z.optional(uncertain(fields.joulesPerToken)),
  /** Measured Wh per 1,000 queries (AI Energy Score; Power Hungry Processing in kWh x 1,000). */
  energyWhPer1000Queries: z.optional(uncertain(fields.energyWhPer1000Queries)),
  /** Batch size of the measurement: 'batch-1' lab figures get a lab-to-production adjustment. */
  measuredAt: z.optional(z.enum(['production-batch', 'batch-1'], { error: 'Measured at must be production-batch or batch-1' })),
  labToProductionFactor: z.optional(uncertain(fields.labToProductionFactor)),
  /** Elements the benchmark measures (default: accelerators only). */
  covers: z.optional(coversSchema),
});

/** Speech models (transcription, dubbing): processing time per second of audio on one accelerator. */
export const realtimeSchema = z.object({
  method: z.literal('realtime'),
  /** Seconds of accelerator time per second of audio (the inverse of "times faster than real time"). */
  realTimeFactor: z.optional(uncertain(fields.realTimeFactor)),
  /** Seconds of audio per request (default 60: one request per minute of audio). */
  audioSecondsPerRequest: z.optional(uncertain(fields.audioSecondsPerRequest)),
  /** Average accelerator power while processing, W (default: accelerator-average-power-w). */
  acceleratorPowerW: z.optional(uncertain(fields.acceleratorPowerW)),
});

export const proxySchema = z.object({
  method: z.literal('proxy'),
  modelClass: z.enum(['small', 'medium', 'large', 'frontier'], { error: 'Model class must be small, medium, large or frontier' }),
  pue: z.optional(uncertain(fields.pue)),
});

export const estimateSchema = z.discriminatedUnion(
  'method',
  [measuredSchema, reportedSchema, flopSchema, parametricSchema, benchmarkSchema, realtimeSchema, proxySchema],
  { error: 'Estimate method must be measured, reported, flop, parametric, benchmark, realtime or proxy' },
);

const booleanField = (label: string) => z.optional(z.boolean({ error: `${label} must be true or false` }));

export const boundarySchema = z.object(
  {
    accelerators: booleanField('Accelerators'),
    hostCpuRam: booleanField('Host CPU and memory'),
    idleCapacity: booleanField('Idle and provisioned capacity'),
    dataCentreOverhead: booleanField('Data-centre overhead'),
    network: booleanField('Network transfer'),
    endUserDevice: booleanField('End-user device time'),
    embodied: booleanField('Embodied hardware'),
    training: booleanField('Allocated training'),
  },
  { error: 'Boundary must be an object of true/false switches such as { network: true }' },
);

export const inferenceInputSchema = z.object({
  /** Name of the use case or model, plain text (for the disclosure). */
  label: z.optional(plainText('Label')),
  /** Media preset: fills functional unit, requests, tokens, data and device time as defaults. */
  preset: z.optional(z.enum(mediaPresetIds, { error: `Preset must be one of: ${mediaPresetIds.join(', ')}` })),
  /** Functional unit of the result (default: request, or the preset's unit). */
  functionalUnit: z.optional(z.enum(functionalUnits, { error: `Functional unit must be one of: ${functionalUnits.join(', ')}` })),
  /** Requests per article, image or minute (ignored for request and token units). */
  requestsPerUnit: z.optional(uncertain(fields.requestsPerUnit)),
  /** Output tokens per request: drives modelled energy and per-token conversions. */
  outputTokensPerRequest: z.optional(uncertain(fields.outputTokensPerRequest)),
  /** Input tokens per request (prompt, context, documents): prefill compute where the set counts it. */
  inputTokensPerRequest: z.optional(uncertain(fields.inputTokensPerRequest)),
  estimate: estimateSchema,
  /** Boundary switches; unspecified elements follow the source's own boundary. */
  boundary: z.optional(boundarySchema),
  grid: z.optional(gridSchema),
  /** PUE used to model overhead when the source does not cover it (default pue-default 1.2). */
  pue: z.optional(uncertain(fields.pue)),
  network: z.optional(
    z.object(
      {
        /**
         * How network energy is modelled: 'energy-intensity' (kWh per GB, an average attribution: the default),
         * 'power' (fixed power plus watts per Mbps over the delivery time, allocated by time as DIMPACT
         * members report streaming), or 'marginal' (only the traffic-proportional power: the energy the
         * traffic adds, for consequential comparisons).
         */
        model: z.optional(
          z.enum(['energy-intensity', 'power', 'marginal'], { error: 'Network model must be energy-intensity, power or marginal' }),
        ),
        /** Bytes per functional unit (per request for request and token units). */
        bytesPerUnit: z.optional(uncertain(fields.bytesPerUnit)),
        access: z.optional(z.enum(['fixed', 'mobile'], { error: 'Network access must be fixed or mobile' })),
        includeHomeRouter: booleanField('Include home router'),
        /** Power model: seconds of delivery attributed to one functional unit. */
        deliverySPerUnit: z.optional(uncertain(fields.deliverySPerUnit)),
        /** Power model: the delivery's bitrate, Mbps. */
        bitrateMbps: z.optional(uncertain(fields.bitrateMbps)),
        /** Power model: the access line's capacity, Mbps (default network-line-mbps). */
        lineMbps: z.optional(uncertain(fields.lineMbps)),
      },
      { error: 'Network must be an object such as { bytesPerUnit: 20000 }' },
    ),
  ),
  device: z.optional(
    z.object(
      {
        type: z.optional(
          z.enum(['laptop', 'desktop-monitor', 'smartphone'], { error: 'Device must be laptop, desktop-monitor or smartphone' }),
        ),
        powerW: z.optional(uncertain(fields.devicePowerW)),
        /** Seconds of device use per functional unit (per request for request and token units). */
        timeSPerUnit: z.optional(uncertain(fields.deviceTimeSPerUnit)),
      },
      { error: 'Device must be an object such as { type: "laptop" }' },
    ),
  ),
  /** Training figures to allocate over the model's lifetime requests (boundary element "training"). */
  training: z.optional(
    z.object(
      {
        energyMWh: z.optional(uncertain(fields.trainingEnergyMWh)),
        emissionsTCO2e: z.optional(uncertain(fields.trainingEmissionsTCO2e)),
        intensityGPerKWh: z.optional(uncertain(fields.trainingIntensityGPerKWh)),
        lifetimeRequests: uncertain(fields.lifetimeRequests),
      },
      { error: 'Training must be an object such as { energyMWh: 1287, lifetimeRequests: 1e10 }' },
    ),
  ),
  /** Volume of functional units per period: scales per-unit results to totals. */
  volume: z.optional(
    z.object(
      {
        unitsPerPeriod: uncertain(fields.unitsPerPeriod),
        period: z.optional(z.enum(periods, { error: 'Period must be week, month or year' })),
      },
      { error: 'Volume must be an object such as { unitsPerPeriod: 1000, period: "month" }' },
    ),
  ),
});

export type InferenceInput = z.infer<typeof inferenceInputSchema>;
export type InferenceEstimate = InferenceInput['estimate'];

/** Labels for fallback messages, by input path. */
export const inferenceLabels: Record<string, string> = {
  '': 'The input',
  estimate: 'Estimate',
  'estimate.method': 'Estimate method',
  boundary: 'Boundary',
  grid: 'Grid',
  volume: 'Volume',
  training: 'Training',
  'training.lifetimeRequests': 'Lifetime requests of the model',
  'volume.unitsPerPeriod': 'Volume',
  'estimate.energyWhPerRequest': 'Energy per request',
  'estimate.activeParamsB': 'Active parameters',
  'estimate.modelClass': 'Model class',
  network: 'Network',
  'network.model': 'Network model',
};
