/** Build-time props of the training amortisation island. */
import { gridPresets } from '../../../calculators/coefficients/shared.ts';
import { trainingExamples, trainingFields } from '../../../calculators/training/index.ts';
import type { TrainingInput, TrainingResult } from '../../../calculators/training/index.ts';
import { islandContext, islandProps, requireExample, type VersionInfo } from '../shared/server.ts';
import type { FieldDef, IslandProps } from '../shared/types.ts';
import { engine } from './engine.ts';

export function trainingFieldDefs(): FieldDef[] {
  const f = trainingFields;
  const num = (path: string, spec: { label: string; unit: string; min: number; max: number }, help: string, extra: Partial<FieldDef> = {}): FieldDef =>
    ({ kind: 'number', path, label: spec.label, unit: spec.unit, min: spec.min, max: spec.max, range: true, help, ...extra }) as FieldDef;
  return [
    num('allocation.lifetimeInferences', f.lifetimeInferences, 'Every inference the model serves over its life, across all users. Rarely disclosed: the result is inversely proportional to it.'),
    num('energy.acceleratorHours', f.acceleratorHours, 'Accelerator-hours of the training run (BLOOM: 1,082,990 A100-hours).'),
    num('energy.powerPerAcceleratorW', f.powerPerAcceleratorW, 'Average power per accelerator during training (BLOOM: 400 W).'),
    num('energy.pue', f.pue, 'Data-centre overhead applied to the energy (BLOOM’s figure already excludes it: 1).', { optional: true, defaultHint: '1.2' }),
    { kind: 'select', path: 'grid.preset', label: 'Electricity grid of the training', optional: true, help: 'Location-based grid intensity where the model was trained.', options: gridPresets.map((g) => ({ value: g.id, label: g.region })) },
    num('idle.energyKWh', f.idleEnergyKWh, 'Energy of reserved but idle hardware (BLOOM: 256,646 kWh). Leave empty to exclude it.', { optional: true }),
    num('embodied.emissionsTCO2e', f.embodiedTCO2e, 'Manufacturing emissions allocated to the run (BLOOM: 11.2 t). Leave empty to exclude.', { optional: true }),
    num('allocation.inferenceEnergyWhPerUnit', f.inferenceEnergyWhPerUnit, 'Energy of one inference request, to find where inference overtakes training.', { optional: true }),
    num('allocation.inferenceEmissionsGPerUnit', f.inferenceEmissionsGPerUnit, 'Emissions of one inference request, for the same comparison in emissions.', { optional: true }),
  ];
}

export function trainingAmortisationProps(exampleId: string, version: VersionInfo, site?: string): IslandProps<TrainingInput, TrainingResult> {
  const example = requireExample<TrainingInput>('training-amortisation', trainingExamples, exampleId);
  const input: TrainingInput = example.input.allocation ? example.input : { ...example.input, allocation: { method: 'amortise', lifetimeInferences: 1e9 } };
  const context = islandContext({
    island: 'training-amortisation',
    title: 'Training amortisation',
    exampleId,
    version,
    methodology: { slug: 'training-and-inference', label: 'Training and inference: amortising over lifetime inferences' },
    site,
  });
  return islandProps(context, trainingFieldDefs(), input, engine);
}
