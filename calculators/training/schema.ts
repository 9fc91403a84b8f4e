/** Training model input: energy of one or more runs, the stacked emissions and the allocation. */
import * as z from 'zod/mini';
import { gridSchema } from '../core/grid.ts';
import { plainText } from '../core/text.ts';
import { uncertain } from '../core/uncertain.ts';
import type { FieldSpec } from '../core/uncertain.ts';

export const trainingFields = {
  acceleratorHours: { label: 'Accelerator-hours', unit: 'h', min: 0, max: 1e11 },
  powerPerAcceleratorW: { label: 'Power per accelerator', unit: 'W', min: 0, max: 10_000 },
  pue: { label: 'PUE', unit: 'ratio', min: 1, max: 3 },
  energyMWh: { label: 'Reported training energy', unit: 'MWh', min: 0, max: 1e8 },
  runs: { label: 'Number of runs', unit: 'runs', min: 0, max: 1e6, minExclusive: true },
  idleEnergyKWh: { label: 'Idle energy', unit: 'kWh', min: 0, max: 1e11 },
  idleShareOfDynamic: { label: 'Idle energy as a share of dynamic energy', unit: 'fraction', min: 0, max: 10 },
  embodiedTCO2e: { label: 'Embodied emissions', unit: 'tCO2e', min: 0, max: 1e7 },
  embodiedKgPerAccelerator: { label: 'Embodied emissions per accelerator', unit: 'kgCO2e', min: 0, max: 100_000 },
  embodiedKgPerServer: { label: 'Embodied emissions per server (excluding accelerators)', unit: 'kgCO2e', min: 0, max: 1e6 },
  acceleratorsPerServer: { label: 'Accelerators per server', unit: 'accelerators', min: 1, max: 1_024 },
  lifetimeYears: { label: 'Hardware lifespan', unit: 'years', min: 0, max: 50, minExclusive: true },
  lifetimeInferences: { label: 'Expected lifetime inferences of the model', unit: 'inferences', min: 1, max: 1e16 },
  shareOfUse: { label: 'Your share of the model’s use', unit: 'fraction', min: 0, max: 1 },
  organisationUnits: { label: 'Your functional units over the model’s life', unit: 'units', min: 1, max: 1e16 },
  inferenceEnergyWhPerUnit: { label: 'Inference energy per unit', unit: 'Wh', min: 0, max: 1e7 },
  inferenceEmissionsGPerUnit: { label: 'Inference emissions per unit', unit: 'gCO2e', min: 0, max: 1e7 },
} as const satisfies Record<string, FieldSpec>;

const f = trainingFields;

export const acceleratorHoursEnergySchema = z.object({
  method: z.literal('accelerator-hours'),
  acceleratorHours: uncertain(f.acceleratorHours),
  powerPerAcceleratorW: uncertain(f.powerPerAcceleratorW),
  /** True when the power figure already includes data-centre overhead (Meta's cards): PUE is not applied again. */
  powerIncludesPue: z.optional(z.boolean({ error: 'Power includes PUE must be true or false' })),
  /** PUE applied to the energy unless the power already includes it (default pue-default). */
  pue: z.optional(uncertain(f.pue)),
});

export const reportedEnergySchema = z.object({
  method: z.literal('reported'),
  energyMWh: uncertain(f.energyMWh),
  /** False when the reported energy is IT energy only, so a PUE is applied (default true). */
  includesPue: z.optional(z.boolean({ error: 'Includes PUE must be true or false' })),
  pue: z.optional(uncertain(f.pue)),
});

export const trainingInputSchema = z.object({
  label: z.optional(plainText('Label')),
  /** Pre-training or fine-tuning (a fine-tuning run is allocated the same way). */
  kind: z.optional(z.enum(['pretraining', 'fine-tuning'], { error: 'Kind must be pretraining or fine-tuning' })),
  energy: z.discriminatedUnion('method', [acceleratorHoursEnergySchema, reportedEnergySchema], {
    error: 'Energy method must be accelerator-hours or reported',
  }),
  /** Runs of this size (every run, epoch and early stop counts; default 1). */
  runs: z.optional(uncertain(f.runs)),
  grid: z.optional(gridSchema),
  /** Idle energy of reserved hardware (BLOOM study): measured kWh or a share of dynamic energy. */
  idle: z.optional(
    z.object(
      {
        energyKWh: z.optional(uncertain(f.idleEnergyKWh)),
        shareOfDynamic: z.optional(uncertain(f.idleShareOfDynamic)),
      },
      { error: 'Idle must be an object such as { energyKWh: 256646 }' },
    ),
  ),
  /** Embodied emissions: reported tCO2e, or hardware figures allocated by time share (SCI). */
  embodied: z.optional(
    z.object(
      {
        emissionsTCO2e: z.optional(uncertain(f.embodiedTCO2e)),
        embodiedKgPerAccelerator: z.optional(uncertain(f.embodiedKgPerAccelerator)),
        embodiedKgPerServer: z.optional(uncertain(f.embodiedKgPerServer)),
        acceleratorsPerServer: z.optional(uncertain(f.acceleratorsPerServer)),
        lifetimeYears: z.optional(uncertain(f.lifetimeYears)),
      },
      { error: 'Embodied must be an object such as { emissionsTCO2e: 11.2 }' },
    ),
  ),
  allocation: z.optional(
    z.object(
      {
        method: z.enum(['exclude', 'amortise', 'share-of-use'], { error: 'Allocation method must be exclude, amortise or share-of-use' }),
        lifetimeInferences: z.optional(uncertain(f.lifetimeInferences)),
        shareOfUse: z.optional(uncertain(f.shareOfUse)),
        organisationUnits: z.optional(uncertain(f.organisationUnits)),
        /** Inference footprint per unit (from the inference model) for the share and break-even. */
        inferenceEnergyWhPerUnit: z.optional(uncertain(f.inferenceEnergyWhPerUnit)),
        inferenceEmissionsGPerUnit: z.optional(uncertain(f.inferenceEmissionsGPerUnit)),
      },
      { error: 'Allocation must be an object such as { method: "amortise", lifetimeInferences: 1e9 }' },
    ),
  ),
});

export type TrainingInput = z.infer<typeof trainingInputSchema>;

export const trainingLabels: Record<string, string> = {
  '': 'The input',
  energy: 'Energy',
  'energy.method': 'Energy method',
  allocation: 'Allocation',
  'allocation.method': 'Allocation method',
};
