/** Build-time props of the boundary explorer: fields from the engine's field specs, the worked example. */
import { gridPresets, devicePresets } from '../../../calculators/coefficients/shared.ts';
import { boundaryElements, boundaryLabels, inferenceExamples, inferenceFields } from '../../../calculators/inference/index.ts';
import type { InferenceInput, InferenceResult } from '../../../calculators/inference/index.ts';
import { islandContext, islandProps, requireExample, type VersionInfo } from '../shared/server.ts';
import type { FieldDef, IslandProps } from '../shared/types.ts';
import { engine } from './engine.ts';

const boundaryHelp: Record<(typeof boundaryElements)[number], string> = {
  accelerators: 'Energy of the GPUs or TPUs while they serve the request.',
  hostCpuRam: 'The server’s CPUs and memory around the accelerators.',
  idleCapacity: 'Machines kept ready for peaks but idle: part of the real cost of serving.',
  dataCentreOverhead: 'Cooling and power distribution, expressed by the PUE.',
  network: 'Moving the prompt and answer across networks (outside most supplier figures).',
  endUserDevice: 'The reader’s device while writing the prompt and reading the answer.',
  embodied: 'Manufacturing the hardware, shared over its service life.',
  training: 'A share of the model’s training, spread over its lifetime requests.',
};

export function boundaryFields(): FieldDef[] {
  const f = inferenceFields;
  return [
    { kind: 'number', path: 'estimate.energyWhPerRequest', label: 'Reported energy per request', unit: f.energyWhPerRequest.unit, min: f.energyWhPerRequest.min, max: f.energyWhPerRequest.max, range: true, help: 'The supplier’s figure for one request over the elements it covers (Google: 0.24 Wh for the comprehensive boundary).' },
    ...boundaryElements.map((element): FieldDef => ({ kind: 'switch', path: `boundary.${element}`, label: boundaryLabels[element], help: boundaryHelp[element] })),
    { kind: 'select', path: 'grid.preset', label: 'Electricity grid', optional: true, help: 'Location-based grid intensity used for emissions (default: world average).', options: gridPresets.map((g) => ({ value: g.id, label: g.region })) },
    { kind: 'number', path: 'network.bytesPerUnit', label: 'Data transferred per request', unit: f.bytesPerUnit.unit, min: f.bytesPerUnit.min, max: f.bytesPerUnit.max, optional: true, defaultHint: '20000', help: 'Used when network transfer is switched on.' },
    { kind: 'select', path: 'device.type', label: 'Reader’s device', optional: true, help: 'Used when end-user device time is switched on (device power is an assumption).', options: devicePresets.map((d) => ({ value: d.id, label: d.label })) },
    { kind: 'number', path: 'device.timeSPerUnit', label: 'Device time per request', unit: f.deviceTimeSPerUnit.unit, min: f.deviceTimeSPerUnit.min, max: f.deviceTimeSPerUnit.max, optional: true, range: true, defaultHint: '30', help: 'Seconds of device use attributable to the request.' },
    { kind: 'number', path: 'training.energyMWh', label: 'Training energy of the model', unit: f.trainingEnergyMWh.unit, min: f.trainingEnergyMWh.min, max: f.trainingEnergyMWh.max, optional: true, range: true, help: 'Used when allocated training is switched on; Google does not disclose it for Gemini (GPT-3: 1,287 MWh).' },
    { kind: 'number', path: 'training.lifetimeRequests', label: 'Lifetime requests of the model', unit: f.lifetimeRequests.unit, min: f.lifetimeRequests.min, max: f.lifetimeRequests.max, optional: true, range: true, help: 'All requests the model serves over its life, across all users; the training share is inversely proportional to it.' },
  ];
}

export const boundaryExamples = inferenceExamples;

export function boundaryExplorerProps(exampleId: string, version: VersionInfo, site?: string): IslandProps<InferenceInput, InferenceResult> {
  const example = requireExample<InferenceInput>('boundary-explorer', inferenceExamples, exampleId);
  const context = islandContext({
    island: 'boundary-explorer',
    title: 'Boundary explorer',
    exampleId,
    version,
    methodology: { slug: 'boundaries-and-functional-units', label: 'Boundaries, functional units and assumptions' },
    site,
  });
  return islandProps(context, boundaryFields(), example.input, engine);
}
