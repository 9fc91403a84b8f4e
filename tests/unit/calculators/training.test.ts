/**
 * Training model (calculators/training/): every path of the energy, idle, embodied and allocation
 * equations against hand-computed values (README "Training"; luccioni-2023-bloom's stacking, gsf-sci-2024's
 * time share), with its messages, warnings and the inputs it records.
 */
import { describe, expect, it } from 'vitest';
import {
  amortisedPerUnit,
  breakEvenVolume,
  evaluateTraining,
  sciEmbodiedShareG,
  shareOfUsePerUnit,
  trainingShareOfUnit,
  type TrainingResult,
} from '../../../calculators/training/index.ts';
import { trainingDynamicEnergyWh } from '../../../calculators/training/allocation.ts';

function training(raw: unknown, options?: { coefficientSet?: string; samples?: number }): TrainingResult {
  const outcome = evaluateTraining(raw, options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}
function errorsOf(raw: unknown) {
  const outcome = evaluateTraining(raw);
  if (outcome.ok) throw new Error('expected errors');
  return outcome.errors;
}
const close = (actual: number | undefined, expected: number) => expect((actual as number) / expected).toBeCloseTo(1, 12);

/**
 * 1,000 accelerator-hours at 400 W, PUE 1.5, two runs, on a 500 gCO2e/kWh grid; idle half of dynamic;
 * embodied from hardware (150 kg per accelerator, 2,400 kg per 8-accelerator server, 5-year life);
 * amortised over a million inferences of 0.3 Wh and 0.1 g each.
 */
const full = {
  label: 'Newsroom fine-tune',
  kind: 'fine-tuning',
  energy: { method: 'accelerator-hours', acceleratorHours: 1_000, powerPerAcceleratorW: 400, pue: 1.5 },
  runs: 2,
  grid: { intensityGPerKWh: 500 },
  idle: { shareOfDynamic: 0.5 },
  embodied: { embodiedKgPerAccelerator: 150, embodiedKgPerServer: 2_400, acceleratorsPerServer: 8, lifetimeYears: 5 },
  allocation: { method: 'amortise', lifetimeInferences: 1e6, inferenceEnergyWhPerUnit: 0.3, inferenceEmissionsGPerUnit: 0.1 },
};
// Dynamic 1,000 h x 400 W x 1.5 x 2 = 1,200,000 Wh; idle 600,000 Wh; at 0.5 g/Wh 600,000 g and 300,000 g.
// Embodied (150 + 2,400 / 8) kg x 1,000 g/kg x 2,000 h / (5 x 8,760 h) = 20,547.945... g.
const EMBODIED_G = (450 * 1_000 * 2_000) / (5 * 8_760);
const TOTAL_G = 600_000 + 300_000 + EMBODIED_G;

describe('training energy and emissions', () => {
  it('stack dynamic, idle and embodied emissions (accelerator-hours, PUE, runs)', () => {
    const r = training(full);
    expect(r.model).toBe('training');
    expect(r.label).toBe('Newsroom fine-tune');
    expect(r.kind).toBe('fine-tuning');
    expect(r.energyWh.dynamic.central).toBe(1_200_000);
    expect(r.energyWh.idle.central).toBe(600_000);
    expect(r.energyWh.total.central).toBe(1_800_000);
    expect(r.emissionsG.dynamic.central).toBe(600_000);
    expect(r.emissionsG.idle.central).toBe(300_000);
    close(r.emissionsG.embodied.central, EMBODIED_G);
    close(r.emissionsG.total.central, TOTAL_G);
    expect(r.breakdown.map((b) => [b.component, b.label, b.included])).toEqual([
      ['dynamic', 'Dynamic (accelerators at work)', true],
      ['idle', 'Idle reserved hardware', true],
      ['embodied', 'Embodied hardware', true],
    ]);
    expect(r.breakdown[2]!.energyWh).toEqual({ central: 0, p5: 0, p95: 0 });
    close(r.breakdown[2]!.emissionsG.central, EMBODIED_G);
    expect(r.breakdown[0]!.energyWh.central).toBe(1_200_000);
    expect(r.breakdown[1]!.emissionsG.central).toBe(300_000);
    expect(r.grid).toEqual({ basis: 'location', intensityGPerKWh: { central: 500, p5: 500, p95: 500 } });
    expect(r.warnings).toEqual([]);
    expect(r.sourceIds).toEqual(['gsf-sci-2024', 'luccioni-2023-bloom']);
    expect(r.coefficientsUsed).toEqual([]);
    expect(r.defaultsUsed).toEqual(['energy.powerIncludesPue']);
    expect(r.samples).toBe(0);
    expect(r.suppliedInputs).toEqual([
      'energy.acceleratorHours',
      'energy.powerPerAcceleratorW',
      'energy.pue',
      'runs',
      'grid.intensityGPerKWh',
      'idle.shareOfDynamic',
      'embodied.embodiedKgPerAccelerator',
      'embodied.embodiedKgPerServer',
      'embodied.acceleratorsPerServer',
      'embodied.lifetimeYears',
      'allocation.lifetimeInferences',
      'allocation.inferenceEnergyWhPerUnit',
      'allocation.inferenceEmissionsGPerUnit',
    ]);
  });

  it('take PUE from the set when not given, and not at all when the power includes it (Meta’s cards)', () => {
    const plain = training({
      energy: { method: 'accelerator-hours', acceleratorHours: 1_000, powerPerAcceleratorW: 400 },
      grid: { intensityGPerKWh: 500 },
    });
    expect(plain.energyWh.dynamic.central).toBeCloseTo(1_000 * 400 * 1.2, 6); // pue-default 1.2
    expect(plain.coefficientsUsed).toEqual(['pue-default']);
    expect(plain.defaultsUsed).toEqual(['energy.pue', 'energy.powerIncludesPue', 'runs', 'allocation.method', 'kind']);
    const included = training({
      energy: { method: 'accelerator-hours', acceleratorHours: 1_000, powerPerAcceleratorW: 400, powerIncludesPue: true, pue: 1.5 },
      grid: { intensityGPerKWh: 500 },
    });
    expect(included.energyWh.dynamic.central).toBe(400_000);
    expect(included.warnings).toContain('PUE is ignored: the power figure already includes data-centre overhead (not applied twice).');
    expect(included.defaultsUsed).not.toContain('energy.powerIncludesPue');
    expect(included.inputs.some((i) => i.path === 'energy.pue')).toBe(false);
    const includedNoPue = training({
      energy: { method: 'accelerator-hours', acceleratorHours: 1_000, powerPerAcceleratorW: 400, powerIncludesPue: true },
      grid: { intensityGPerKWh: 500 },
    });
    expect(includedNoPue.warnings.join(' ')).not.toMatch(/PUE is ignored/);
    const notIncluded = training({
      energy: { method: 'accelerator-hours', acceleratorHours: 1_000, powerPerAcceleratorW: 400, powerIncludesPue: false, pue: 1.5 },
      grid: { intensityGPerKWh: 500 },
    });
    expect(notIncluded.energyWh.dynamic.central).toBe(600_000);
  });

  it('take reported MWh as including PUE unless told otherwise', () => {
    const reported = training({ energy: { method: 'reported', energyMWh: 100 }, grid: { intensityGPerKWh: 500 } });
    expect(reported.energyWh.dynamic.central).toBe(100e6);
    expect(reported.emissionsG.dynamic.central).toBe(50e6);
    expect(reported.warnings.join(' ')).not.toMatch(/PUE is ignored/);
    const ignored = training({ energy: { method: 'reported', energyMWh: 100, pue: 1.5 }, grid: { intensityGPerKWh: 500 } });
    expect(ignored.energyWh.dynamic.central).toBe(100e6);
    expect(ignored.warnings).toContain('PUE is ignored: the reported energy is taken to include data-centre overhead.');
    const itOnly = training({
      energy: { method: 'reported', energyMWh: 100, includesPue: false },
      grid: { intensityGPerKWh: 500 },
      runs: 3,
    });
    expect(itOnly.energyWh.dynamic.central).toBeCloseTo(100e6 * 1.2 * 3, 3);
    expect(itOnly.inputs.find((i) => i.path === 'energy.pue')).toMatchObject({
      value: 1.2,
      origin: 'default',
      coefficientId: 'pue-default',
    });
    const itOnlyPue = training({
      energy: { method: 'reported', energyMWh: 100, includesPue: false, pue: 1.1 },
      grid: { intensityGPerKWh: 500 },
    });
    expect(itOnlyPue.energyWh.dynamic.central).toBeCloseTo(110e6, 3);
  });

  it('take idle energy as reported kWh per run, or as a share of dynamic energy, or leave it out and say so', () => {
    const base = { energy: { method: 'reported', energyMWh: 10 }, grid: { intensityGPerKWh: 200 }, runs: 2 };
    const kWh = training({ ...base, idle: { energyKWh: 1_000 } });
    expect(kWh.energyWh.idle.central).toBe(2e6);
    expect(kWh.emissionsG.idle.central).toBe(400_000);
    const share = training({ ...base, idle: { shareOfDynamic: 0.25 } });
    expect(share.energyWh.idle.central).toBe(5e6);
    // A reported figure wins over a share when both are given.
    expect(training({ ...base, idle: { energyKWh: 1_000, shareOfDynamic: 0.25 } }).energyWh.idle.central).toBe(2e6);
    const none = training(base);
    expect(none.energyWh.idle.central).toBe(0);
    expect(none.breakdown[1]!.included).toBe(false);
    expect(none.warnings).toContain('Idle energy of reserved hardware is not included (no figure given): excluded and disclosed.');
    expect(training({ ...base, idle: {} }).warnings).toContain(
      'Idle energy of reserved hardware is not included (no figure given): excluded and disclosed.',
    );
  });

  it('take embodied emissions as reported tonnes, or from the set’s hardware by time share (SCI)', () => {
    const reported = training({ energy: { method: 'reported', energyMWh: 10 }, embodied: { emissionsTCO2e: 11.2 } });
    expect(reported.emissionsG.embodied.central).toBeCloseTo(11.2e6, 6);
    expect(reported.sourceIds).not.toContain('gsf-sci-2024');
    // cs-2026-11 hardware: (164 + 5,700 / 8) kg over 3 years of 8,760 h = 33.35 g per accelerator-hour.
    const hardware = training({
      energy: { method: 'accelerator-hours', acceleratorHours: 1_000, powerPerAcceleratorW: 400 },
      embodied: {},
    });
    close(hardware.emissionsG.embodied.central, ((164 + 5_700 / 8) * 1_000 * 1_000) / (3 * 8_760));
    expect(hardware.coefficientsUsed).toEqual(
      expect.arrayContaining([
        'ecologits-gpu-embodied-kg',
        'ecologits-server-embodied-kg',
        'ecologits-server-gpus',
        'ecologits-lifespan-years',
      ]),
    );
    expect(hardware.defaultsUsed).toEqual(
      expect.arrayContaining([
        'embodied.embodiedKgPerAccelerator',
        'embodied.embodiedKgPerServer',
        'embodied.acceleratorsPerServer',
        'embodied.lifetimeYears',
      ]),
    );
    const none = training({ energy: { method: 'reported', energyMWh: 10 } });
    expect(none.emissionsG.embodied.central).toBe(0);
    expect(none.breakdown[2]!.included).toBe(false);
    expect(none.warnings).toContain('Embodied hardware emissions are not included (no figure given): excluded and disclosed.');
  });

  it('refuses embodied hardware figures without accelerator-hours', () => {
    expect(errorsOf({ energy: { method: 'reported', energyMWh: 10 }, embodied: { embodiedKgPerAccelerator: 150 } })).toEqual([
      {
        path: 'embodied',
        message: 'Embodied emissions from hardware figures need accelerator-hours: give embodied.emissionsTCO2e with a reported energy',
      },
    ]);
  });

  it('default to one pre-training run on the default grid', () => {
    const r = training({ energy: { method: 'reported', energyMWh: 1 } });
    expect(r.kind).toBe('pretraining');
    expect(r.label).toBeUndefined();
    expect(r.defaultsUsed).toEqual(expect.arrayContaining(['runs', 'kind', 'allocation.method', 'grid.intensityGPerKWh']));
    expect(r.inputs.find((i) => i.path === 'runs')).toMatchObject({ value: 1, origin: 'default' });
    expect(r.grid).toEqual({
      basis: 'location',
      presetId: 'grid-ecologits-wor',
      intensityGPerKWh: { central: 473.01, p5: 473.01, p95: 473.01 },
    });
    expect(r.emissionsG.total.central).toBeCloseTo(473.01e3, 6);
    expect(r.sensitivity.map((t) => [t.metric, t.unit])).toEqual([
      ['Training emissions', 'gCO2e'],
      ['Training energy', 'Wh'],
    ]);
  });
});

describe('allocation', () => {
  it('amortises over lifetime inferences, with the share of the unit total and both break-even volumes', () => {
    const r = training(full);
    expect(r.allocation.method).toBe('amortise');
    expect(r.allocation.perUnit!.energyWh.central).toBeCloseTo(1.8, 12);
    close(r.allocation.perUnit!.emissionsG.central, TOTAL_G / 1e6);
    close(r.allocation.shareOfUnitTotal!.central, TOTAL_G / 1e6 / (TOTAL_G / 1e6 + 0.1));
    close(r.allocation.breakEvenInferences!.energy!.central, 1_800_000 / 0.3);
    close(r.allocation.breakEvenInferences!.emissions!.central, TOTAL_G / 0.1);
  });

  it('draws the curve from 10³ to 10¹³ lifetime inferences in half-decades, at central values', () => {
    const r = training(full);
    expect(r.curve).toHaveLength(21);
    expect(r.curve.map((p) => p.lifetimeInferences).slice(0, 3)).toEqual([1_000, 3_162, 10_000]);
    expect(r.curve.at(-1)!.lifetimeInferences).toBe(1e13);
    expect(r.curve[0]!.trainingPerUnitWh).toBeCloseTo(1_800, 9);
    close(r.curve[0]!.trainingPerUnitG, TOTAL_G / 1_000);
    close(r.curve[0]!.shareOfUnitTotal, TOTAL_G / 1_000 / (TOTAL_G / 1_000 + 0.1));
    close(r.curve[2]!.trainingPerUnitWh, 180);
    // Without an inference figure the curve has no share.
    const noInference = training({ ...full, allocation: { method: 'amortise', lifetimeInferences: 1e6 } });
    expect(noInference.curve[0]!.shareOfUnitTotal).toBeUndefined();
    expect(noInference.allocation.shareOfUnitTotal).toBeUndefined();
    expect(noInference.allocation.breakEvenInferences).toBeUndefined();
  });

  it('allocates by share of use: training x your share / your units', () => {
    const r = training({ ...full, allocation: { method: 'share-of-use', shareOfUse: 0.1, organisationUnits: 1e5 } });
    expect(r.allocation.method).toBe('share-of-use');
    close(r.allocation.perUnit!.energyWh.central, (1_800_000 * 0.1) / 1e5);
    close(r.allocation.perUnit!.emissionsG.central, (TOTAL_G * 0.1) / 1e5);
    for (const allocation of [{ method: 'share-of-use', organisationUnits: 1e5 }, { method: 'share-of-use' }]) {
      expect(errorsOf({ ...full, allocation })).toEqual([
        {
          path: 'allocation.shareOfUse',
          message: 'Share of use needs your share of the model’s use (0 to 1) and your functional units over the model’s life (at least 1)',
        },
      ]);
    }
    expect(errorsOf({ ...full, allocation: { method: 'share-of-use', shareOfUse: 0.1 } })).toEqual([
      {
        path: 'allocation.organisationUnits',
        message: 'Share of use needs your share of the model’s use (0 to 1) and your functional units over the model’s life (at least 1)',
      },
    ]);
  });

  it('excludes training from the unit by default and says it is disclosed apart', () => {
    const r = training({ ...full, allocation: undefined });
    expect(r.allocation).toEqual({ method: 'exclude' });
    expect(r.defaultsUsed).toContain('allocation.method');
    expect(r.warnings).toContain('Training is excluded from the per-unit figure and disclosed separately (allocation: exclude).');
    // Excluded, with an inference figure: break-even volumes but no per-unit share.
    const withInference = training({
      ...full,
      allocation: { method: 'exclude', inferenceEmissionsGPerUnit: 0.1, inferenceEnergyWhPerUnit: 0.3 },
    });
    expect(withInference.allocation.perUnit).toBeUndefined();
    expect(withInference.allocation.shareOfUnitTotal).toBeUndefined();
    close(withInference.allocation.breakEvenInferences!.emissions!.central, TOTAL_G / 0.1);
    expect(withInference.defaultsUsed).not.toContain('allocation.method');
  });

  it('gives only the break-even it can compute, and says which one is missing', () => {
    const emissionsOnly = training({
      ...full,
      allocation: { method: 'amortise', lifetimeInferences: 1e6, inferenceEmissionsGPerUnit: 0.1 },
    });
    expect(Object.keys(emissionsOnly.allocation.breakEvenInferences!)).toEqual(['emissions']);
    expect(emissionsOnly.warnings).toEqual(['No inference energy per unit given: the energy break-even cannot be computed.']);
    const energyOnly = training({ ...full, allocation: { method: 'amortise', lifetimeInferences: 1e6, inferenceEnergyWhPerUnit: 0.3 } });
    expect(Object.keys(energyOnly.allocation.breakEvenInferences!)).toEqual(['energy']);
    expect(energyOnly.warnings).toEqual(['No inference emissions per unit given: the emissions break-even cannot be computed.']);
    expect(energyOnly.allocation.shareOfUnitTotal).toBeUndefined();
  });

  it('refuses an inference figure of zero, which has no break-even volume', () => {
    expect(errorsOf({ ...full, allocation: { method: 'amortise', lifetimeInferences: 1e6, inferenceEnergyWhPerUnit: 0 } })).toEqual([
      {
        path: 'allocation.inferenceEnergyWhPerUnit',
        message: 'Inference energy per unit must be above 0 Wh to find the break-even volume',
      },
    ]);
    expect(
      errorsOf({ ...full, allocation: { method: 'amortise', lifetimeInferences: 1e6, inferenceEmissionsGPerUnit: { low: 0, high: 1 } } }),
    ).toEqual([
      {
        path: 'allocation.inferenceEmissionsGPerUnit',
        message: 'Inference emissions per unit must be above 0 gCO2e to find the break-even volume',
      },
    ]);
    expect(errorsOf({ ...full, allocation: { method: 'amortise' } })).toEqual([
      { path: 'allocation.lifetimeInferences', message: 'Amortising needs the expected lifetime inferences of the model (at least 1)' },
    ]);
  });

  it('gives the training share when inference outweighs training per unit (share under a half, not 0)', () => {
    // Amortised over 10⁹ inferences, training is TOTAL_G / 10⁹ ≈ 0.00092 g per unit against 0.1 g of inference.
    const r = training({ ...full, allocation: { method: 'amortise', lifetimeInferences: 1e9, inferenceEmissionsGPerUnit: 0.1 } });
    close(r.allocation.shareOfUnitTotal!.central, TOTAL_G / 1e9 / (TOTAL_G / 1e9 + 0.1));
    expect(r.allocation.shareOfUnitTotal!.central).toBeGreaterThan(0.009);
  });

  it('records every supplied figure under its input path (reported energy, idle kWh, embodied tonnes, share of use)', () => {
    const r = training({
      energy: { method: 'reported', energyMWh: 10 },
      grid: { intensityGPerKWh: 200 },
      idle: { energyKWh: 1_000 },
      embodied: { emissionsTCO2e: 2 },
      allocation: { method: 'share-of-use', shareOfUse: 0.1, organisationUnits: 1e5 },
    });
    expect(r.suppliedInputs).toEqual([
      'energy.energyMWh',
      'grid.intensityGPerKWh',
      'idle.energyKWh',
      'embodied.emissionsTCO2e',
      'allocation.shareOfUse',
      'allocation.organisationUnits',
    ]);
  });

  it('carries ranges through: P5 ≤ central ≤ P95, the break-even falling as inference rises', () => {
    const r = training(
      {
        ...full,
        allocation: {
          method: 'amortise',
          lifetimeInferences: { low: 1e5, high: 1e7 },
          inferenceEmissionsGPerUnit: { low: 0.05, high: 0.2 },
        },
      },
      { samples: 2_000 },
    );
    const share = r.allocation.shareOfUnitTotal!;
    expect(share.p5).toBeLessThan(share.central);
    expect(share.central).toBeLessThan(share.p95);
    expect(r.allocation.breakEvenInferences!.emissions!.p95).toBeGreaterThan((TOTAL_G / 0.2) * 0.99);
    expect(r.samples).toBe(2_000);
  });
});

describe('the allocation equations', () => {
  it('amortise, share use and find break-even volumes, returning 0 or infinity when the divisor is 0', () => {
    expect(amortisedPerUnit(1_000, 4)).toBe(250);
    expect(amortisedPerUnit(1_000, 0)).toBe(0);
    expect(shareOfUsePerUnit(1_000, 0.5, 10)).toBe(50);
    expect(shareOfUsePerUnit(1_000, 0.5, 0)).toBe(0);
    expect(breakEvenVolume(1_000, 4)).toBe(250);
    expect(breakEvenVolume(1_000, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(trainingShareOfUnit(1_000, 1_000, 1)).toBe(0.5);
    expect(trainingShareOfUnit(1_000, 1_000, 3)).toBe(0.25);
    expect(trainingShareOfUnit(0, 10, 0)).toBe(0);
  });

  it('treat a negative or zero inference figure as no break-even (infinity), even with no training', () => {
    expect(breakEvenVolume(1_000, -2)).toBe(Number.POSITIVE_INFINITY);
    // 0 / 0 would be NaN: the rule is "infinity when the divisor is 0", whatever the training total.
    expect(breakEvenVolume(0, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('give the dynamic training energy: accelerator-hours x power x PUE x runs', () => {
    // The example above: 1,000 h x 400 W x 1.5 x 2 runs = 1,200,000 Wh.
    expect(trainingDynamicEnergyWh(1_000, 400, 1.5, 2)).toBe(1_200_000);
    expect(trainingDynamicEnergyWh(10, 300, 1.2, 3)).toBeCloseTo(10_800, 9);
  });

  it('give the SCI embodied share: kg x 1,000 x hours / (life x 8,760) x share', () => {
    expect(sciEmbodiedShareG(876, 1, 10)).toBeCloseTo(1_000, 9);
    expect(sciEmbodiedShareG(876, 1, 10, 0.5)).toBeCloseTo(500, 9);
    expect(sciEmbodiedShareG(876, 0, 10)).toBe(0);
  });
});
