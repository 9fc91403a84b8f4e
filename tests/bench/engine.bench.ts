/**
 * Time of evaluate with 10,000 Monte Carlo samples per model (budget: median under 15 ms on the
 * 2-core build machines, so islands can recalculate on every keystroke). Prints figures; it asserts
 * nothing about time, so it cannot flake. Vitest 5: `bench` is a test-context fixture.
 */
import { test } from 'vitest';
import { models } from '../../calculators/index.ts';

const options = { samples: 10_000, seed: 1 };
type AnyEvaluate = (raw: unknown, o?: typeof options) => { ok: boolean };

const cases: [string, AnyEvaluate, unknown][] = [
  ['inference: article-drafting (proxy, ranges, wide boundary)', models.inference.evaluate as AnyEvaluate, models.inference.examples['article-drafting'].input],
  ['inference: proxy-frontier (proxy, mixture of experts)', models.inference.evaluate as AnyEvaluate, models.inference.examples['proxy-frontier'].input],
  ['inference: summarisation (benchmark, batch-1 adjustment)', models.inference.evaluate as AnyEvaluate, models.inference.examples.summarisation.input],
  ['training: newsroom-finetune (ranges, embodied, amortised)', models.training.evaluate as AnyEvaluate, models.training.examples['newsroom-finetune'].input],
  ['counterfactual: article-drafting (inference + workflow)', models.counterfactual.evaluate as AnyEvaluate, models.counterfactual.examples['article-drafting'].input],
  ['disclosure: article-drafting-disclosure', models.disclosure.evaluate as AnyEvaluate, models.disclosure.examples['article-drafting-disclosure'].input],
];

test('evaluate with 10,000 samples, per model (budget: median < 15 ms)', async ({ bench }) => {
  const rows: string[] = [];
  for (const [name, evaluate, input] of cases) {
    if (!evaluate(input, options).ok) throw new Error(`${name} does not evaluate`);
    const result = await bench(name, () => {
      evaluate(input, options);
    }).run({ time: 1500, warmupTime: 300 });
    const latency = result.latency as { p50?: number; mean?: number; p99?: number };
    rows.push(`${name.padEnd(62)} median ${(latency.p50 ?? Number.NaN).toFixed(2).padStart(6)} ms   mean ${(latency.mean ?? Number.NaN).toFixed(2).padStart(6)} ms   p99 ${(latency.p99 ?? Number.NaN).toFixed(2).padStart(6)} ms`);
  }
  console.log(`\nevaluate, 10,000 samples (budget: median < 15 ms)\n${rows.join('\n')}\n`);
});
