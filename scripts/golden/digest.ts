/**
 * What a released version's pages show for one computed example, reduced to what a reader quotes: the
 * example's words, its headline intervals, its breakdown, its warnings and the coefficients behind it.
 * These digests are the frozen results (tests/golden/): a figure of a released version may move only
 * through an erratum.
 */
import { counterfactualExamples, evaluateCounterfactual } from '../../calculators/counterfactual/index.ts';
import type { CounterfactualResult } from '../../calculators/counterfactual/index.ts';
import { disclosureExamples, evaluateDisclosure } from '../../calculators/disclosure/index.ts';
import type { DisclosureResult } from '../../calculators/disclosure/index.ts';
import { evaluateInference, inferenceExamples } from '../../calculators/inference/index.ts';
import type { InferenceResult } from '../../calculators/inference/index.ts';
import { illustrativeTiers, tierInput, tiers } from '../../calculators/inference/tiers.ts';
import { evaluateTraining, trainingExamples } from '../../calculators/training/index.ts';
import type { TrainingResult } from '../../calculators/training/index.ts';
import type { EvaluateOutcome } from '../../calculators/core/result.ts';
import type { ModelId } from '../../calculators/index.ts';
import type { ExampleView } from '../../calculators/core/example.ts';

/** A computed example as a page shows it: `tiers` is the data-quality tiers calculator's four estimates. */
export interface ComputedExample {
  model: ModelId;
  example: string;
  view: ExampleView;
}

export type Digest = Record<string, unknown>;

interface ExampleText {
  title: string;
  summary: string;
  input: unknown;
  sourceIds: readonly string[];
}

const registry: Record<
  ModelId,
  { examples: Record<string, ExampleText>; evaluate: (input: unknown, options: { coefficientSet: string }) => EvaluateOutcome<unknown> }
> = {
  inference: { examples: inferenceExamples, evaluate: evaluateInference as never },
  training: { examples: trainingExamples, evaluate: evaluateTraining as never },
  counterfactual: { examples: counterfactualExamples, evaluate: evaluateCounterfactual as never },
  disclosure: { examples: disclosureExamples, evaluate: evaluateDisclosure as never },
};

export function exampleOf(model: ModelId, example: string): ExampleText | undefined {
  return registry[model]?.examples[example];
}

/** The digest of one computed example with a coefficient set; throws when it does not evaluate. */
export function digestExample(computed: ComputedExample, coefficientSet: string): Digest {
  const { model, example, view } = computed;
  const text = exampleOf(model, example);
  if (!text) throw new Error(`no example "${example}" in calculators/${model}/examples.ts`);
  const words = { title: text.title, summary: text.summary, sourceIds: [...text.sourceIds] };
  if (view === 'tiers') {
    const tiersInput = illustrativeTiers(text.input as never, coefficientSet);
    const byTier: Record<string, Digest> = {};
    for (const tier of tiers)
      byTier[tier] = inferenceDigest(evaluated(evaluateInference(tierInput(tiersInput, tier), { coefficientSet }), computed));
    return { ...words, tiers: byTier };
  }
  const result = evaluated(registry[model].evaluate(text.input, { coefficientSet }), computed);
  switch (model) {
    case 'inference':
      return { ...words, ...inferenceDigest(result as InferenceResult) };
    case 'training':
      return { ...words, ...trainingDigest(result as TrainingResult) };
    case 'counterfactual':
      return { ...words, ...counterfactualDigest(result as CounterfactualResult) };
    case 'disclosure':
      return { ...words, ...disclosureDigest(result as DisclosureResult) };
  }
}

function evaluated<R>(outcome: EvaluateOutcome<R>, computed: ComputedExample): R {
  if (!outcome.ok)
    throw new Error(
      `${computed.model}/${computed.example} does not evaluate: ${outcome.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
    );
  return outcome.result;
}

function inferenceDigest(r: InferenceResult): Digest {
  return {
    method: r.method,
    tier: r.tier,
    functionalUnit: r.functionalUnit.id,
    perUnit: r.perUnit,
    perRequest: r.perRequest,
    ...(r.totals ? { totals: r.totals } : {}),
    breakdown: r.breakdown.map((b) => ({
      element: b.element,
      treatment: b.treatment,
      included: b.included,
      energyWh: b.energyWh,
      emissionsG: b.emissionsG,
    })),
    grid: r.grid,
    warnings: r.warnings,
    coefficientsUsed: r.coefficientsUsed,
  };
}

function trainingDigest(r: TrainingResult): Digest {
  return {
    kind: r.kind,
    energyWh: r.energyWh,
    emissionsG: r.emissionsG,
    allocation: r.allocation,
    grid: r.grid,
    warnings: r.warnings,
    coefficientsUsed: r.coefficientsUsed,
  };
}

function counterfactualDigest(r: CounterfactualResult): Digest {
  return {
    perTask: r.perTask,
    ...(r.perPeriod ? { perPeriod: r.perPeriod } : {}),
    ...(r.breakEven ? { breakEven: r.breakEven } : {}),
    ...(r.topDown ? { topDown: r.topDown } : {}),
    ...(r.inference ? { inference: inferenceDigest(r.inference) } : {}),
    warnings: r.warnings,
    coefficientsUsed: r.coefficientsUsed,
  };
}

function disclosureDigest(r: DisclosureResult): Digest {
  return { statement: r.statement, warnings: r.warnings, coefficientsUsed: r.coefficientsUsed };
}
