/** Build-time form of the training amortisation island, and the allocation it opens with. */
import { trainingFields as f } from '../../../calculators/training/index.ts';
import type { TrainingInput, TrainingResult } from '../../../calculators/training/index.ts';
import { fieldsFor } from '../shared/fields.ts';
import type { IslandDefinition } from '../shared/server.ts';
import type { FieldDef } from '../shared/types.ts';
import { engine } from './engine.ts';

export function trainingFieldDefs(coefficientSet: string): FieldDef[] {
  const { number, select, choices } = fieldsFor(coefficientSet);
  const optional = { optional: true };
  return [
    number(
      'allocation.lifetimeInferences',
      f.lifetimeInferences,
      'Every inference the model serves over its life, across all users. Rarely disclosed: the result is inversely proportional to it.',
    ),
    number('energy.acceleratorHours', f.acceleratorHours, 'Accelerator-hours of the training run (BLOOM: 1,082,990 A100-hours).'),
    number('energy.powerPerAcceleratorW', f.powerPerAcceleratorW, 'Average power per accelerator during training (BLOOM: 400 W).'),
    number('energy.pue', f.pue, 'Data-centre overhead applied to the energy (BLOOM’s figure already excludes it: 1).', {
      optional: true,
      defaultFrom: 'pue-default',
    }),
    select(
      'grid.preset',
      'Electricity grid of the training',
      'Location-based grid intensity where the model was trained.',
      choices.grids(),
    ),
    number(
      'idle.energyKWh',
      f.idleEnergyKWh,
      'Energy of reserved but idle hardware (BLOOM: 256,646 kWh). Leave empty to exclude it.',
      optional,
    ),
    number(
      'embodied.emissionsTCO2e',
      f.embodiedTCO2e,
      'Manufacturing emissions allocated to the run (BLOOM: 11.2 t). Leave empty to exclude.',
      optional,
    ),
    number(
      'allocation.inferenceEnergyWhPerUnit',
      f.inferenceEnergyWhPerUnit,
      'Energy of one inference request, to find where inference overtakes training.',
      optional,
    ),
    number(
      'allocation.inferenceEmissionsGPerUnit',
      f.inferenceEmissionsGPerUnit,
      'Emissions of one inference request, for the same comparison in emissions.',
      optional,
    ),
  ];
}

/** An example without an allocation opens amortised over a billion inferences, so the curve has a point. */
const withAllocation = (example: TrainingInput): TrainingInput =>
  example.allocation ? example : { ...example, allocation: { method: 'amortise', lifetimeInferences: 1e9 } };

export const trainingAmortisation: IslandDefinition<TrainingInput, TrainingInput, TrainingResult> = {
  fields: trainingFieldDefs,
  input: withAllocation,
  engine,
};
