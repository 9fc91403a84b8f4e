/**
 * The model-card records (calculators/disclosure/model-card.ts) piece by piece, on hand-built results
 * and statements, so each rule is seen on its own: the metadata lines, the region from a grid label, the
 * compute in words, two significant figures, and what the "Environmental impact" section says about the
 * boundary, the functional unit, the data tier, the electricity and the kind of range.
 * co2_eq_emissions.test.ts checks the same records end to end on the worked examples.
 */
import { describe, expect, it } from 'vitest';
import '../../../calculators/coefficients/index.ts';
import type { Interval } from '../../../calculators/core/result.ts';
import type { DisclosureStatement } from '../../../calculators/disclosure/schema.ts';
import {
  environmentalImpactMarkdown,
  hardwareOfTraining,
  modelCardMetadata,
  regionOfGridLabel,
  statementCo2EqEmissions,
  statementImpactFacts,
  trainingCo2EqEmissions,
  trainingImpactFacts,
  type ImpactFacts,
  type RecordContext,
} from '../../../calculators/disclosure/model-card.ts';
import type { TrainingResult } from '../../../calculators/training/model.ts';

const context: RecordContext = {
  guidanceVersion: '0.3',
  coefficientSet: 'cs-2026-12',
  permalink: 'https://guidance.example/p',
  workTitle: 'The guidance',
};
const point = (value: number): Interval => ({ central: value, p5: value, p95: value });
const source = 'Estimated with The guidance, version 0.3, coefficient set cs-2026-12: https://guidance.example/p';

describe('the metadata block', () => {
  it('has the three required lines only, when neither location nor hardware is known', () => {
    expect(modelCardMetadata({ emissions: 1200, source: 'S', training_type: 'fine-tuning' })).toBe(
      'co2_eq_emissions:\n  emissions: 1200\n  source: "S"\n  training_type: "fine-tuning"\n',
    );
  });

  it('adds location and hardware in that order, each as a quoted string on one line', () => {
    expect(
      modelCardMetadata({
        emissions: 5,
        source: 'a\r\nb',
        training_type: 'pre-training',
        geographical_location: 'FR',
        hardware_used: '8 GPUs',
      }),
    ).toBe(
      'co2_eq_emissions:\n  emissions: 5\n  source: "a b"\n  training_type: "pre-training"\n  geographical_location: "FR"\n  hardware_used: "8 GPUs"\n',
    );
  });
});

describe('the region of a grid label', () => {
  it('drops the "Grid intensity," or "Market-based intensity," prefix, in any case', () => {
    expect(regionOfGridLabel('Grid intensity, France (BLOOM, 2022)')).toBe('France (BLOOM, 2022)');
    expect(regionOfGridLabel('market-based intensity,   Norway ')).toBe('Norway');
    expect(regionOfGridLabel('Sweden')).toBe('Sweden');
  });

  it('is unknown when there is no label or nothing after the prefix', () => {
    expect(regionOfGridLabel(undefined)).toBeUndefined();
    expect(regionOfGridLabel('Grid intensity, ')).toBeUndefined();
  });
});

describe('the compute in words', () => {
  it('names accelerator-hours and power, as single values or as ranges', () => {
    expect(
      hardwareOfTraining({ energy: { method: 'accelerator-hours', acceleratorHours: 1_080_000, powerPerAcceleratorW: 400 } } as never),
    ).toBe('1.1 million accelerator-hours at 400 W per accelerator');
    expect(
      hardwareOfTraining({
        energy: {
          method: 'accelerator-hours',
          acceleratorHours: { low: 2_000, high: 3_000 },
          powerPerAcceleratorW: { low: 300, high: 700 },
        },
      } as never),
    ).toBe('2,000 to 3,000 accelerator-hours at 300 to 700 W per accelerator');
  });

  it('is unknown for a reported energy', () => {
    expect(hardwareOfTraining({ energy: { method: 'reported', energyMWh: 10 } } as never)).toBeUndefined();
  });
});

describe('the block of a training run', () => {
  const result = (kind: TrainingResult['kind'], central: number) =>
    ({ kind, emissionsG: { total: point(central) } }) as unknown as TrainingResult;

  it('rounds the central emissions to two significant figures and cites the guidance, set and permalink', () => {
    expect(trainingCo2EqEmissions(result('pretraining', 24_690_000), context)).toEqual({
      emissions: 25_000_000,
      source,
      training_type: 'pre-training',
    });
    expect(trainingCo2EqEmissions(result('fine-tuning', 0.0346), context)).toEqual({
      emissions: 0.035,
      source,
      training_type: 'fine-tuning',
    });
    expect(trainingCo2EqEmissions(result('fine-tuning', 0), context).emissions).toBe(0);
  });

  it('carries location and hardware only when given', () => {
    expect(trainingCo2EqEmissions(result('pretraining', 10), context, { geographicalLocation: 'FR', hardwareUsed: '8 GPUs' })).toEqual({
      emissions: 10,
      source,
      training_type: 'pre-training',
      geographical_location: 'FR',
      hardware_used: '8 GPUs',
    });
    expect(Object.keys(trainingCo2EqEmissions(result('pretraining', 10), context, { geographicalLocation: '', hardwareUsed: '' }))).toEqual(
      ['emissions', 'source', 'training_type'],
    );
  });
});

/** A statement as the disclosure model writes one, with only what the records read filled in. */
const statement = (extra: Partial<DisclosureStatement> = {}): DisclosureStatement => ({
  schemaVersion: '1.0',
  title: 'T',
  guidanceVersion: '0.3',
  coefficientSet: 'cs-2026-12',
  model: 'training',
  functionalUnit: 'one training run',
  method: 'pretraining, allocation: excluded',
  boundary: { included: ['Dynamic energy', 'Idle energy'], excluded: ['Embodied'], modelled: [] },
  gridBasis: 'location',
  inputs: [],
  assumptions: [],
  results: [
    { quantity: 'Training emissions', unit: 'gCO2e', value: { central: 1_234, p5: 1_000, p95: 2_000 } },
    { quantity: 'Training energy', unit: 'Wh', value: point(5_000) },
    { quantity: 'Training emissions per request', unit: 'gCO2e', value: point(1) },
  ],
  sources: [],
  coefficientsUsed: [],
  uncertainty: { samples: 10_000, seed: 1, interval: 'P5-P95, median as central' },
  ...extra,
});

describe('the block of a disclosure statement', () => {
  it('takes the training emissions, two significant figures, and the kind from the method', () => {
    expect(statementCo2EqEmissions(statement(), context)).toEqual({ emissions: 1_200, source, training_type: 'pre-training' });
    expect(statementCo2EqEmissions(statement({ method: 'fine-tuning, allocation: per request' }), context)?.training_type).toBe(
      'fine-tuning',
    );
  });

  it('names where the run was and its compute from its inputs, in the documented order', () => {
    const record = (path: string, value: number | { low: number; high: number }, coefficientId?: string) => ({
      path,
      label: path,
      unit: '',
      value,
      origin: 'supplied' as const,
      dataTier: 'supplied' as const,
      ...(coefficientId ? { coefficientId } : {}),
    });
    const run = statement({
      inputs: [
        record('energy.acceleratorHours', { low: 16, high: 64 }),
        record('energy.powerPerAcceleratorW', 700),
        record('grid.intensityGPerKWh', 57, 'grid-bloom-2022-fra'),
      ],
    });
    // The grid's label in the set the statement names (cs-2026-12, registered here as in the island that computed it).
    const block = statementCo2EqEmissions(run, context);
    expect(block).toEqual({
      emissions: 1_200,
      source,
      training_type: 'pre-training',
      geographical_location: 'France (BLOOM, 2022)',
      hardware_used: '16 to 64 accelerator-hours at 700 W per accelerator',
    });
    expect(Object.keys(block!)).toEqual(['emissions', 'source', 'training_type', 'geographical_location', 'hardware_used']);
    // A set not loaded here names no grid, and a reported energy (no accelerator-hours) no compute.
    expect(statementCo2EqEmissions(statement({ coefficientSet: 'cs-1999-01', inputs: [run.inputs[1]!, run.inputs[2]!] }), context)).toEqual(
      {
        emissions: 1_200,
        source,
        training_type: 'pre-training',
      },
    );
  });

  it('is absent for another model, or when no result is the training emissions', () => {
    expect(statementCo2EqEmissions(statement({ model: 'inference' }), context)).toBeUndefined();
    expect(
      statementCo2EqEmissions(statement({ results: [{ quantity: 'Training energy', unit: 'Wh', value: point(1) }] }), context),
    ).toBeUndefined();
  });
});

describe('the "Environmental impact" section', () => {
  const facts = (figures: ImpactFacts['figures'], extra: Partial<ImpactFacts> = {}): ImpactFacts => ({
    figures,
    boundary: 'B',
    functionalUnit: 'U',
    dataTier: 'D',
    context,
    ...extra,
  });

  it('lists each figure, then unit, boundary, tier and electricity, the range in words and the citation', () => {
    const text = environmentalImpactMarkdown(
      facts([{ label: 'Energy', interval: { central: 1_500, p5: 1_000, p95: 2_000 }, unit: 'energy' }], { grid: 'location-based' }),
    );
    expect(text).toBe(
      [
        '## Environmental impact',
        '',
        '- **Energy:** 1.5 kWh (likely range 1 to 2 kWh)',
        '- **Functional unit:** U',
        '- **Boundary:** B',
        '- **Data tier:** D',
        '- **Electricity:** location-based',
        '- **Range:** the likely range is the 5th to the 95th percentile of 10,000 draws of the uncertain inputs: nine results in ten fall inside it; the central figure is the median.',
        '',
        'Estimated following The guidance, version 0.3, with coefficient set `cs-2026-12`. Inputs and sources: https://guidance.example/p',
        '',
      ].join('\n'),
    );
  });

  it('says there is no range when every figure is a single value, and leaves out an unknown electricity', () => {
    const text = environmentalImpactMarkdown(facts([{ label: 'Emissions', interval: point(2), unit: 'emissions' }]));
    expect(text).toContain('- **Emissions:** 2 gCO2e\n');
    expect(text).toContain('- **Range:** every input is a single value, so no range is given.\n');
    expect(text).not.toContain('Electricity');
  });

  it('explains each kind of range once, the full range of bounds too', () => {
    const bound: Interval = { central: 2, p5: 1.5, p95: 2.5, min: 1, max: 3 };
    const text = environmentalImpactMarkdown(
      facts([
        { label: 'A', interval: bound, unit: 'energy' },
        { label: 'B', interval: bound, unit: 'energy' },
        { label: 'C', interval: { central: 2, p5: 1, p95: 3 }, unit: 'energy' },
      ]),
    );
    expect(text).toContain('- **A:** 2 Wh (full range 1 to 3 Wh)');
    expect(text).toMatch(
      /- \*\*Range:\*\* the full range is the lowest to the highest value[^;]*; the likely range is the 5th[^;]*; the central figure is the median\./,
    );
    expect(text.match(/the full range is/g)).toHaveLength(1);
  });

  it('escapes Markdown in the labels and texts, so a name cannot turn into markup', () => {
    const text = environmentalImpactMarkdown(
      facts([{ label: 'a*b_c', interval: point(1), unit: 'energy' }], {
        functionalUnit: '[x](y)',
        boundary: 'a|b',
        dataTier: '`t`',
        grid: '<g>',
        context: { ...context, workTitle: 'W\\' },
      }),
    );
    expect(text).toContain('- **a\\*b\\_c:** 1 Wh');
    expect(text).toContain('- **Functional unit:** \\[x\\](y)');
    expect(text).toContain('- **Boundary:** a\\|b');
    expect(text).toContain('- **Data tier:** \\`t\\`');
    expect(text).toContain('- **Electricity:** \\<g\\>');
    expect(text).toContain('Estimated following W\\\\, version');
  });
});

describe('the facts of a training run', () => {
  const training = (extra: Partial<TrainingResult> = {}) =>
    ({
      kind: 'pretraining',
      emissionsG: { total: point(3) },
      energyWh: { total: point(4) },
      breakdown: [
        { label: 'Dynamic energy', included: true },
        { label: 'Idle energy', included: true },
        { label: 'Embodied hardware', included: false },
      ],
      allocation: { method: 'exclude' },
      grid: { basis: 'location', intensityGPerKWh: point(57) },
      ...extra,
    }) as unknown as TrainingResult;
  const accelerators = { energy: { method: 'accelerator-hours', acceleratorHours: 1, powerPerAcceleratorW: 1 } } as never;

  it('states total emissions and energy, the run, what the boundary covers and leaves out, and the grid with its region', () => {
    const facts = trainingImpactFacts(training(), accelerators, context, 'France');
    expect(facts.figures).toEqual([
      { label: 'Training emissions', interval: point(3), unit: 'emissions' },
      { label: 'Training energy', interval: point(4), unit: 'energy' },
    ]);
    expect(facts.functionalUnit).toBe('one pre-training run');
    expect(facts.boundary).toBe(
      'training only (inference is reported separately); covers dynamic energy, idle energy; excludes embodied hardware',
    );
    expect(facts.dataTier).toBe('modelled: accelerator-hours × power per accelerator × PUE');
    expect(facts.grid).toBe('location-based, 57 gCO2e/kWh (France)');
    expect(facts.context).toBe(context);
  });

  it('adds the figure per request and the allocation when training is allocated, and says nothing excluded when nothing is', () => {
    const perUnit = { energyWh: point(0.1), emissionsG: point(0.02) };
    const facts = trainingImpactFacts(
      training({
        kind: 'fine-tuning',
        allocation: { method: 'amortise', perUnit } as TrainingResult['allocation'],
        breakdown: [{ label: 'Dynamic energy', included: true }] as TrainingResult['breakdown'],
        grid: { basis: 'market', intensityGPerKWh: point(1_234) },
      }),
      { energy: { method: 'reported', energyMWh: 1 } } as never,
      context,
    );
    expect(facts.figures[2]).toEqual({ label: 'Training emissions allocated per request', interval: point(0.02), unit: 'emissions' });
    expect(facts.functionalUnit).toBe('one fine-tuning run, and per request over the model’s lifetime (allocation: amortise)');
    expect(facts.boundary).toBe('training only (inference is reported separately); covers dynamic energy');
    expect(facts.dataTier).toBe('reported: the training energy as the developer published it');
    expect(facts.grid).toBe('market-based, 1,230 gCO2e/kWh');
  });
});

describe('the facts of a disclosure statement', () => {
  it('take the first two results in Wh or gCO2e as figures, and the statement’s unit, tier and grid basis', () => {
    const facts = statementImpactFacts(statement({ dataQualityTier: 'reported', gridBasis: 'market' }), context);
    expect(facts.figures).toEqual([
      { label: 'Training emissions', interval: { central: 1_234, p5: 1_000, p95: 2_000 }, unit: 'emissions' },
      { label: 'Training energy', interval: point(5_000), unit: 'energy' },
    ]);
    expect(facts.functionalUnit).toBe('one training run');
    expect(facts.dataTier).toBe('reported');
    expect(facts.grid).toBe('market-based');
    const ratio = statementImpactFacts(
      statement({
        results: [
          { quantity: 'Share', unit: '%', value: point(1) },
          { quantity: 'Training energy', unit: 'Wh', value: point(2) },
        ],
      }),
      context,
    );
    expect(ratio.figures).toEqual([{ label: 'Training energy', interval: point(2), unit: 'energy' }]);
  });

  it('use the boundary statement when there is one, else list what is covered, modelled and excluded', () => {
    expect(
      statementImpactFacts(statement({ boundary: { included: ['a'], excluded: [], modelled: [], statement: 'Covers a.' } }), context)
        .boundary,
    ).toBe('Covers a.');
    expect(statementImpactFacts(statement(), context).boundary).toBe('covers Dynamic energy, Idle energy; excludes Embodied');
    expect(
      statementImpactFacts(statement({ boundary: { included: ['a', 'b'], excluded: ['c'], modelled: ['b'] } }), context).boundary,
    ).toBe('covers a, b; modelled by the calculator: b; excludes c');
    expect(statementImpactFacts(statement({ boundary: { included: [], excluded: [], modelled: [] } }), context).boundary).toBe(
      'covers no element',
    );
  });

  it('say where the tier comes from when the statement gives none', () => {
    expect(statementImpactFacts(statement(), context).dataTier).toBe('as the training inputs state');
    expect(statementImpactFacts(statement({ model: 'counterfactual' }), context).dataTier).toBe('not stated');
  });
});
