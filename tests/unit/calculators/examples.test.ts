/** Worked examples: the contract's ids exist, and every example evaluates in both sets. */
import { describe, expect, it } from 'vitest';
import { models } from '../../../calculators/index.ts';
import { inference } from '../../../calculators/inference/index.ts';
import { listCoefficientSets } from '../../../calculators/coefficients/index.ts';
import { appliesTo, type WorkedExample } from '../../../calculators/core/example.ts';

const contractExamples: Record<string, string[]> = {
  inference: [
    'gemini-median',
    'epoch-gpt4o',
    'ecologits-70b',
    'mistral-large-400',
    'mlenergy-qwen3-8b',
    'proxy-frontier',
    'article-drafting',
    'summarisation',
    'translation',
    'transcription',
    'image-generation',
    'chat-assistant',
    'metadata-tagging',
    // guidance 0.3 (cs-2026-12 onwards)
    'report-summary',
    'transcription-speech',
    'dubbing-voice',
    'video-generation',
    'reader-summaries',
    'reader-summaries-per-reader',
  ],
  training: ['bloom', 'llama31-family', 'llama31-70b', 'gpt3', 'newsroom-finetune'],
  counterfactual: [
    'article-drafting',
    'summarisation',
    'translation',
    'transcription',
    'image-generation',
    'tomlinson-top-down',
    'transcription-speech',
    'translation-rebound',
  ],
  disclosure: ['gemini-median-disclosure', 'article-drafting-disclosure'],
};

type AnyEvaluate = (
  raw: unknown,
  options?: { coefficientSet?: string; samples?: number; seed?: number },
) => { ok: boolean; result?: any; errors?: unknown };

describe('model registry', () => {
  it('exposes the four models with id, title, inputSchema, examples and evaluate', () => {
    expect(Object.keys(models)).toEqual(['inference', 'training', 'counterfactual', 'disclosure']);
    for (const [id, model] of Object.entries(models)) {
      expect(model.id).toBe(id);
      expect(model.title.length).toBeGreaterThan(5);
      expect(typeof model.evaluate).toBe('function');
      expect(model.inputSchema).toBeDefined();
      expect(Object.keys(model.examples).sort()).toEqual([...(contractExamples[id] ?? [])].sort());
    }
    expect(models.inference).toBe(inference);
  });
});

for (const [modelId, model] of Object.entries(models)) {
  for (const [exampleId, example] of Object.entries(model.examples as Record<string, WorkedExample<unknown>>)) {
    describe(`${modelId} example ${exampleId}`, () => {
      it('has a title, summary and sources', () => {
        expect(example.title.length).toBeGreaterThan(10);
        expect(example.summary.length).toBeGreaterThan(40);
        expect(example.sourceIds.length).toBeGreaterThan(0);
      });
      it('says whether it reproduces a published figure or is an estimate', () => {
        expect(['published', 'estimate']).toContain(example.purpose);
      });
      for (const set of listCoefficientSets()) {
        if (!appliesTo(example, set.id)) {
          it(`is refused by ${set.id}, or flagged, since that set lacks its methods or presets`, () => {
            const outcome = (model.evaluate as AnyEvaluate)(example.input, { coefficientSet: set.id });
            if (outcome.ok) expect(outcome.result.warnings.join(' ')).toMatch(/not counted: the methods of coefficient set/);
            else expect(JSON.stringify(outcome.errors)).toMatch(/not available in coefficient set/);
          });
          continue;
        }
        it(`evaluates with ${set.id} and records its provenance`, () => {
          const outcome = (model.evaluate as AnyEvaluate)(example.input, { coefficientSet: set.id });
          expect(outcome.ok, JSON.stringify(outcome.errors)).toBe(true);
          const result = outcome.result;
          expect(result.coefficientSet).toBe(set.id);
          expect(Array.isArray(result.defaultsUsed)).toBe(true);
          expect(Array.isArray(result.coefficientsUsed)).toBe(true);
          expect(Array.isArray(result.warnings)).toBe(true);
          expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity|null/);
        });
      }
    });
  }
}

describe('examples behave as their summaries say', () => {
  const run = (model: keyof typeof models, id: string, options?: { coefficientSet?: string }) => {
    const m = models[model] as unknown as { examples: Record<string, { input: unknown }>; evaluate: AnyEvaluate };
    const outcome = m.evaluate(m.examples[id]!.input, options);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    return outcome.result;
  };

  it('gemini-median: a point 0.24 Wh with no sampling, all four data-centre elements from the source', () => {
    const r = run('inference', 'gemini-median');
    expect(r.samples).toBe(0);
    expect(r.perUnit.energyWh).toEqual({
      central: r.perUnit.energyWh.central,
      p5: r.perUnit.energyWh.central,
      p95: r.perUnit.energyWh.central,
    });
    expect(r.perUnit.energyWh.central).toBeCloseTo(0.24, 10);
    expect(r.tier).toBe('reported');
    expect(r.boundary.filter((b: any) => b.treatment === 'source').length).toBe(4);
  });

  it('proxy-frontier: a wide interval (P95 at least twice P5)', () => {
    const r = run('inference', 'proxy-frontier');
    expect(r.tier).toBe('proxy');
    expect(r.perUnit.energyWh.p95 / r.perUnit.energyWh.p5).toBeGreaterThan(2);
    expect(r.sensitivity[0].entries.length).toBeGreaterThan(0);
  });

  it('article-drafting: network and device elements are modelled and flagged', () => {
    const r = run('inference', 'article-drafting');
    expect(r.functionalUnit.id).toBe('article');
    expect(r.boundary.find((b: any) => b.element === 'network').treatment).toBe('modelled');
    expect(r.warnings.some((w: string) => /flagged/.test(w))).toBe(true);
    expect(r.defaultsUsed).toContain('requestsPerUnit');
  });

  it('ecologits-70b: the two sets differ (real history), cs-2025-10 being far higher', () => {
    const now = run('inference', 'ecologits-70b', { coefficientSet: 'cs-2026-11' });
    const then = run('inference', 'ecologits-70b', { coefficientSet: 'cs-2025-10' });
    expect(then.perUnit.energyWh.central / now.perUnit.energyWh.central).toBeGreaterThan(5);
    expect(then.warnings.join(' ')).toMatch(/Batch size is not modelled/);
  });

  it('bloom: allocation, curve and break-even for the training chart', () => {
    const r = run('training', 'bloom');
    expect(r.allocation.method).toBe('amortise');
    expect(r.allocation.perUnit.emissionsG.central).toBeCloseTo(50.52e6 / 1e9, 4);
    expect(r.curve.length).toBeGreaterThan(10);
    const shares = r.curve.map((p: any) => p.shareOfUnitTotal);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeLessThanOrEqual(shares[i - 1]);
    // break-even: 689,842 kWh / 3.96 Wh per request
    expect(r.allocation.breakEvenInferences.energy.central).toBeCloseTo(689_842_000 / 3.96, -3);
  });

  it('tomlinson-top-down: the top-down figure is labelled as advised against and dwarfs the marginal baseline', () => {
    const r = run('counterfactual', 'tomlinson-top-down');
    expect(r.topDown.advisedAgainst).toBe(true);
    expect(r.topDown.humanPerTaskG.central).toBeCloseTo(1427, -1);
    expect(r.perTask.baseline.emissionsG.central).toBeLessThan(r.topDown.humanPerTaskG.central / 50);
  });

  it('counterfactual: rebound raises the period total; baseline "nothing" makes the whole AI footprint a net increase', () => {
    const m = models.counterfactual;
    const base = m.examples['article-drafting'].input;
    const noRebound = m.evaluate({ ...base, rebound: 1 });
    const rebound = m.evaluate({ ...base, rebound: 2 });
    if (!noRebound.ok || !rebound.ok) throw new Error('failed');
    expect(rebound.result.perPeriod!.netChange.emissionsG.central).toBeGreaterThan(
      noRebound.result.perPeriod!.netChange.emissionsG.central,
    );
    const nothing = m.evaluate({ ...base, baseline: { kind: 'nothing' } });
    if (!nothing.ok) throw new Error('failed');
    expect(nothing.result.perTask.netChange.emissionsG.central).toBeCloseTo(nothing.result.perTask.ai.emissionsG.central, 9);
    expect(nothing.result.breakEven).toBeUndefined();
  });
});
