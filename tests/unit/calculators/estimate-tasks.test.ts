/**
 * "Estimate my use case" in the engine: every task of cs-2026-12 becomes a comparison that meets the
 * guidance's own requirements, and the practitioner's case from the issue (20,000 summaries a month, a
 * frontier-class model, the UK grid, 10 minutes by hand) gives figures that follow from the models.
 */
import { describe, expect, it } from 'vitest';
import { getCoefficientSet } from '../../../calculators/coefficients/index.ts';
import { evaluateCounterfactual, type CounterfactualInput } from '../../../calculators/counterfactual/index.ts';
import { countryGrids, DEFAULT_TASK, estimateTasks, supportsEstimate } from '../../../calculators/counterfactual/estimate-tasks.ts';
import { minimumBoundary } from '../../../calculators/inference/statement.ts';
import { presetExample } from '../../../calculators/inference/preset-examples.ts';

// The tasks and the practitioner's case are computed inside the tests, not while the file is collected,
// so mutation testing (npm run test:mutation) can tell which test reached which line of the engine.
const set = getCoefficientSet('cs-2026-12')!;
const run = (input: CounterfactualInput) => {
  const outcome = evaluateCounterfactual(input, { coefficientSet: set.id, samples: 2_000 });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
};

describe('estimate tasks', () => {
  it('are offered from cs-2026-12 on, one per media preset with an example of its own, starting from summarisation', () => {
    const tasks = estimateTasks(set);
    expect(supportsEstimate(getCoefficientSet('cs-2026-11')!)).toBe(false);
    expect(supportsEstimate(set)).toBe(true);
    // Reader summaries are a scenario of views (requests per view), not a task a team does: no task.
    expect(tasks.map((t) => t.id)).toEqual(set.media.map((m) => m.id).filter((id) => id !== 'reader-summaries'));
    expect(tasks.some((t) => t.id === DEFAULT_TASK)).toBe(true);
  });

  it('choose the model by class for text tasks and keep their own method for speech, image and video', () => {
    const tasks = estimateTasks(set);
    const kind = Object.fromEntries(tasks.map((t) => [t.id, t.model]));
    expect(kind).toMatchObject({
      summarisation: 'class',
      'article-drafting': 'class',
      transcription: 'fixed',
      'image-generation': 'fixed',
      'video-generation': 'fixed',
    });
    expect(tasks.find((t) => t.id === 'transcription')!.input.ai.inference!.estimate.method).toBe('realtime');
    expect(presetExample('transcription', 'cs-2026-11')!.id).toBe('transcription');
    expect(presetExample('transcription', 'cs-2026-12')!.id).toBe('transcription-speech');
  });

  it('each meets the minimum boundary with embodied hardware, and counts people’s devices once, on both sides', () => {
    const tasks = estimateTasks(set);
    for (const task of tasks) {
      const result = run(task.input);
      expect(result.inference!.boundaryStatement.missing, task.id).toEqual([]);
      const included = result.inference!.boundary.filter((b) => b.included).map((b) => b.element);
      expect(included, task.id).toEqual(expect.arrayContaining([...minimumBoundary, 'embodied', 'network']));
      expect(included, task.id).not.toContain('endUserDevice');
      expect(result.warnings.join(' '), task.id).toMatch(/Like for like/);
    }
  });

  it('take their by-hand and review times from the worked comparisons, or compare with nothing when there is none', () => {
    const tasks = estimateTasks(set);
    const summary = tasks.find((t) => t.id === 'summarisation')!;
    expect(summary.hasBaseline).toBe(true);
    expect(summary.input.baseline).toMatchObject({ kind: 'human', humanTimeH: { low: 10 / 60, high: 20 / 60 } });
    const chat = tasks.find((t) => t.id === 'chat-assistant')!;
    expect(chat.hasBaseline).toBe(false);
    expect(chat.input.baseline).toEqual({ kind: 'nothing' });
  });

  it('build each task’s input: the preset’s label, one functional unit, a laptop and the default grid on both sides', () => {
    const tasks = estimateTasks(set);
    const summary = tasks.find((t) => t.id === 'summarisation')!;
    expect(summary.unit).toBe('article');
    expect(summary.input).toEqual({
      label: 'Summarisation',
      task: 'one article',
      ai: {
        inference: {
          label: 'Summarisation',
          preset: 'summarisation',
          estimate: { method: 'proxy', modelClass: 'large' },
          // The minimum boundary with embodied hardware and network transfer; people's devices and training left out.
          boundary: {
            accelerators: true,
            hostCpuRam: true,
            idleCapacity: true,
            dataCentreOverhead: true,
            embodied: true,
            network: true,
            endUserDevice: false,
            training: false,
          },
          grid: { preset: 'grid-ecologits-wor' },
        },
        device: { type: 'laptop' },
        // 2 to 5 minutes of review, from the worked comparison.
        reviewTimeH: { low: 2 / 60, high: 5 / 60 },
      },
      baseline: { kind: 'human', humanTimeH: { low: 10 / 60, high: 20 / 60 }, device: { type: 'laptop' } },
      volume: { tasksPerPeriod: 1_000, period: 'month' },
      grid: { preset: 'grid-ecologits-wor' },
    });
    const transcription = tasks.find((t) => t.id === 'transcription')!;
    expect([transcription.unit, transcription.input.task]).toEqual(['minute of audio', 'one minute of audio']);
    // No worked comparison: no review time is invented.
    expect(tasks.find((t) => t.id === 'chat-assistant')!.input.ai).not.toHaveProperty('reviewTimeH');
  });

  it('describe how each kind of task is estimated', () => {
    const label = Object.fromEntries(estimateTasks(set).map((t) => [t.id, t.methodLabel]));
    expect(label).toMatchObject({
      summarisation: 'Language model, by class',
      transcription: 'Speech model, sized by its processing time per second of audio',
      'image-generation': 'Measured benchmark of a model of this kind',
    });
  });

  it('offer the countries of one dataset, the default grid’s', () => {
    const countries = countryGrids(set);
    expect(countries[0]).toEqual({ id: 'grid-ecologits-wor', region: 'World' });
    expect(countries.map((c) => c.region)).toContain('United Kingdom');
    expect(countries.every((c) => c.id.startsWith('grid-ecologits-'))).toBe(true);
  });
});

describe('the practitioner’s case: 20,000 summaries a month, frontier model, UK, 10 minutes by hand', () => {
  const practitionerCase = (): CounterfactualInput => {
    const base = estimateTasks(set).find((t) => t.id === 'summarisation')!.input;
    return {
      ...base,
      ai: { ...base.ai, inference: { ...base.ai.inference!, estimate: { method: 'proxy', modelClass: 'frontier' } } },
      baseline: { kind: 'human', humanTimeH: 10 / 60, device: { type: 'laptop' } },
      volume: { tasksPerPeriod: 20_000, period: 'month' },
      grid: { preset: 'grid-ecologits-gbr' },
    };
  };

  it('gives the monthly AI, by-hand and net figures as the per-task figures times the volume', () => {
    const input = practitionerCase();
    const result = run(input);
    const period = result.perPeriod!;
    expect(period.period).toBe('month');
    expect(period.ai.emissionsG.central).toBeCloseTo(result.perTask.ai.emissionsG.central * 20_000, -1);
    expect(period.baseline.emissionsG.central).toBeCloseTo(result.perTask.baseline.emissionsG.central * 20_000, -1);
    expect(period.netChange.emissionsG.central).toBeCloseTo(result.perTask.netChange.emissionsG.central * 20_000, -1);
  });

  it('computes the by-hand side from the laptop’s power and its embodied share over 10 minutes, at the UK grid', () => {
    const input = practitionerCase();
    const result = run(input);
    // 30 W for 1/6 h at 210.89 g/kWh, plus 250 kg (central of 150–350) over 4 years of 1,600 h, for 1/6 h.
    const expected = ((30 / 6) * 210.89) / 1000 + 250_000 / (4 * 1600) / 6;
    expect(result.perTask.baseline.emissionsG.central).toBeCloseTo(expected, 1);
  });

  it('puts a frontier model above a large one, and a longer human task further below AI', () => {
    const input = practitionerCase();
    const result = run(input);
    const large = run({
      ...input,
      ai: { ...input.ai, inference: { ...input.ai.inference!, estimate: { method: 'proxy', modelClass: 'large' } } },
    });
    expect(result.perTask.ai.inferenceEmissionsG.central).toBeGreaterThan(large.perTask.ai.inferenceEmissionsG.central);
    const slower = run({ ...input, baseline: { kind: 'human', humanTimeH: 20 / 60, device: { type: 'laptop' } } });
    expect(slower.perTask.netChange.emissionsG.central).toBeLessThan(result.perTask.netChange.emissionsG.central);
  });
});
