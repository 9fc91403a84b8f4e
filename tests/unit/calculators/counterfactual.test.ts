/**
 * Counterfactual model (calculators/counterfactual/): the per-task, per-period and break-even equations
 * of the README against hand-computed values, the top-down method of tomlinson-2024, the AI step taken
 * from the inference model (released sets: a lognormal re-fit; cs-2026-12: its own draws, like for like),
 * and the messages and warnings readers see.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCounterfactual, type CounterfactualResult } from '../../../calculators/counterfactual/index.ts';
import { evaluateInference } from '../../../calculators/inference/index.ts';

function counterfactual(raw: unknown, options?: { coefficientSet?: string; samples?: number }): CounterfactualResult {
  const outcome = evaluateCounterfactual(raw, options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}
function errorsOf(raw: unknown, options?: { coefficientSet?: string }) {
  const outcome = evaluateCounterfactual(raw, options);
  if (outcome.ok) throw new Error('expected errors');
  return outcome.errors;
}
const point = (value: number) => ({ central: value, p5: value, p95: value });

/**
 * Three requests of 2 Wh and 1 g, half an hour of review on a 40 W device; against two hours on a 60 W
 * device plus 10 Wh and 5 g of other use and 100 g of travel; 200 gCO2e/kWh; 100 tasks a month, rebound 1.5.
 */
const direct = {
  label: 'Drafting with AI',
  task: 'an 800-word article',
  ai: { energyWhPerRequest: 2, emissionsGPerRequest: 1, requestsPerTask: 3, reviewTimeH: 0.5, device: { powerW: 40 } },
  baseline: { kind: 'human', humanTimeH: 2, device: { powerW: 60 }, travelEmissionsG: 100, otherEnergyWh: 10, otherEmissionsG: 5 },
  grid: { intensityGPerKWh: 200 },
  volume: { tasksPerPeriod: 100, period: 'month' },
  rebound: 1.5,
};

describe('per task', () => {
  it('AI = requests x per request + review h x device W; baseline = human h x device W + other, x intensity, + travel and other g', () => {
    const r = counterfactual(direct);
    // AI: 3 x 2 Wh + 0.5 h x 40 W = 26 Wh; 3 x 1 g + 20 Wh x 0.2 g/Wh = 7 g (3 g inference, 4 g review).
    // Baseline: 2 h x 60 W + 10 Wh = 130 Wh; 130 x 0.2 + 100 + 5 = 131 g.
    expect(r.perTask.ai).toEqual({ energyWh: point(26), emissionsG: point(7), inferenceEmissionsG: point(3), reviewEmissionsG: point(4) });
    expect(r.perTask.baseline).toEqual({ energyWh: point(130), emissionsG: point(131) });
    expect(r.perTask.netChange).toEqual({ energyWh: point(-104), emissionsG: point(-124) });
    expect(r.perTask.ratio!.central).toBeCloseTo(7 / 131, 15);
    expect(r).toMatchObject({
      model: 'counterfactual',
      method: 'marginal-device-energy',
      baselineKind: 'human',
      label: 'Drafting with AI',
      task: 'an 800-word article',
    });
    expect(r.inference).toBeUndefined();
    expect(r.topDown).toBeUndefined();
  });

  it('per period: AI x tasks x rebound against the baseline x tasks', () => {
    const p = counterfactual(direct).perPeriod!;
    expect(p.period).toBe('month');
    expect(p.tasks).toEqual(point(100));
    expect(p.rebound).toEqual(point(1.5));
    expect(p.ai).toEqual({ energyWh: point(3_900), emissionsG: point(1_050) });
    expect(p.baseline).toEqual({ energyWh: point(13_000), emissionsG: point(13_100) });
    expect(p.netChange).toEqual({ energyWh: point(-9_100), emissionsG: point(-12_050) });
  });

  it('break-even: the most requests, rebound and review time before the AI workflow stops saving', () => {
    const b = counterfactual(direct).breakEven!;
    expect(b.maxRequestsPerTask).toEqual(point(127)); // (131 − 4) / 1
    expect(b.maxRebound.central).toBeCloseTo(131 / 7, 12);
    expect(b.maxReviewTimeH).toEqual(point(16)); // (131 − 3) / (40 W x 0.2 g/Wh)
    // Review alone (100 h: 800 g) and inference alone (3 x 100 g) outweigh the baseline: both floor at 0, never negative.
    const costly = counterfactual({ ...direct, ai: { ...direct.ai, emissionsGPerRequest: 100, reviewTimeH: 100 } }).breakEven!;
    expect(costly.maxRequestsPerTask).toEqual(point(0));
    expect(costly.maxReviewTimeH).toEqual(point(0));
  });

  it('records every input with its origin, the rebound as an assumption, and the device labels of each side', () => {
    const r = counterfactual(direct);
    expect(r.inputs.map((i) => [i.path, i.label, i.origin])).toEqual([
      ['ai.energyWhPerRequest', 'AI energy per request', 'supplied'],
      ['ai.emissionsGPerRequest', 'AI emissions per request', 'supplied'],
      ['ai.requestsPerTask', 'AI requests per task', 'supplied'],
      ['grid.intensityGPerKWh', 'Grid intensity', 'supplied'],
      ['ai.reviewTimeH', 'Human review time per task', 'supplied'],
      ['ai.device.powerW', 'Reviewer’s device power', 'supplied'],
      ['baseline.humanTimeH', 'Human time per task', 'supplied'],
      ['baseline.device.powerW', 'Baseline device power', 'supplied'],
      ['baseline.travelEmissionsG', 'Travel emissions per task', 'supplied'],
      ['baseline.otherEnergyWh', 'Other energy per task', 'supplied'],
      ['baseline.otherEmissionsG', 'Other emissions per task', 'supplied'],
      ['volume.tasksPerPeriod', 'Tasks per period', 'supplied'],
      ['rebound', 'Rebound (volume multiplier)', 'supplied'],
    ]);
    expect(r.inputs.filter((i) => i.assumption).map((i) => i.path)).toEqual(['rebound']);
    expect(r.warnings).toEqual([
      'Baseline: marginal device energy of the human workflow (device power is an assumption), not the person’s whole footprint.',
      'The rebound multiplier is an assumption: no published coefficient exists (luccioni-2025-jevons discusses rebound without one).',
    ]);
    expect(r.sourceIds).toEqual(['ghg-protocol-product', 'luccioni-2025-jevons']);
    expect(r.sensitivity.map((t) => [t.metric, t.unit, t.baseline])).toEqual([
      ['Net change in emissions per task', 'gCO2e', -124],
      ['Net change in energy per task', 'Wh', -104],
    ]);
  });

  it('computes AI emissions from energy at the device grid when no emissions figure is given, and says so', () => {
    const r = counterfactual({ ...direct, ai: { ...direct.ai, emissionsGPerRequest: undefined } });
    expect(r.perTask.ai.inferenceEmissionsG.central).toBeCloseTo(1.2, 12); // 3 x 2 Wh x 0.2 g/Wh
    expect(r.warnings).toContain(
      'AI emissions per request computed from its energy at the device grid intensity (no emissions figure given).',
    );
    expect(counterfactual(direct).warnings.join(' ')).not.toMatch(/computed from its energy/);
  });

  it('defaults to one request, no review, no rebound, a laptop, a yearly volume, and says which', () => {
    const r = counterfactual({
      ai: { energyWhPerRequest: 2 },
      baseline: { kind: 'human', humanTimeH: 1 },
      grid: { intensityGPerKWh: 100 },
      volume: { tasksPerPeriod: 10 },
    });
    expect(r.perTask.ai.energyWh).toEqual(point(2));
    expect(r.perTask.baseline.energyWh).toEqual(point(30)); // device-laptop-w 30 W for an hour
    expect(r.perPeriod!.period).toBe('year');
    expect(r.perPeriod!.netChange.energyWh).toEqual(point(-280));
    expect(r.defaultsUsed).toEqual([
      'ai.requestsPerTask',
      'ai.reviewTimeH',
      'ai.device.powerW',
      'baseline.device.powerW',
      'rebound',
      'volume.period',
    ]);
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        'No human review time given: the AI output is taken as used without review.',
        'No rebound given: AI tasks are assumed to replace human tasks one for one (rebound 1); per-unit gains can raise total use (luccioni-2025-jevons).',
      ]),
    );
    expect(r.inputs.find((i) => i.path === 'rebound')?.assumption).toBeUndefined();
    expect(counterfactual({ ...direct, volume: undefined }).perPeriod).toBeUndefined();
  });

  it('records the period as a default only when a volume is given without one', () => {
    expect(counterfactual(direct).defaultsUsed).not.toContain('volume.period'); // volume with its period
    expect(counterfactual({ ...direct, volume: undefined }).defaultsUsed).not.toContain('volume.period'); // no volume at all
    expect(counterfactual({ ...direct, volume: { tasksPerPeriod: 100 } }).defaultsUsed).toContain('volume.period');
  });

  it('takes each device’s power from its type', () => {
    const baseline = (type: string) =>
      counterfactual({ ai: { energyWhPerRequest: 0, device: { type } }, baseline: { kind: 'human', humanTimeH: 1, device: { type } } })
        .perTask;
    expect(baseline('desktop-monitor').baseline.energyWh).toEqual(point(100));
    expect(baseline('smartphone').baseline.energyWh).toEqual(point(2));
    const review = counterfactual({
      ai: { energyWhPerRequest: 0, reviewTimeH: 1, device: { type: 'desktop-monitor' } },
      baseline: { kind: 'nothing' },
    });
    expect(review.perTask.ai.energyWh).toEqual(point(100));
  });

  it('with nothing replaced, counts the whole AI footprint as an increase, with no ratio or break-even', () => {
    const r = counterfactual({ ...direct, baseline: { kind: 'nothing' } });
    expect(r.baselineKind).toBe('nothing');
    expect(r.perTask.baseline).toEqual({ energyWh: point(0), emissionsG: point(0) });
    expect(r.perTask.netChange).toEqual({ energyWh: point(26), emissionsG: point(7) });
    expect(r.perTask.ratio).toBeUndefined();
    expect(r.breakEven).toBeUndefined();
    expect(r.perPeriod!.netChange.emissionsG).toEqual(point(1_050));
    expect(r.warnings).toContain('Baseline "nothing": the AI output is additional, so the whole AI footprint is a net increase.');
  });

  it('gives break-even conditions of 0, never a division by zero, when the AI step or the device uses nothing', () => {
    const free = counterfactual({
      ai: { energyWhPerRequest: 0, emissionsGPerRequest: 0, device: { powerW: 0 } },
      baseline: { kind: 'human', humanTimeH: 1 },
      topDown: { annualFootprintTCO2e: 0 },
    });
    expect(free.breakEven).toEqual({ maxRequestsPerTask: point(0), maxRebound: point(0), maxReviewTimeH: point(0) });
    expect(free.topDown!.humanPerTaskG).toEqual(point(0));
    expect(free.topDown!.ratio).toEqual(point(0));
    expect(free.perTask.ratio).toEqual(point(0));
    // Nothing on the baseline side either: a ratio of 0 rather than 0 / 0.
    const nothingEither = counterfactual({
      ai: { energyWhPerRequest: 0, emissionsGPerRequest: 0 },
      baseline: { kind: 'human', humanTimeH: 0 },
    });
    expect(nothingEither.perTask.ratio).toEqual(point(0));
  });

  it('asks for the AI step when neither an inference input nor an energy figure is given', () => {
    expect(errorsOf({ ai: {}, baseline: { kind: 'nothing' } })).toEqual([
      {
        path: 'ai.energyWhPerRequest',
        message: 'Give the AI step as an inference input (ai.inference) or as AI energy per request in Wh (0 or more)',
      },
    ]);
    expect(errorsOf({ ai: { energyWhPerRequest: 1 }, baseline: { kind: 'robot' } })[0]).toEqual({
      path: 'baseline.kind',
      message: 'Baseline kind must be human or nothing',
    });
    expect(errorsOf({ ai: { energyWhPerRequest: 1 }, baseline: { kind: 'human', humanTimeH: -1 } })[0]).toEqual({
      path: 'baseline.humanTimeH',
      message: 'Human time per task must be between 0 and 1,000 h',
    });
  });
});

describe('the top-down per-capita method (tomlinson-2024)', () => {
  it('gives 15 t a year over 8,760 h x 250 words per page / 300 words an hour = 1,427 g a page, labelled as advised against', () => {
    const r = counterfactual({ ...direct, topDown: {} });
    expect(r.topDown!.method).toBe('top-down-per-capita');
    expect(r.topDown!.advisedAgainst).toBe(true);
    expect(r.topDown!.note).toMatch(
      /^Top-down per-capita method \(tomlinson-2024\).*advises against it.*marginal device energy.*\(rockpool-2024\)\.$/,
    );
    expect(r.topDown!.humanPerTaskG.central).toBeCloseTo((15e6 / 8_760) * (250 / 300), 9);
    expect(r.topDown!.ratio.central).toBeCloseTo(7 / ((15e6 / 8_760) * (250 / 300)), 12);
    expect(r.coefficientsUsed).toEqual(['tomlinson-annual-footprint-t', 'tomlinson-words-per-hour', 'tomlinson-words-per-page']);
    expect(r.sourceIds).toEqual(expect.arrayContaining(['tomlinson-2024', 'rockpool-2024']));
    expect(r.warnings).toContain('The top-down per-capita method is shown for comparison only: the guidance advises against it.');
    const own = counterfactual({ ...direct, topDown: { annualFootprintTCO2e: 8.76, wordsPerHour: 500, wordsPerPage: 1_000 } });
    expect(own.topDown!.humanPerTaskG.central).toBeCloseTo(2_000, 9); // 8.76e6 g / 8,760 h x (1,000 / 500) h
  });
});

describe('the top-down method’s inputs and sources', () => {
  it('records its three figures under topDown and cites tomlinson-2024 and rockpool-2024 (no empty source)', () => {
    const r = counterfactual({ ...direct, topDown: {} });
    expect(r.inputs.filter((i) => i.path.startsWith('topDown.')).map((i) => [i.path, i.coefficientId])).toEqual([
      ['topDown.annualFootprintTCO2e', 'tomlinson-annual-footprint-t'],
      ['topDown.wordsPerHour', 'tomlinson-words-per-hour'],
      ['topDown.wordsPerPage', 'tomlinson-words-per-page'],
    ]);
    expect(r.sourceIds).toEqual(['ghg-protocol-product', 'luccioni-2025-jevons', 'rockpool-2024', 'tomlinson-2024']);
  });
});

describe('the AI step from the inference model', () => {
  const drafting = {
    estimate: { method: 'reported', energyWhPerRequest: 1 },
    functionalUnit: 'article',
    requestsPerUnit: 4,
    grid: { intensityGPerKWh: 200 },
  };

  it('takes the task as one functional unit when no requests per task are given', () => {
    const r = counterfactual({ ai: { inference: drafting }, baseline: { kind: 'nothing' } });
    expect(r.perTask.ai.energyWh).toEqual(point(4));
    expect(r.inputs[0]).toMatchObject({ path: 'ai.inference', label: 'AI energy per article (one task)', origin: 'computed', value: 4 });
    expect(r.inputs.find((i) => i.path === 'ai.requestsPerTask')).toMatchObject({ value: 1, origin: 'default' });
    expect(r.warnings).toContain('The task is one functional unit of the AI step (per article).');
    expect(r.inference!.perUnit.energyWh).toEqual(point(4));
    const perRequest = counterfactual({ ai: { inference: drafting, requestsPerTask: 2 }, baseline: { kind: 'nothing' } });
    expect(perRequest.perTask.ai.energyWh).toEqual(point(2));
    expect(perRequest.inputs[0]).toMatchObject({ label: 'AI energy per request', value: 1 });
    expect(perRequest.warnings.join(' ')).not.toMatch(/one functional unit/);
  });

  it('passes on the AI step’s warnings, coefficients and sources', () => {
    const r = counterfactual({ ai: { inference: { ...drafting, grid: undefined } }, baseline: { kind: 'nothing' } });
    expect(r.warnings[0]).toBe(
      'AI step: Supplier-reported figure: the supplier’s boundary and method are taken as stated; figures from different suppliers are not comparable (luccioni-2025-disclosures).',
    );
    expect(r.coefficientsUsed).toContain('grid-ecologits-wor');
    expect(r.sourceIds).toEqual(expect.arrayContaining(['luccioni-2025-disclosures', 'luccioni-2025-jevons']));
  });

  it('records the AI step in Wh and gCO2e, and the requests per task the reader gave', () => {
    const r = counterfactual({ ai: { inference: drafting, requestsPerTask: 2 }, baseline: { kind: 'nothing' } });
    expect(r.inputs.slice(0, 3).map((i) => [i.path, i.label, i.unit, i.origin])).toEqual([
      ['ai.inference', 'AI energy per request', 'Wh', 'computed'],
      ['ai.inference', 'AI emissions per request', 'gCO2e', 'computed'],
      ['ai.requestsPerTask', 'AI requests per task', 'requests', 'supplied'],
    ]);
  });

  it('lists the AI step’s own coefficients, such as its grid, even when the people’s grid is supplied', () => {
    const r = counterfactual({
      ai: { inference: { ...drafting, grid: { preset: 'grid-ecologits-fra' } } },
      baseline: { kind: 'nothing' },
      grid: { intensityGPerKWh: 100 },
    });
    expect(r.coefficientsUsed).toContain('grid-ecologits-fra');
  });

  it('reports the AI step’s errors under ai.inference', () => {
    expect(
      errorsOf({ ai: { inference: { estimate: { method: 'reported', energyWhPerRequest: -1 } } }, baseline: { kind: 'nothing' } }),
    ).toEqual([{ path: 'ai.inference.estimate.energyWhPerRequest', message: 'Energy per request must be between 0 and 10,000,000 Wh' }]);
    // An error of the whole inference input (path '') lands on ai.inference itself.
    expect(
      errorsOf(
        {
          ai: {
            inference: {
              estimate: { method: 'reported', energyWhPerRequest: 1 },
              boundary: { network: true },
              network: { model: 'power' },
            },
          },
          baseline: { kind: 'nothing' },
        },
        { coefficientSet: 'cs-2026-11' },
      ),
    ).toEqual([
      {
        path: 'ai.inference.network.model',
        message: 'The power network model is not available in coefficient set cs-2026-11; use energy-intensity or a later set',
      },
    ]);
  });

  it('released sets re-fit the AI step’s P5-P95 as a lognormal (energy and emissions drawn together)', () => {
    const ranged = { estimate: { method: 'reported', energyWhPerRequest: { low: 1, high: 3 } } };
    const step = evaluateInference(ranged, { coefficientSet: 'cs-2026-11' });
    if (!step.ok) throw new Error('does not evaluate');
    const r = counterfactual(
      { ai: { inference: ranged, requestsPerTask: 1 }, baseline: { kind: 'nothing' } },
      { coefficientSet: 'cs-2026-11' },
    );
    const e = step.result.perRequest.energyWh;
    expect(r.inputs.slice(0, 2).map((i) => [i.path, i.value])).toEqual([
      ['ai.inference', { low: e.p5, high: e.p95, distribution: 'lognormal' }],
      [
        'ai.inference',
        { low: step.result.perRequest.emissionsG.p5, high: step.result.perRequest.emissionsG.p95, distribution: 'lognormal' },
      ],
    ]);
    // The re-fit keeps P5 and P95 but moves the median (the known issue cs-2026-12 corrects).
    expect(r.perTask.ai.energyWh.p5 / e.p5).toBeCloseTo(1, 1);
    expect(Math.abs(r.perTask.ai.energyWh.central / e.central - 1)).toBeGreaterThan(0.05);
    // A point passes as a point.
    const pointStep = counterfactual(
      { ai: { inference: drafting, requestsPerTask: 1 }, baseline: { kind: 'nothing' } },
      { coefficientSet: 'cs-2026-11' },
    );
    expect(pointStep.inputs[0]!.value).toBe(1);
    expect(pointStep.samples).toBe(0);
  });

  it('cs-2026-12 takes the AI step’s own draws: its median, P5-P95 and bounds arrive unchanged', () => {
    const ranged = { estimate: { method: 'reported', energyWhPerRequest: { low: 1, high: 3 } } };
    const step = evaluateInference(ranged, { coefficientSet: 'cs-2026-12' });
    if (!step.ok) throw new Error('does not evaluate');
    const r = counterfactual(
      { ai: { inference: ranged, requestsPerTask: 1 }, baseline: { kind: 'nothing' } },
      { coefficientSet: 'cs-2026-12' },
    );
    expect(r.perTask.ai.energyWh).toEqual(step.result.perRequest.energyWh);
    expect(r.range).toBe('min-max');
    expect(r.inputs.slice(0, 2).map((i) => [i.path, i.label, i.value, i.origin])).toEqual([
      ['ai.inference.energyWh', 'AI energy per request', step.result.perRequest.energyWh.central, 'computed'],
      ['ai.inference.emissionsG', 'AI emissions per request', step.result.perRequest.emissionsG.central, 'computed'],
    ]);
    // The sensitivity of a bound runs from its minimum to its maximum.
    const entry = r.sensitivity[1]!.entries.find((x) => x.path === 'ai.inference.energyWh')!;
    expect([entry.inputLow, entry.inputHigh]).toEqual([1, 3]);
    // A distribution runs from P5 to P95.
    const distribution = { estimate: { method: 'reported', energyWhPerRequest: { low: 1, high: 3, distribution: 'uniform' } } };
    const stepD = evaluateInference(distribution, { coefficientSet: 'cs-2026-12' });
    if (!stepD.ok) throw new Error('does not evaluate');
    const d = counterfactual(
      { ai: { inference: distribution, requestsPerTask: 1 }, baseline: { kind: 'nothing' } },
      { coefficientSet: 'cs-2026-12' },
    );
    expect(d.range).toBe('p5-p95');
    const entryD = d.sensitivity[1]!.entries.find((x) => x.path === 'ai.inference.energyWh')!;
    expect([entryD.inputLow, entryD.inputHigh]).toEqual([stepD.result.perRequest.energyWh.p5, stepD.result.perRequest.energyWh.p95]);
    // A point AI step with cs-2026-12 stays a point.
    expect(counterfactual({ ai: { inference: drafting }, baseline: { kind: 'nothing' } }, { coefficientSet: 'cs-2026-12' }).samples).toBe(
      0,
    );
  });

  it('like for like: people’s devices carry embodied emissions by time share when the AI step does', () => {
    // Reported 1 Wh with embodied modelled: 1/490 accelerator-hours x 33.35 g = 0.068 g; 0.268 g per request at 200 g/kWh.
    // Review 0.5 h and baseline 1 h on a laptop (30 W; 150-350 kg over 4 years of 1,600 h of use).
    const r = counterfactual(
      {
        ai: {
          inference: {
            estimate: { method: 'reported', energyWhPerRequest: 1 },
            boundary: { embodied: true },
            grid: { intensityGPerKWh: 200 },
          },
          requestsPerTask: 2,
          reviewTimeH: 0.5,
        },
        baseline: { kind: 'human', humanTimeH: 1 },
        grid: { intensityGPerKWh: 200 },
      },
      { coefficientSet: 'cs-2026-12' },
    );
    const perHourG = (kg: number) => (kg * 1_000) / (4 * 1_600);
    const inferenceG = 0.2 + ((5_700 / 8 + 164) * 1_000) / (3 * 8_760) / 490;
    expect(r.perTask.ai.energyWh).toMatchObject(point(17)); // 2 x 1 Wh + 0.5 h x 30 W
    expect(r.perTask.ai.inferenceEmissionsG.central).toBeCloseTo(2 * inferenceG, 9);
    expect(r.perTask.ai.reviewEmissionsG.min).toBeCloseTo(3 + 0.5 * perHourG(150), 9);
    expect(r.perTask.ai.reviewEmissionsG.max).toBeCloseTo(3 + 0.5 * perHourG(350), 9);
    expect(r.perTask.baseline.emissionsG.min).toBeCloseTo(6 + perHourG(150), 9);
    expect(r.perTask.baseline.emissionsG.max).toBeCloseTo(6 + perHourG(350), 9);
    expect(r.sensitivity[0]!.baseline).toBeCloseTo(2 * inferenceG + 3 + 0.5 * perHourG(250) - (6 + perHourG(250)), 9);
    // Break-even conditions at the corners of the two devices' embodied bounds (150 and 350 kg):
    // review time (baseline − AI inference) / (device W x intensity + the device's embodied g per hour),
    // rebound baseline / AI, requests (baseline − review) / per request.
    const baseG = (kg: number) => 6 + perHourG(kg);
    const reviewG = (kg: number) => 3 + 0.5 * perHourG(kg);
    const b = r.breakEven!;
    expect(b.maxReviewTimeH.min).toBeCloseTo((baseG(150) - 2 * inferenceG) / (6 + perHourG(350)), 9);
    expect(b.maxReviewTimeH.max).toBeCloseTo((baseG(350) - 2 * inferenceG) / (6 + perHourG(150)), 9);
    expect(b.maxRebound.min).toBeCloseTo(baseG(150) / (2 * inferenceG + reviewG(350)), 9);
    expect(b.maxRebound.max).toBeCloseTo(baseG(350) / (2 * inferenceG + reviewG(150)), 9);
    expect(b.maxRequestsPerTask.min).toBe(0); // a 350 kg reviewer's device outweighs a 150 kg baseline: never saves
    expect(b.maxRequestsPerTask.max).toBeCloseTo((baseG(350) - reviewG(150)) / inferenceG, 9);
    expect(r.perTask.ratio!.min).toBeCloseTo((2 * inferenceG + reviewG(150)) / baseG(350), 9);
    expect(r.perTask.ratio!.max).toBeCloseTo((2 * inferenceG + reviewG(350)) / baseG(150), 9);
    expect(r.inputs.filter((i) => i.path.endsWith('embodiedKg')).map((i) => [i.path, i.label])).toEqual([
      ['ai.device.embodiedKg', 'Reviewer’s device embodied emissions'],
      ['baseline.device.embodiedKg', 'Baseline device embodied emissions'],
    ]);
    expect(r.inputs.find((i) => i.path === 'devices.lifetimeYears')).toMatchObject({ label: 'Device life', value: 4, assumption: true });
    expect(r.inputs.find((i) => i.path === 'devices.useHoursPerYear')).toMatchObject({ label: 'Device use per year', value: 1_600 });
    expect(r.sourceIds).toContain('gsf-sci-2024');
    expect(r.warnings).toContain(
      'Like for like: people’s devices carry their embodied emissions by time share (SCI), as the AI step’s data-centre hardware does; device footprints and use hours are assumptions.',
    );
  });

  it('like for like: device life in years, use in hours a year, device footprints in kgCO2e', () => {
    const r = counterfactual(
      {
        ai: { inference: { estimate: { method: 'reported', energyWhPerRequest: 1 }, boundary: { embodied: true } } },
        baseline: { kind: 'human', humanTimeH: 1 },
      },
      { coefficientSet: 'cs-2026-12' },
    );
    const units = Object.fromEntries(r.inputs.map((i) => [i.path, i.unit]));
    expect(units).toMatchObject({
      'devices.lifetimeYears': 'years',
      'devices.useHoursPerYear': 'h',
      'ai.device.embodiedKg': 'kgCO2e',
      'baseline.device.embodiedKg': 'kgCO2e',
    });
  });

  it('like for like: each device type brings its own embodied footprint', () => {
    const embodiedOf = (type: string) =>
      counterfactual(
        {
          ai: { inference: { estimate: { method: 'reported', energyWhPerRequest: 1 }, boundary: { embodied: true } }, device: { type } },
          baseline: { kind: 'human', humanTimeH: 1, device: { type } },
        },
        { coefficientSet: 'cs-2026-12' },
      )
        .inputs.filter((i) => i.path.endsWith('embodiedKg'))
        .map((i) => i.coefficientId);
    expect(embodiedOf('smartphone')).toEqual(['device-smartphone-embodied-kg', 'device-smartphone-embodied-kg']);
    expect(embodiedOf('desktop-monitor')).toEqual(['device-desktop-monitor-embodied-kg', 'device-desktop-monitor-embodied-kg']);
    expect(embodiedOf('laptop')).toEqual(['device-laptop-embodied-kg', 'device-laptop-embodied-kg']);
  });

  it('like for like: no embodied on either side when the AI step leaves it out; released sets count it on the AI side only', () => {
    const input = {
      ai: { inference: { estimate: { method: 'reported', energyWhPerRequest: 1 } } },
      baseline: { kind: 'human', humanTimeH: 1 },
    };
    const neither = counterfactual(input, { coefficientSet: 'cs-2026-12' });
    expect(neither.inputs.some((i) => i.path.endsWith('embodiedKg'))).toBe(false);
    expect(neither.warnings).toContain(
      'Like for like: the AI step leaves out embodied hardware, so neither side counts embodied emissions.',
    );
    const released = counterfactual(
      { ...input, ai: { inference: { ...input.ai.inference, boundary: { embodied: true } } } },
      { coefficientSet: 'cs-2026-11' },
    );
    expect(released.inputs.some((i) => i.path.endsWith('embodiedKg'))).toBe(false);
    expect(released.warnings.join(' ')).not.toMatch(/Like for like/);
    // Direct figures: no inference boundary to match, no like-for-like warning.
    expect(
      counterfactual(
        { ai: { energyWhPerRequest: 1 }, baseline: { kind: 'human', humanTimeH: 1 } },
        { coefficientSet: 'cs-2026-12' },
      ).warnings.join(' '),
    ).not.toMatch(/Like for like/);
  });

  it('like for like: network transfer counts its marginal energy unless the reader chose a model', () => {
    const withNetwork = (network?: object) =>
      counterfactual(
        {
          ai: {
            inference: {
              estimate: { method: 'reported', energyWhPerRequest: 0 },
              boundary: { network: true },
              ...(network ? { network } : {}),
            },
          },
          baseline: { kind: 'nothing' },
        },
        { coefficientSet: 'cs-2026-12' },
      ).inference!;
    expect(withNetwork().warnings.join(' ')).toMatch(/marginal energy/);
    expect(withNetwork({ bytesPerUnit: 1e9 }).breakdown.find((b) => b.element === 'network')!.energyWh.central).toBeCloseTo(
      (0.02 * 8_000) / 3_600,
      9,
    );
    expect(
      withNetwork({ model: 'energy-intensity', bytesPerUnit: 1e9 }).breakdown.find((b) => b.element === 'network')!.energyWh.central,
    ).toBeCloseTo(6.5, 9);
    // Released sets keep the average attribution.
    const released = counterfactual(
      {
        ai: {
          inference: {
            estimate: { method: 'reported', energyWhPerRequest: 0 },
            boundary: { network: true },
            network: { bytesPerUnit: 1e9 },
          },
        },
        baseline: { kind: 'nothing' },
      },
      { coefficientSet: 'cs-2026-11' },
    );
    expect(released.inference!.breakdown.find((b) => b.element === 'network')!.energyWh.central).toBeCloseTo(6.5, 9);
  });
});
