/** Build-time props of the workbench's inference island: every inference input, presets and methods. */
import { boundaryElements, boundaryLabels, inferenceExamples, inferenceFields as f } from '../../../calculators/inference/index.ts';
import { appliesTo } from '../../../calculators/core/example.ts';
import { presetExample } from '../../../calculators/inference/preset-examples.ts';
import type { InferenceInput, InferenceResult } from '../../../calculators/inference/index.ts';
import { requireCoefficientSet } from '../../lib/coefficients.ts';
import { engine } from '../boundary-explorer/engine.ts';
import { fieldsFor, type FieldBuilders } from '../shared/fields.ts';
import { islandContext, islandProps, type VersionInfo } from '../shared/server.ts';
import type { FieldDef, IslandProps } from '../shared/types.ts';

export interface WorkbenchExtras {
  /** Media presets: worked example input by preset id. */
  presets: { id: string; label: string; input: InferenceInput }[];
  /** A starting estimate for each method. */
  methods: { id: string; label: string; estimate: InferenceInput['estimate'] }[];
}

/** The volume a preset starts with: visible in the form, and named in every total's label. */
const DEFAULT_VOLUME = { unitsPerPeriod: 1_000, period: 'month' as const };

/** The use case's functional unit, requests and tokens. */
const unitFields = ({ number, select, choices }: FieldBuilders, optional = { optional: true }): FieldDef[] => [
  select(
    'functionalUnit',
    'Functional unit',
    'What one result refers to (default: the preset’s unit, else one request).',
    choices.functionalUnits(),
  ),
  number('requestsPerUnit', f.requestsPerUnit, 'Requests per article, image or minute (counted units only).', optional),
  number('outputTokensPerRequest', f.outputTokensPerRequest, 'Drives modelled energy and per-token results.', optional),
  number(
    'inputTokensPerRequest',
    f.inputTokensPerRequest,
    'Tokens the model reads per request: prompt, documents and history (counted from coefficient set cs-2026-12).',
    optional,
  ),
];

/** An optional field whose default is the pinned set's coefficient `id`. */
const defaultFrom = (id: string) => ({ optional: true, defaultFrom: id });

/** The estimate's inputs, of every method; the island shows those of the method chosen. */
const estimateFields = ({ number, select, choices }: FieldBuilders, optional = { optional: true }): FieldDef[] => [
  number('estimate.energyWhPerRequest', f.energyWhPerRequest, 'Energy per request over the elements the figure covers.', optional),
  number('estimate.activeParamsB', f.activeParamsB, 'Parameters active per token (all of them for a dense model).', optional),
  number('estimate.totalParamsB', f.totalParamsB, 'Mixture of experts: total parameters, which set the GPU count.', optional),
  number('estimate.batchSize', f.batchSize, 'Concurrent requests per GPU group.', defaultFrom('ecologits-batch-size')),
  number('estimate.latencyS', f.latencyS, 'Measured generation time, if known.', optional),
  number('estimate.peakFlopsPerSecond', f.peakFlopsPerSecond, 'Accelerator peak throughput.', defaultFrom('h100-peak-flops-bf16')),
  number('estimate.utilisation', f.utilisation, 'Share of peak throughput achieved in inference.', defaultFrom('flop-utilisation-default')),
  number('estimate.powerPerAcceleratorW', f.powerPerAcceleratorW, 'Server power per accelerator.', defaultFrom('dgx-h100-power-per-gpu-w')),
  number('estimate.powerAdjustment', f.powerAdjustment, 'Average draw relative to rated power.', defaultFrom('power-adjustment-default')),
  number('estimate.acceleratorShareOfPower', f.acceleratorShareOfPower, 'Share of server power drawn by the accelerators.', optional),
  number('estimate.pue', f.pue, 'Data-centre overhead used by the method.', { ...defaultFrom('pue-default'), label: 'PUE of the method' }),
  number('estimate.joulesPerToken', f.joulesPerToken, 'Measured benchmark energy per output token (ML.ENERGY).', optional),
  number(
    'estimate.energyWhPer1000Queries',
    f.energyWhPer1000Queries,
    'Measured benchmark energy per 1,000 queries (AI Energy Score, Power Hungry Processing).',
    optional,
  ),
  number(
    'estimate.labToProductionFactor',
    f.labToProductionFactor,
    'Scales a batch-1 laboratory figure towards production (an assumption).',
    defaultFrom('lab-batch1-to-production'),
  ),
  select('estimate.modelClass', 'Model class', 'For the proxy tier.', choices.modelClasses(), { optional: false }),
];

/** What the boundary adds around the estimate: grid, overhead, network, device, training, and the volume. */
const surroundingFields = ({ number, select, toggle, choices }: FieldBuilders, optional = { optional: true }): FieldDef[] => [
  ...boundaryElements.map((element) => toggle(`boundary.${element}`, boundaryLabels[element])),
  select('grid.preset', 'Electricity grid', 'Location-based by default; market-based presets are labelled.', choices.grids()),
  number('grid.intensityGPerKWh', f.intensityGPerKWh, 'Your own grid intensity: overrides the preset.', optional),
  number('pue', f.pue, 'Overhead for a source that does not cover it.', defaultFrom('pue-default')),
  number('network.bytesPerUnit', f.bytesPerUnit, 'Data moved per functional unit.', optional),
  select('network.access', 'Network access', 'Fixed (default) or mobile.', [
    { value: 'fixed', label: 'Fixed' },
    { value: 'mobile', label: 'Mobile' },
  ]),
  select('device.type', 'Reader’s device', 'Device power is an assumption.', choices.devices()),
  number('device.powerW', f.devicePowerW, 'Your own device power figure.', optional),
  number('device.timeSPerUnit', f.deviceTimeSPerUnit, 'Seconds of device use per functional unit.', optional),
  number('training.energyMWh', f.trainingEnergyMWh, 'Training energy to allocate (boundary element “allocated training”).', optional),
  number('training.lifetimeRequests', f.lifetimeRequests, 'Lifetime requests of the model across all users.', optional),
  number('volume.unitsPerPeriod', f.unitsPerPeriod, 'Functional units per period, for totals.', optional),
  select('volume.period', 'Period', 'Totals per week, month or year.', [
    { value: 'week', label: 'Week' },
    { value: 'month', label: 'Month' },
    { value: 'year', label: 'Year' },
  ]),
];

export function workbenchFields(coefficientSet: string): FieldDef[] {
  const builders = fieldsFor(coefficientSet);
  return [...unitFields(builders), ...estimateFields(builders), ...surroundingFields(builders)];
}

/** The worked example that starts each method, and how the method is named. */
const methods: Record<InferenceInput['estimate']['method'], { example: string; label: string }> = {
  measured: { example: 'gemini-median', label: 'Measured (your own metering)' },
  reported: { example: 'gemini-median', label: 'Reported by the supplier' },
  flop: { example: 'epoch-gpt4o', label: 'Modelled: FLOP-based (Epoch AI)' },
  parametric: { example: 'ecologits-70b', label: 'Modelled: parametric (EcoLogits)' },
  benchmark: { example: 'mlenergy-qwen3-8b', label: 'Modelled: benchmark' },
  realtime: { example: 'transcription-speech', label: 'Modelled: speech model (processing time per second of audio)' },
  proxy: { example: 'proxy-frontier', label: 'Proxy: model class' },
};

export function workbenchExtras(coefficientSet: string): WorkbenchExtras {
  const examples: Readonly<Record<string, { input: InferenceInput }>> = inferenceExamples;
  // Each preset starts from the example that models it with this set, with a volume shown in the form.
  const presets = requireCoefficientSet(coefficientSet).media.flatMap((p) => {
    const example = presetExample(p.id, coefficientSet);
    return example ? [{ id: p.id, label: p.label, input: { ...example.input, volume: DEFAULT_VOLUME } }] : [];
  });
  // A method whose starting example needs a later coefficient set is not offered (the speech method before cs-2026-12).
  const available = Object.entries(methods).filter(([, { example }]) =>
    appliesTo(inferenceExamples[example as keyof typeof inferenceExamples], coefficientSet),
  );
  const methodList = available.map(([id, { example, label }]) => {
    const estimate = examples[example]!.input.estimate;
    // "Measured" starts from the reported example's figure, as one's own metering of the same service would.
    return {
      id,
      label,
      estimate: id === 'measured' && estimate.method === 'reported' ? { ...estimate, method: 'measured' as const } : estimate,
    };
  });
  return { presets, methods: methodList };
}

export function workbenchProps(version: VersionInfo, site?: string): IslandProps<InferenceInput, InferenceResult> & WorkbenchExtras {
  const extras = workbenchExtras(version.coefficientSet);
  const first = extras.presets[0];
  if (!first) throw new Error('workbench: the coefficient data define no media presets');
  const context = islandContext({
    island: 'workbench-inference',
    title: 'Inference workbench',
    exampleId: first.id,
    version,
    methodology: { slug: 'boundaries-and-functional-units', label: 'Boundaries, functional units and assumptions' },
    site,
  });
  return { ...islandProps(context, workbenchFields(version.coefficientSet), first.input, engine), ...extras };
}
