/** Build-time form of the boundary explorer: a reported figure, the boundary switches and what they need. */
import { boundaryElements, boundaryLabels, inferenceFields as f } from '../../../calculators/inference/index.ts';
import type { InferenceInput, InferenceResult } from '../../../calculators/inference/index.ts';
import { fieldsFor } from '../shared/fields.ts';
import type { IslandDefinition } from '../shared/server.ts';
import type { FieldDef } from '../shared/types.ts';
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

export function boundaryFields(coefficientSet: string): FieldDef[] {
  const { number, select, toggle, choices } = fieldsFor(coefficientSet);
  return [
    number(
      'estimate.energyWhPerRequest',
      f.energyWhPerRequest,
      'The supplier’s figure for one request over the elements it covers (Google: 0.24 Wh for the comprehensive boundary).',
      { label: 'Reported energy per request' },
    ),
    ...boundaryElements.map((element) => toggle(`boundary.${element}`, boundaryLabels[element], boundaryHelp[element])),
    select(
      'grid.preset',
      'Electricity grid',
      'Location-based grid intensity used for emissions (default: world average).',
      choices.grids(),
    ),
    number('network.bytesPerUnit', f.bytesPerUnit, 'Used when network transfer is switched on.', {
      label: 'Data transferred per request',
      range: false,
      optional: true,
      defaultFrom: 'data-per-text-request-bytes',
    }),
    select(
      'device.type',
      'Reader’s device',
      'Used when end-user device time is switched on (device power is an assumption).',
      choices.devices(),
    ),
    number('device.timeSPerUnit', f.deviceTimeSPerUnit, 'Seconds of device use attributable to the request.', {
      label: 'Device time per request',
      optional: true,
      defaultFrom: 'device-time-per-request-s',
    }),
    number(
      'training.energyMWh',
      f.trainingEnergyMWh,
      'Used when allocated training is switched on; Google does not disclose it for Gemini (GPT-3: 1,287 MWh).',
      { label: 'Training energy of the model', optional: true },
    ),
    number(
      'training.lifetimeRequests',
      f.lifetimeRequests,
      'All requests the model serves over its life, across all users; the training share is inversely proportional to it.',
      { optional: true },
    ),
  ];
}

/** The explorer opens on the worked example as it is. */
export const boundaryExplorer: IslandDefinition<InferenceInput, InferenceInput, InferenceResult> = {
  fields: boundaryFields,
  input: (example) => example,
  engine,
};
