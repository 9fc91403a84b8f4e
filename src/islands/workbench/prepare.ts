/** Build-time props of the workbench's inference island: every inference input, presets and methods. */
import { devicePresets, gridPresets, mediaPresets, modelClasses } from '../../../calculators/coefficients/shared.ts';
import { functionalUnits } from '../../../calculators/coefficients/schema.ts';
import { boundaryElements, boundaryLabels, functionalUnitLabels, inferenceExamples, inferenceFields } from '../../../calculators/inference/index.ts';
import type { InferenceInput, InferenceResult } from '../../../calculators/inference/index.ts';
import { engine } from '../boundary-explorer/engine.ts';
import { islandContext, islandProps, type VersionInfo } from '../shared/server.ts';
import type { FieldDef, IslandProps } from '../shared/types.ts';

export interface WorkbenchExtras {
  /** Media presets: worked example input by preset id. */
  presets: { id: string; label: string; input: InferenceInput }[];
  /** A starting estimate for each method. */
  methods: { id: string; label: string; estimate: InferenceInput['estimate'] }[];
}

const f = inferenceFields;
type Spec = { label: string; unit: string; min: number; max: number };
const num = (path: string, spec: Spec, help: string, extra: Partial<FieldDef> = {}): FieldDef =>
  ({ kind: 'number', path, label: spec.label, unit: spec.unit, min: spec.min, max: spec.max, range: true, optional: true, help, ...extra }) as FieldDef;

export function workbenchFields(): FieldDef[] {
  return [
    { kind: 'select', path: 'functionalUnit', label: 'Functional unit', optional: true, help: 'What one result refers to (default: the preset’s unit, else one request).', options: functionalUnits.map((u) => ({ value: u, label: functionalUnitLabels[u].replace(/^per /, 'one ') })) },
    num('requestsPerUnit', f.requestsPerUnit, 'Requests per article, image or minute (counted units only).'),
    num('outputTokensPerRequest', f.outputTokensPerRequest, 'Drives modelled energy and per-token results.'),
    num('estimate.energyWhPerRequest', f.energyWhPerRequest, 'Energy per request over the elements the figure covers.'),
    num('estimate.activeParamsB', f.activeParamsB, 'Parameters active per token (all of them for a dense model).'),
    num('estimate.totalParamsB', f.totalParamsB, 'Mixture of experts: total parameters, which set the GPU count.'),
    num('estimate.batchSize', f.batchSize, 'Concurrent requests per GPU group (EcoLogits default 64).'),
    num('estimate.latencyS', f.latencyS, 'Measured generation time, if known.'),
    num('estimate.peakFlopsPerSecond', f.peakFlopsPerSecond, 'Accelerator peak throughput (H100: 9.89e14 FLOP/s).'),
    num('estimate.utilisation', f.utilisation, 'Share of peak throughput achieved in inference (Epoch AI: 0.1).'),
    num('estimate.powerPerAcceleratorW', f.powerPerAcceleratorW, 'Server power per accelerator (DGX H100: 1,275 W).'),
    num('estimate.powerAdjustment', f.powerAdjustment, 'Average draw relative to rated power (0.7).'),
    num('estimate.acceleratorShareOfPower', f.acceleratorShareOfPower, 'Share of server power drawn by the accelerators.'),
    num('estimate.pue', { ...f.pue, label: 'PUE of the method' }, 'Data-centre overhead used by the method.'),
    num('estimate.joulesPerToken', f.joulesPerToken, 'Measured benchmark energy per output token (ML.ENERGY).'),
    num('estimate.energyWhPer1000Queries', f.energyWhPer1000Queries, 'Measured benchmark energy per 1,000 queries (AI Energy Score, Power Hungry Processing).'),
    num('estimate.labToProductionFactor', f.labToProductionFactor, 'Scales a batch-1 laboratory figure towards production (an assumption).'),
    { kind: 'select', path: 'estimate.modelClass', label: 'Model class', help: 'For the proxy tier.', options: modelClasses.map((m) => ({ value: m.id, label: m.label })) },
    ...boundaryElements.map((element): FieldDef => ({ kind: 'switch', path: `boundary.${element}`, label: boundaryLabels[element], help: '' })),
    { kind: 'select', path: 'grid.preset', label: 'Electricity grid', optional: true, help: 'Location-based by default; market-based presets are labelled.', options: gridPresets.map((g) => ({ value: g.id, label: g.region })) },
    num('grid.intensityGPerKWh', f.intensityGPerKWh, 'Your own grid intensity: overrides the preset.'),
    num('pue', f.pue, 'Overhead for a source that does not cover it (default 1.2).'),
    num('network.bytesPerUnit', f.bytesPerUnit, 'Data moved per functional unit.'),
    { kind: 'select', path: 'network.access', label: 'Network access', optional: true, help: 'Fixed (default) or mobile.', options: [{ value: 'fixed', label: 'Fixed' }, { value: 'mobile', label: 'Mobile' }] },
    { kind: 'select', path: 'device.type', label: 'Reader’s device', optional: true, help: 'Device power is an assumption.', options: devicePresets.map((d) => ({ value: d.id, label: d.label })) },
    num('device.powerW', f.devicePowerW, 'Your own device power figure.'),
    num('device.timeSPerUnit', f.deviceTimeSPerUnit, 'Seconds of device use per functional unit.'),
    num('training.energyMWh', f.trainingEnergyMWh, 'Training energy to allocate (boundary element “allocated training”).'),
    num('training.lifetimeRequests', f.lifetimeRequests, 'Lifetime requests of the model across all users.'),
    num('volume.unitsPerPeriod', f.unitsPerPeriod, 'Functional units per period, for totals.'),
    { kind: 'select', path: 'volume.period', label: 'Period', optional: true, help: 'Totals per month or per year.', options: [{ value: 'month', label: 'Month' }, { value: 'year', label: 'Year' }] },
  ];
}

export function workbenchExtras(): WorkbenchExtras {
  const examples = inferenceExamples as Record<string, { title: string; input: InferenceInput }>;
  const presets = mediaPresets.flatMap((p) => (examples[p.id] ? [{ id: p.id, label: p.label, input: { ...(examples[p.id] as { input: InferenceInput }).input, volume: { unitsPerPeriod: 1000, period: 'month' as const } } }] : []));
  const methodExample: Record<string, string> = { measured: 'gemini-median', reported: 'gemini-median', flop: 'epoch-gpt4o', parametric: 'ecologits-70b', benchmark: 'mlenergy-qwen3-8b', proxy: 'proxy-frontier' };
  const labels: Record<string, string> = { measured: 'Measured (your own metering)', reported: 'Reported by the supplier', flop: 'Modelled: FLOP-based (Epoch AI)', parametric: 'Modelled: parametric (EcoLogits)', benchmark: 'Modelled: benchmark', proxy: 'Proxy: model class' };
  const methods = Object.entries(methodExample).map(([id, ex]) => {
    const estimate = (examples[ex] as { input: InferenceInput }).input.estimate;
    return { id, label: labels[id] as string, estimate: (id === 'measured' ? { ...estimate, method: 'measured' } : estimate) as InferenceInput['estimate'] };
  });
  return { presets, methods };
}

export function workbenchProps(version: VersionInfo, site?: string): IslandProps<InferenceInput, InferenceResult> & WorkbenchExtras {
  const extras = workbenchExtras();
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
  return { ...islandProps(context, workbenchFields(), first.input, engine), ...extras };
}
