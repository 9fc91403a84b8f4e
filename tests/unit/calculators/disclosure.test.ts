/** Disclosure statement: its schema, JSON Schema, CSV template and Markdown. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  disclosureCsv,
  disclosureCsvHeader,
  disclosureExamples,
  disclosureJsonSchema,
  disclosureStatementSchema,
  evaluateDisclosure,
} from '../../../calculators/disclosure/index.ts';
import { disclosureEvaluator } from '../../../calculators/disclosure/build.ts';
import { evaluateInference } from '../../../calculators/inference/index.ts';
import { evaluateTraining } from '../../../calculators/training/index.ts';

describe('disclosure', () => {
  for (const [id, example] of Object.entries(disclosureExamples)) {
    it(`${id}: the statement validates against its own schema and renders`, () => {
      const outcome = evaluateDisclosure(example.input);
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      const { statement, markdown } = outcome.result;
      expect(z.safeParse(disclosureStatementSchema, statement).success).toBe(true);
      expect(statement.coefficientSet).toBe('cs-2026-11');
      expect(statement.guidanceVersion).toBe('0.2');
      expect(statement.boundary.included.length).toBeGreaterThan(0);
      expect(statement.results.length).toBeGreaterThan(1);
      expect(markdown).toMatch(/^# /);
      expect(markdown).toContain('## Boundary');
      expect(markdown).toContain('Excluded');
      const csv = disclosureCsv(statement).trim().split('\n');
      expect(csv).toHaveLength(2);
      expect(csv[0]).toBe(disclosureCsvHeader.join(','));
    });
  }

  it('article-drafting-disclosure lists assumptions and data tiers per input', () => {
    const outcome = evaluateDisclosure(disclosureExamples['article-drafting-disclosure'].input);
    if (!outcome.ok) throw new Error('failed');
    const s = outcome.result.statement;
    expect(s.dataQualityTier).toBe('proxy');
    expect(s.inputs.some((i) => i.dataTier === 'assumption')).toBe(true);
    expect(s.boundary.modelled).toContain('Network transfer');
    expect(s.assumptions.join(' ')).toMatch(/flagged/);
  });

  it('pins guidance 0.1 for cs-2025-10', () => {
    const outcome = evaluateDisclosure(disclosureExamples['gemini-median-disclosure'].input, { coefficientSet: 'cs-2025-10' });
    expect(outcome.ok && outcome.result.statement.guidanceVersion).toBe('0.1');
  });

  it('exports a JSON Schema of the statement and a CSV header from the same schema', () => {
    const schema = disclosureJsonSchema();
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties as object)).toEqual(disclosureCsvHeader);
    expect(disclosureCsvHeader).toContain('boundary');
    expect(disclosureCsvHeader).toContain('guidanceVersion');
  });

  it('reports nested model errors with the input path', () => {
    const outcome = evaluateDisclosure({ model: 'training', input: { energy: { method: 'reported', energyMWh: -1 } } });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors[0]?.path).toBe('input.energy.energyMWh');
  });
});

describe('the statement', () => {
  const disclose = (raw: unknown, options?: { coefficientSet?: string }) => {
    const outcome = evaluateDisclosure(raw, options);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    return outcome.result;
  };
  const reported = {
    label: 'Assistant',
    outputTokensPerRequest: 500,
    estimate: { method: 'reported', energyWhPerRequest: 0.3 },
    volume: { unitsPerPeriod: 1000, period: 'month' },
    grid: { intensityGPerKWh: 100 },
  };

  it('of an inference result: unit, tier, method, boundary with its statement, and every headline figure', () => {
    const r = disclose({
      model: 'inference',
      title: 'Our assistant',
      organisation: 'Example News',
      period: '2026-Q3',
      notes: ['Measured in March.'],
      input: reported,
    });
    const s = r.statement;
    expect(s).toMatchObject({
      schemaVersion: '1.0',
      guidanceVersion: '0.2',
      coefficientSet: 'cs-2026-11',
      title: 'Our assistant',
      organisation: 'Example News',
      period: '2026-Q3',
      model: 'inference',
      functionalUnit: 'one request',
      dataQualityTier: 'reported',
      method: 'reported tier, reported method',
      gridBasis: 'location',
    });
    expect(s.boundary.included).toEqual(['Accelerators (GPU/TPU)']);
    expect(s.boundary.excluded).toHaveLength(7);
    expect(s.boundary.modelled).toEqual([]);
    expect(s.boundary.statement).toMatch(/^Boundary: accelerators\. Excluded: .* Narrow boundary: below the guidance’s minimum/);
    expect(s.boundary.meetsMinimum).toBe(false);
    expect(s.results.map((x) => [x.quantity, x.unit, x.value.central])).toEqual([
      ['Energy per request', 'Wh', 0.3],
      ['Emissions per request', 'gCO2e', 0.03],
      ['Energy per 1,000 output tokens', 'Wh', 0.6],
      ['Accelerators (GPU/TPU): emissions per request', 'gCO2e', 0.03],
      ['Energy per month', 'Wh', 300],
      ['Emissions per month', 'gCO2e', 30],
    ]);
    expect(s.assumptions).toEqual([r.warnings[0], 'Measured in March.']);
    expect(s.inputs.map((i) => [i.path, i.origin, i.dataTier])).toEqual([
      ['outputTokensPerRequest', 'supplied', 'supplied'],
      ['grid.intensityGPerKWh', 'supplied', 'supplied'],
      ['estimate.energyWhPerRequest', 'supplied', 'supplied'],
      ['volume.unitsPerPeriod', 'supplied', 'supplied'],
    ]);
    expect(s.uncertainty).toEqual({ samples: 0, seed: 20251001, interval: 'none: every input is a single value' });
    expect(r.model).toBe('disclosure');
    expect(r.source.model).toBe('inference');
    expect(r.defaultsUsed.at(-1)).toBe('guidanceVersion');
  });

  it('of a per-article estimate adds per-request figures, and a modelled boundary meeting the minimum says so', () => {
    const s = disclose({
      model: 'inference',
      input: {
        functionalUnit: 'article',
        requestsPerUnit: 4,
        estimate: { method: 'reported', energyWhPerRequest: 0.3 },
        boundary: { hostCpuRam: true, idleCapacity: true, dataCentreOverhead: true },
      },
    }).statement;
    expect(s.title).toBe('Inference footprint');
    expect(s.functionalUnit).toBe('one article');
    expect(s.results.slice(0, 4).map((x) => [x.quantity, x.value.central])).toEqual([
      ['Energy per article', expect.closeTo(1.2 * (1 + 25 / 58 + 10 / 58) * 1.2, 9)],
      ['Emissions per article', expect.any(Number)],
      ['Energy per request', expect.closeTo(0.3 * (1 + 25 / 58 + 10 / 58) * 1.2, 9)],
      ['Emissions per request', expect.any(Number)],
    ]);
    expect(s.results.some((x) => x.quantity.startsWith('Energy per 1,000'))).toBe(false);
    expect(s.boundary.modelled).toEqual(['Host CPU and memory', 'Idle and provisioned capacity', 'Data-centre overhead (PUE)']);
    expect(s.boundary.meetsMinimum).toBe(true);
    expect(s.inputs.find((i) => i.path === 'pue')).toMatchObject({
      origin: 'default',
      dataTier: 'coefficient',
      coefficientId: 'pue-default',
    });
    expect(s.inputs.find((i) => i.path === 'requestsPerUnit')).not.toHaveProperty('coefficientId');
    expect(s).not.toHaveProperty('organisation');
    expect(s).not.toHaveProperty('period');
  });

  it('takes the title from the result’s label, and the guidance version given or the one that pins the set', () => {
    expect(disclose({ model: 'inference', input: reported }).statement.title).toBe('Assistant');
    expect(disclose({ model: 'inference', input: reported, guidanceVersion: '0.1' }).statement.guidanceVersion).toBe('0.1');
    expect(disclose({ model: 'inference', input: reported, guidanceVersion: '0.1' }).defaultsUsed).not.toContain('guidanceVersion');
    expect(disclose({ model: 'inference', input: reported }, { coefficientSet: 'cs-2026-12' }).statement.guidanceVersion).toBe('0.3');
  });

  it('lists what the calculators cannot estimate as excluded under cs-2026-12, and only there', () => {
    const notEstimated = ['Storage', 'Retrieval and vector search', 'Orchestration and monitoring', 'End of life'];
    const released = disclose({ model: 'inference', input: reported }).statement;
    const draft = disclose({ model: 'inference', input: reported }, { coefficientSet: 'cs-2026-12' }).statement;
    expect(draft.boundary.excluded).toEqual([...released.boundary.excluded, ...notEstimated]);
    expect(released.boundary.excluded).toEqual([
      'Host CPU and memory',
      'Idle and provisioned capacity',
      'Data-centre overhead (PUE)',
      'Network transfer',
      'End-user device time',
      'Embodied hardware',
      'Allocated training',
    ]);
    expect(draft.boundary.statement).toContain(
      'Not estimated, so excluded: storage, retrieval and vector search, orchestration and monitoring (no published figure per request;',
    );
    expect(released.boundary.statement).not.toContain('Not estimated');
    const markdown = disclose({ model: 'inference', input: reported }, { coefficientSet: 'cs-2026-12' }).markdown;
    expect(markdown).toContain(`- Excluded: ${draft.boundary.excluded.join(', ')}\n`);
    // A comparison's AI step lists them as the AI step's.
    const comparison = (coefficientSet: string) =>
      disclose(
        {
          model: 'counterfactual',
          input: { ai: { inference: { estimate: { method: 'reported', energyWhPerRequest: 1 } } }, baseline: { kind: 'nothing' } },
        },
        { coefficientSet },
      ).statement.boundary;
    expect(comparison('cs-2026-12').excluded.slice(-4)).toEqual(notEstimated.map((label) => `AI step: ${label}`));
    expect(comparison('cs-2026-12').statement).toMatch(/^AI step: Boundary: .* Not estimated, so excluded: storage/);
    expect(comparison('cs-2026-11').excluded.join()).not.toMatch(/Storage|End of life/);
  });

  it('of a training result: the run, its allocation and its stacked emissions', () => {
    const s = disclose({
      model: 'training',
      input: {
        energy: { method: 'reported', energyMWh: 1 },
        allocation: { method: 'amortise', lifetimeInferences: 1e6 },
        grid: { intensityGPerKWh: 500 },
      },
    }).statement;
    expect(s).toMatchObject({
      title: 'Training footprint',
      model: 'training',
      functionalUnit: 'one training run, allocated per inference',
      method: 'pretraining, allocation: amortise',
      gridBasis: 'location',
    });
    expect(s.boundary).toEqual({
      included: ['Dynamic (accelerators at work)'],
      excluded: ['Idle reserved hardware', 'Embodied hardware'],
      modelled: [],
    });
    expect(s.dataQualityTier).toBeUndefined();
    expect(s.results.map((x) => [x.quantity, x.unit, x.value.central])).toEqual([
      ['Training energy', 'Wh', 1e6],
      ['Training emissions', 'gCO2e', 500_000],
      ['Dynamic (accelerators at work) emissions', 'gCO2e', 500_000],
      ['Training allocated per inference', 'gCO2e', 0.5],
    ]);
    const excluded = disclose({
      model: 'training',
      input: {
        label: 'BLOOM',
        kind: 'fine-tuning',
        energy: { method: 'reported', energyMWh: 1 },
        idle: { shareOfDynamic: 0.5 },
        embodied: { emissionsTCO2e: 1 },
      },
    }).statement;
    expect(excluded).toMatchObject({
      title: 'BLOOM',
      functionalUnit: 'one training run (excluded from per-unit figures)',
      method: 'fine-tuning, allocation: exclude',
    });
    expect(excluded.boundary.included).toEqual(['Dynamic (accelerators at work)', 'Idle reserved hardware', 'Embodied hardware']);
    expect(excluded.results.map((x) => x.quantity)).toEqual([
      'Training energy',
      'Training emissions',
      'Dynamic (accelerators at work) emissions',
      'Idle reserved hardware emissions',
      'Embodied hardware emissions',
    ]);
  });

  it('of a comparison: both sides, the net change, the AI step’s boundary and tier', () => {
    const direct = disclose({
      model: 'counterfactual',
      input: { ai: { energyWhPerRequest: 1 }, baseline: { kind: 'human', humanTimeH: 1 }, volume: { tasksPerPeriod: 10, period: 'week' } },
    }).statement;
    expect(direct).toMatchObject({
      title: 'Counterfactual comparison',
      model: 'counterfactual',
      functionalUnit: 'one task',
      method: 'marginal device energy baseline (human)',
      gridBasis: 'location',
    });
    expect(direct.boundary).toEqual({
      included: ['AI step as supplied', 'Review device time', 'Baseline device time'],
      excluded: [],
      modelled: [],
    });
    expect(direct.dataQualityTier).toBeUndefined();
    expect(direct.results.map((x) => [x.quantity, x.unit])).toEqual([
      ['AI workflow emissions per task', 'gCO2e'],
      ['Baseline emissions per task', 'gCO2e'],
      ['Net change in emissions per task', 'gCO2e'],
      ['Net change in energy per task', 'Wh'],
      ['Net change in emissions per week', 'gCO2e'],
    ]);
    expect(direct.inputs.find((i) => i.path === 'ai.device.powerW')).toMatchObject({
      dataTier: 'assumption',
      coefficientId: 'device-laptop-w',
    });
    expect(direct.assumptions).toContain('Reviewer’s device power: an assumption (device-laptop-w)');
    const modelled = disclose({
      model: 'counterfactual',
      input: {
        label: 'Drafting',
        task: 'an article',
        ai: {
          inference: {
            estimate: { method: 'reported', energyWhPerRequest: 1 },
            boundary: { network: true },
            grid: { preset: 'grid-market-google-2025' },
          },
        },
        baseline: { kind: 'nothing' },
      },
    }).statement;
    expect(modelled).toMatchObject({
      title: 'Drafting',
      functionalUnit: 'one task (an article)',
      dataQualityTier: 'reported',
      method: 'marginal device energy baseline (nothing)',
      gridBasis: 'market',
    });
    expect(modelled.boundary.included).toEqual([
      'AI step: Accelerators (GPU/TPU)',
      'AI step: Network transfer',
      'Review device time',
      'Baseline device time',
    ]);
    expect(modelled.boundary.excluded).toHaveLength(6);
    expect(modelled.boundary.excluded[0]).toBe('AI step: Host CPU and memory');
    expect(modelled.boundary.modelled).toEqual(['AI step: Network transfer']);
    expect(modelled.boundary.statement).toMatch(
      /^AI step: Boundary: accelerators and network transfer \(network transfer modelled by the engine\)\./,
    );
    expect(modelled.boundary.meetsMinimum).toBe(false);
  });

  it('says how its ranges are read: P5-P95 of a distribution, the full range of bounds', () => {
    const ranged = { estimate: { method: 'reported', energyWhPerRequest: { low: 1, high: 3 } } };
    const sampled = disclose({ model: 'inference', input: ranged, notes: [] });
    expect(sampled.statement.uncertainty).toEqual({ samples: 10_000, seed: 20251001, interval: 'P5-P95, median as central' });
    expect(sampled.statement.results[0]!.value).not.toHaveProperty('min');
    expect(sampled.markdown).toContain(
      'Uncertainty: 10,000 Monte Carlo samples, seed 20251001; each range is the likely range: the 5th to the 95th percentile',
    );
    const bounds = disclose({ model: 'inference', input: ranged }, { coefficientSet: 'cs-2026-12' });
    expect(bounds.statement.uncertainty.interval).toBe('minimum-maximum of bounds, median as central');
    expect(bounds.statement.results[0]!.value).toMatchObject({ min: 1, max: 3 });
    expect(bounds.markdown).toContain('each range is the full range: the lowest to the highest value');
    expect(bounds.markdown).toMatch(/\| Energy per request \| 2 Wh \| full range 1 to 3 Wh \|/);
  });

  it('refuses bad statement fields with their own messages, and prefixes the model’s errors with input', () => {
    const errorsOf = (raw: unknown) => {
      const outcome = evaluateDisclosure(raw);
      return outcome.ok ? [] : outcome.errors;
    };
    expect(errorsOf({ model: 'inference', input: reported, guidanceVersion: 'v2' })).toEqual([
      { path: 'guidanceVersion', message: 'Guidance version must look like 0.2' },
    ]);
    expect(errorsOf({ model: 'inference', input: reported, guidanceVersion: 2 })).toEqual([
      { path: 'guidanceVersion', message: 'Guidance version must be text such as 0.2' },
    ]);
    expect(errorsOf({ model: 'weather', input: reported })).toEqual([
      { path: 'model', message: 'Model must be inference, training or counterfactual' },
    ]);
    expect(errorsOf({ model: 'inference', input: reported, notes: 'one note' })).toEqual([
      { path: 'notes', message: 'Notes must be a list of plain-text lines' },
    ]);
    expect(errorsOf({ model: 'inference', input: reported, period: 'x'.repeat(41) })).toEqual([
      { path: 'period', message: 'Reporting period must be at most 40 characters' },
    ]);
    expect(errorsOf({ model: 'inference', input: reported, title: '<h1>' })).toEqual([
      { path: 'title', message: 'Title must be plain text: markup such as < > or HTML entities is not allowed' },
    ]);
    expect(errorsOf({ model: 'inference', input: 'not an object' })).toEqual([
      { path: 'input', message: 'The input must be an object with the calculator’s fields' },
    ]);
    expect(errorsOf({ model: 'counterfactual', input: { ai: {}, baseline: { kind: 'nothing' } } })).toEqual([
      {
        path: 'input.ai.energyWhPerRequest',
        message: 'Give the AI step as an inference input (ai.inference) or as AI energy per request in Wh (0 or more)',
      },
    ]);
  });
});

describe('the statement in Markdown', () => {
  const statement = (extra: object = {}) => {
    const outcome = evaluateDisclosure({
      model: 'inference',
      title: 'Tags | *bold* _x_',
      organisation: 'Example [News]',
      period: '2026-Q3',
      input: { estimate: { method: 'reported', energyWhPerRequest: 0.3 }, grid: { intensityGPerKWh: 100 }, ...extra },
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    return outcome.result;
  };

  it('reads, in full, as a reader sees it (a per-article estimate with a modelled device element)', () => {
    // Per article: 3 requests x 0.3 Wh + 30 W x 30 s = 1.15 Wh; at EcoLogits' world mix (473.01 g/kWh) 0.544 g.
    const outcome = evaluateDisclosure({
      model: 'inference',
      title: 'Tags',
      organisation: 'Example News',
      period: '2026-Q3',
      notes: ['Measured in March.'],
      input: {
        functionalUnit: 'article',
        requestsPerUnit: 3,
        estimate: { method: 'reported', energyWhPerRequest: 0.3 },
        boundary: { endUserDevice: true },
      },
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.markdown).toBe(
      [
        '# Tags',
        '',
        'Organisation: Example News  ',
        'Reporting period: 2026-Q3  ',
        'Guidance version: 0.2  ',
        'Coefficient set: cs-2026-11  ',
        'Functional unit: one article  ',
        'Data-quality tier: reported  ',
        'Method: reported tier, reported method  ',
        'Grid basis: location-based',
        '',
        '## Results',
        '',
        '| Quantity | Central (median) | Range |',
        '|---|---|---|',
        '| Energy per article | 1.1 Wh | single value |',
        '| Emissions per article | 0.54 gCO2e | single value |',
        '| Energy per request | 0.38 Wh | single value |',
        '| Emissions per request | 0.18 gCO2e | single value |',
        '| Accelerators (GPU/TPU): emissions per article | 0.43 gCO2e | single value |',
        '| End-user device time: emissions per article | 0.12 gCO2e | single value |',
        '',
        '## Boundary',
        '',
        '- Included: Accelerators (GPU/TPU), End-user device time',
        '- Modelled by the calculator (outside the source’s boundary): End-user device time',
        '- Excluded: Host CPU and memory, Idle and provisioned capacity, Data-centre overhead (PUE), Network transfer, Embodied hardware, Allocated training',
        '',
        'Boundary: accelerators and end-user device time (end-user device time modelled by the engine). Excluded: host CPU and memory, idle and provisioned capacity, data-centre overhead, network transfer, embodied hardware and allocated training. Narrow boundary: below the guidance’s minimum, missing host CPU and memory, idle and provisioned capacity and data-centre overhead.',
        '',
        '## Inputs',
        '',
        '| Input | Value | Origin | Data tier |',
        '|---|---|---|---|',
        '| Requests per functional unit | 3 requests | supplied | supplied |',
        '| Grid intensity | 473.01 gCO2e/kWh | default (grid-ecologits-wor) | coefficient |',
        '| Energy per request | 0.3 Wh | supplied | supplied |',
        '| Device power | 30 W | default (device-laptop-w) | assumption |',
        '| Device time per unit | 30 s | default (device-time-per-request-s) | assumption |',
        '',
        '## Assumptions and caveats',
        '',
        '- Supplier-reported figure: the supplier’s boundary and method are taken as stated; figures from different suppliers are not comparable (luccioni-2025-disclosures).',
        '- End-user device time modelled as marginal device power x time per article (device power is an assumption), flagged.',
        '- Device power: an assumption (device-laptop-w)',
        '- Device time per unit: an assumption (device-time-per-request-s)',
        '- Measured in March.',
        '',
        '## Sources',
        '',
        'ecologits-2025, luccioni-2025-disclosures, project-assumption',
        '',
        'Uncertainty: every input is a single value, so no range is given.',
        '',
      ].join('\n'),
    );
  });

  it('lists the heading, who and when, the method and the results table', () => {
    const lines = statement().markdown.split('\n');
    expect(lines.slice(0, 11)).toEqual([
      '# Tags \\| \\*bold\\* \\_x\\_',
      '',
      'Organisation: Example \\[News\\]  ',
      'Reporting period: 2026-Q3  ',
      'Guidance version: 0.2  ',
      'Coefficient set: cs-2026-11  ',
      'Functional unit: one request  ',
      'Data-quality tier: reported  ',
      'Method: reported tier, reported method  ',
      'Grid basis: location-based',
      '',
    ]);
    expect(lines).toContain('| Energy per request | 0.3 Wh | single value |');
    expect(lines).toContain('| Emissions per request | 0.03 gCO2e | single value |');
    expect(lines).toContain('- Included: Accelerators (GPU/TPU)');
    expect(lines).toContain('- Modelled by the calculator (outside the source’s boundary): none');
    expect(lines).toContain('| Energy per request | 0.3 Wh | supplied | supplied |');
    expect(lines).toContain('| Grid intensity | 100 gCO2e/kWh | supplied | supplied |');
    expect(lines.at(-2)).toBe('Uncertainty: every input is a single value, so no range is given.');
  });

  it('writes ranges of inputs with their most likely value and distribution, and inputs from the set with their coefficient', () => {
    const markdown = statement({
      estimate: { method: 'reported', energyWhPerRequest: { low: 0.1, mode: 0.2, high: 1234.5678, distribution: 'triangular' } },
      grid: undefined,
      boundary: { dataCentreOverhead: true },
    }).markdown;
    expect(markdown).toContain('| Energy per request | 0.1 to 1,234.57 Wh, most likely 0.2 (triangular) | supplied | supplied |');
    expect(markdown).toContain('| Grid intensity | 473.01 gCO2e/kWh | default (grid-ecologits-wor) | coefficient |');
    expect(markdown).toContain('| PUE | 1.2 ratio | default (pue-default) | coefficient |');
    const uniform = statement({ estimate: { method: 'reported', energyWhPerRequest: { low: 1, high: 2 } } }).markdown;
    expect(uniform).toContain('| Energy per request | 1 to 2 Wh | supplied | supplied |');
    expect(uniform).toContain('| Energy per request | 1.5 Wh | likely range 1.1 to 2 Wh |');
  });

  it('leaves out who and when, and the tier, when the statement has none', () => {
    const outcome = evaluateDisclosure({ model: 'training', input: { energy: { method: 'reported', energyMWh: 1 } } });
    if (!outcome.ok) throw new Error('does not evaluate');
    const markdown = outcome.result.markdown;
    expect(markdown).not.toMatch(/Organisation:|Reporting period:|Data-quality tier:/);
    expect(markdown).toContain('- Modelled by the calculator (outside the source’s boundary): none');
    expect(markdown).toContain('- Excluded: Idle reserved hardware, Embodied hardware');
    expect(markdown).not.toContain('Narrow boundary');
    const none = evaluateDisclosure({
      model: 'training',
      input: { energy: { method: 'reported', energyMWh: 1 }, idle: { energyKWh: 1 }, embodied: { emissionsTCO2e: 1 } },
    });
    if (!none.ok) throw new Error('does not evaluate');
    expect(none.result.markdown).toContain('- Excluded: none');
  });
});

describe('the CSV template', () => {
  it('writes one row in the header’s order: lists joined, objects as JSON, cells quoted and guarded against formulas', () => {
    const outcome = evaluateDisclosure({
      model: 'inference',
      title: '=SUM(A1), "quoted"',
      organisation: '+44 newsroom',
      period: '-1',
      input: { estimate: { method: 'reported', energyWhPerRequest: 0.3 } },
      notes: ['@first', 'second'],
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const s = outcome.result.statement;
    const cells = disclosureCsv(s).split('\n');
    expect(cells[0]).toBe(disclosureCsvHeader.join(','));
    const row = cells[1]!;
    expect(
      row.startsWith(
        `1.0,"'=SUM(A1), ""quoted""",'+44 newsroom,'-1,0.2,cs-2026-11,inference,one request,reported,"reported tier, reported method","{""included""`,
      ),
    ).toBe(true);
    // A list of strings is joined with "; " (the sources, the assumptions); only a cell's first character is guarded.
    expect(row).toContain(',ecologits-2025; luccioni-2025-disclosures,grid-ecologits-wor,');
    expect(row).toContain('(luccioni-2025-disclosures).; @first; second,');
    expect(row.endsWith(',"{""samples"":0,""seed"":20251001,""interval"":""none: every input is a single value""}"')).toBe(true);
    expect(cells[2]).toBe('');
    // An absent optional field is an empty cell.
    const plain = evaluateDisclosure({ model: 'inference', input: { estimate: { method: 'reported', energyWhPerRequest: 0.3 } } });
    if (!plain.ok) throw new Error('does not evaluate');
    expect(disclosureCsv(plain.result.statement).split('\n')[1]!.startsWith('1.0,Inference footprint,,,0.2,')).toBe(true);
  });

  it('has a JSON Schema (draft 2020-12) whose fields are the CSV columns', () => {
    const schema = disclosureJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(disclosureCsvHeader.slice(0, 5)).toEqual(['schemaVersion', 'title', 'organisation', 'period', 'guidanceVersion']);
    expect(disclosureCsvHeader).toHaveLength(18);
  });
});

describe('the statement schema', () => {
  const statementOf = (raw: unknown, options?: { coefficientSet?: string }) => {
    const outcome = evaluateDisclosure(raw, options);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    return outcome.result.statement;
  };

  it('takes every kind of statement as it is, field for field', () => {
    const statements = [
      statementOf(
        {
          model: 'inference',
          input: { estimate: { method: 'measured', energyWhPerRequest: { low: 1, high: 2 } }, grid: { preset: 'grid-market-google-2025' } },
        },
        { coefficientSet: 'cs-2026-12' },
      ),
      statementOf({ model: 'inference', input: { outputTokensPerRequest: 100, estimate: { method: 'flop', activeParamsB: 8 } } }),
      statementOf({ model: 'inference', input: { estimate: { method: 'proxy', modelClass: 'small' } } }, { coefficientSet: 'cs-2025-10' }),
      statementOf({
        model: 'training',
        input: { energy: { method: 'reported', energyMWh: 1 }, allocation: { method: 'amortise', lifetimeInferences: 10 } },
      }),
      statementOf(
        {
          model: 'counterfactual',
          organisation: 'Example News',
          period: '2026',
          input: {
            ai: { inference: { estimate: { method: 'reported', energyWhPerRequest: { low: 1, high: 2 } } } },
            baseline: { kind: 'human', humanTimeH: 1 },
          },
        },
        { coefficientSet: 'cs-2026-12' },
      ),
    ];
    expect(statements.map((s) => [s.model, s.dataQualityTier, s.gridBasis, s.uncertainty.interval])).toEqual([
      ['inference', 'measured', 'market', 'minimum-maximum of bounds, median as central'],
      ['inference', 'modelled', 'location', 'none: every input is a single value'],
      ['inference', 'proxy', 'location', 'P5-P95, median as central'],
      ['training', undefined, 'location', 'none: every input is a single value'],
      ['counterfactual', 'reported', 'location', 'minimum-maximum of bounds, median as central'],
    ]);
    expect(statements[4]!.inputs[0]!.origin).toBe('computed');
    for (const s of statements) {
      const parsed = z.safeParse(disclosureStatementSchema, s);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(parsed.data).toEqual(s);
    }
  });

  it('accepts a guidance version such as 0.2 or 10.12 and nothing else', () => {
    const errorsOf = (guidanceVersion: unknown) => {
      const outcome = evaluateDisclosure({ model: 'training', guidanceVersion, input: { energy: { method: 'reported', energyMWh: 1 } } });
      return outcome.ok ? [] : outcome.errors.map((e) => e.message);
    };
    for (const version of ['0.2', '10.12']) expect(errorsOf(version)).toEqual([]);
    for (const version of ['v0.2', '0.2x', '0.x', 'x.2', '2']) expect(errorsOf(version)).toEqual(['Guidance version must look like 0.2']);
  });
});

describe('a disclosure of some models only', () => {
  it('refuses a model its evaluator was not given, naming the ones it has', () => {
    const inferenceOnly = disclosureEvaluator({ inference: evaluateInference });
    expect(inferenceOnly({ model: 'training', input: { energy: { method: 'reported', energyMWh: 1 } } })).toEqual({
      ok: false,
      errors: [{ path: 'model', message: 'Model must be inference here' }],
    });
    const two = disclosureEvaluator({ inference: evaluateInference, training: evaluateTraining });
    expect(two({ model: 'counterfactual', input: {} })).toEqual({
      ok: false,
      errors: [{ path: 'model', message: 'Model must be inference or training here' }],
    });
    const training = two({ model: 'training', input: { energy: { method: 'reported', energyMWh: 1 } } });
    expect(training.ok && training.result.statement.model).toBe('training');
  });
});

describe('the assumptions of a statement', () => {
  it('name an assumption without a coefficient as a default, and add nothing when no notes are given', () => {
    const outcome = evaluateDisclosure({
      model: 'counterfactual',
      input: {
        ai: { energyWhPerRequest: 1, emissionsGPerRequest: 0.5, reviewTimeH: 0, device: { powerW: 30 } },
        baseline: { kind: 'nothing' },
        grid: { intensityGPerKWh: 100 },
        rebound: 1.2,
      },
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    // The rebound is an assumption the reader supplies: no coefficient names it.
    expect(outcome.result.statement.assumptions).toEqual([
      ...outcome.result.warnings,
      'Rebound (volume multiplier): an assumption (default)',
    ]);
  });
});
