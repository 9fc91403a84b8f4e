/**
 * Time of evaluate with 10,000 Monte Carlo samples (`npm run bench`). Budgets, on the 2-core build
 * machines: every model's median at most 15 ms, so islands can recalculate on every keystroke; the
 * estimate panel at most 25 ms. The panel shows an inference and the comparison built on it, but on each
 * edit it runs one engine call, the counterfactual island's (src/islands/estimate/EstimatePanel.tsx loads
 * only src/islands/counterfactual/engine.ts), whose result carries the inference it ran for the AI step:
 * the bench times that same call, so the inference is not counted twice. Cases run with the set the current version pins (cs-2026-11) and the 0.3 draft's (cs-2026-12),
 * whose methods cost more (prefill, serving ranges, corner evaluation of bounds, draws handed on).
 *
 * Prints each median beside its budget and lists plainly the cases over it, with the load average and,
 * for each case, how much slower a fixed reference loop ran around it than at its quickest in the run
 * (scripts/machine-speed.ts): time on a shared machine is noisy, so read the figures with the machine's speed
 * beside them. The verdicts are on the raw times. It asserts nothing about time, so it cannot flake.
 * Vitest 5: `bench` is a test-context fixture.
 */
import { availableParallelism, loadavg } from 'node:os';
import { test } from 'vitest';
import { counterfactualExamples, models } from '../../calculators/index.ts';
import { engine as counterfactualIsland } from '../../src/islands/counterfactual/engine.ts';
import { referenceMs, slowPhaseNote, slowdown } from '../../scripts/machine-speed.ts';

const MODEL_BUDGET_MS = 15;
const ESTIMATE_BUDGET_MS = 25;
const samples = 10_000;
const seed = 1;

type AnyEvaluate = (raw: unknown, o?: { samples: number; seed: number; coefficientSet: string }) => { ok: boolean };
const evaluate = (model: keyof typeof models, example: string) => {
  const { evaluate: run, examples } = models[model] as unknown as { evaluate: AnyEvaluate; examples: Record<string, { input: unknown }> };
  const input = examples[example]?.input;
  if (input === undefined) throw new Error(`no example ${model}/${example}`);
  return (coefficientSet: string) => run(input, { samples, seed, coefficientSet });
};

interface Case {
  name: string;
  budgetMs: number;
  run: () => boolean;
}

const single = (model: keyof typeof models, example: string, coefficientSet: string, note: string): Case => {
  const run = evaluate(model, example);
  return { name: `${model}: ${example} (${note}), ${coefficientSet}`, budgetMs: MODEL_BUDGET_MS, run: () => run(coefficientSet).ok };
};

/** The estimate panel's call on each edit: the counterfactual island's engine, whose AI step is the inference. */
const estimate = (counterfactualExample: keyof typeof counterfactualExamples, coefficientSet: string): Case => {
  const { input } = counterfactualExamples[counterfactualExample];
  return {
    name: `estimate panel: counterfactual ${counterfactualExample} (the island engine, inference inside), ${coefficientSet}`,
    budgetMs: ESTIMATE_BUDGET_MS,
    run: () => counterfactualIsland.run(input, coefficientSet).ok,
  };
};

const cases: Case[] = [
  single('inference', 'article-drafting', 'cs-2026-11', 'proxy, ranges, wide boundary'),
  single('inference', 'article-drafting', 'cs-2026-12', 'proxy, serving ranges, prefill'),
  single('inference', 'proxy-frontier', 'cs-2026-11', 'proxy, mixture of experts'),
  single('inference', 'summarisation', 'cs-2026-11', 'benchmark, batch-1 adjustment'),
  single('inference', 'report-summary', 'cs-2026-12', 'long report, prefill'),
  single('inference', 'reader-summaries', 'cs-2026-12', 'two million readers'),
  single('training', 'newsroom-finetune', 'cs-2026-11', 'ranges, embodied, amortised'),
  single('training', 'newsroom-finetune', 'cs-2026-12', 'ranges, embodied, amortised'),
  single('counterfactual', 'article-drafting', 'cs-2026-11', 'inference + workflow'),
  single('counterfactual', 'article-drafting', 'cs-2026-12', 'draws handed on, like for like'),
  single('counterfactual', 'transcription', 'cs-2026-12', 'draws handed on'),
  single('counterfactual', 'translation-rebound', 'cs-2026-12', 'rebound'),
  single('disclosure', 'article-drafting-disclosure', 'cs-2026-11', 'statement of an inference'),
  single('disclosure', 'article-drafting-disclosure', 'cs-2026-12', 'statement of an inference'),
  estimate('article-drafting', 'cs-2026-11'),
  estimate('article-drafting', 'cs-2026-12'),
];

test(`evaluate with ${samples.toLocaleString('en-GB')} samples (budgets: ${MODEL_BUDGET_MS} ms a model, ${ESTIMATE_BUDGET_MS} ms the estimate panel)`, async ({
  bench,
}) => {
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(', ');
  const loadBefore = load();
  const timed: { c: Case; median: number; mean: number; p99: number; before: number; after: number }[] = [];
  let reference = referenceMs();
  for (const c of cases) {
    if (!c.run()) throw new Error(`${c.name} does not evaluate`);
    const result = await bench(c.name, () => {
      c.run();
    }).run({ time: 1000, warmupTime: 200 });
    const latency = result.latency as { p50?: number; mean?: number; p99?: number };
    const before = reference;
    reference = referenceMs();
    timed.push({
      c,
      median: latency.p50 ?? Number.NaN,
      mean: latency.mean ?? Number.NaN,
      p99: latency.p99 ?? Number.NaN,
      before,
      after: reference,
    });
  }
  const quickest = Math.min(...timed.flatMap((t) => [t.before, t.after]));
  const rows: string[] = [];
  const over: string[] = [];
  for (const { c, median, mean, p99, before, after } of timed) {
    const within = median <= c.budgetMs;
    const factor = slowdown(before, after, quickest);
    if (!within) over.push([`${c.name}: ${median.toFixed(2)} ms > ${c.budgetMs} ms`, slowPhaseNote(factor)].filter(Boolean).join('; '));
    rows.push(
      `${c.name.padEnd(96)} median ${median.toFixed(2).padStart(6)} ms  budget ${String(c.budgetMs).padStart(2)} ms  ${within ? 'within' : 'OVER  '}   mean ${mean.toFixed(2).padStart(6)} ms   p99 ${p99.toFixed(2).padStart(6)} ms   machine x${factor.toFixed(2)}`,
    );
  }
  console.log(
    [
      '',
      `evaluate, ${samples.toLocaleString('en-GB')} samples; ${availableParallelism()} cores; load average ${loadBefore} before, ${load()} after (1, 5, 15 min)`,
      `machine: a fixed reference loop timed before and after each case took ${quickest.toFixed(1)} ms at its quickest; "machine x1.60" means it ran 1.6 times slower around that case`,
      ...rows,
      over.length
        ? `OVER BUDGET (${over.length} of ${cases.length}):\n  ${over.join('\n  ')}`
        : `Every case within its budget (${cases.length} cases).`,
      '',
    ].join('\n'),
  );
});
