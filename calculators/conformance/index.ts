/**
 * Conformance of worked examples: every example (and the data-quality tiers calculator's case) run
 * with a coefficient set and checked against the computable provisions.
 */
import { counterfactualExamples, evaluateCounterfactual } from '../counterfactual/index.ts';
import { disclosureExamples, evaluateDisclosure } from '../disclosure/index.ts';
import type { EvaluateOutcome } from '../core/result.ts';
import { parseExampleKey, type WorkedExample } from '../core/example.ts';
import { evaluateInference, inferenceExamples } from '../inference/index.ts';
import { illustrativeTiers, tierInput, tiers } from '../inference/tiers.ts';
import { evaluateTraining, trainingExamples } from '../training/index.ts';
import { checkResult, type CheckedResult, type Violation } from './checks.ts';

export { computableRules, type ComputableRule, type RuleId } from './rules.ts';
export { checkResult, significantDigits, type Violation } from './checks.ts';

export interface ExampleViolation extends Violation {
  /** "model/example", with "#tier" for a data-quality tiers row. */
  example: string;
}

type Evaluate = (input: unknown, options: { coefficientSet: string }) => EvaluateOutcome<CheckedResult>;

const registries: Record<string, { examples: Record<string, WorkedExample<unknown>>; evaluate: Evaluate }> = {
  inference: { examples: inferenceExamples, evaluate: evaluateInference as Evaluate },
  training: { examples: trainingExamples, evaluate: evaluateTraining as Evaluate },
  counterfactual: { examples: counterfactualExamples, evaluate: evaluateCounterfactual as Evaluate },
  disclosure: { examples: disclosureExamples, evaluate: evaluateDisclosure as Evaluate },
};

/** Every example id, as "model/example". */
export const allExampleKeys: readonly string[] = Object.entries(registries).flatMap(([model, r]) =>
  Object.keys(r.examples).map((id) => `${model}/${id}`),
);

/**
 * Violations of the given examples ("model/example"; "inference/<id>.tiers" for the tiers calculator's
 * case built on that example) with one coefficient set. An example that does not evaluate is itself a
 * violation of DQ-1 (nothing can be registered).
 */
export function checkExamples(keys: readonly string[], coefficientSet: string): ExampleViolation[] {
  const violations: ExampleViolation[] = [];
  for (const key of keys) {
    const { model, example: id, view } = parseExampleKey(key);
    const tiersCase = view === 'tiers';
    const registry = registries[model];
    const example = registry?.examples[id];
    if (!registry || !example) throw new Error(`conformance: no example ${key}`);
    const runs: [string, EvaluateOutcome<CheckedResult>][] = tiersCase
      ? tiers.map((tier) => [
          `${key}#${tier}`,
          evaluateInference(tierInput(illustrativeTiers(example.input as never, coefficientSet), tier), { coefficientSet }),
        ])
      : [[key, registry.evaluate(example.input, { coefficientSet })]];
    for (const [name, outcome] of runs) {
      if (!outcome.ok)
        violations.push({ example: name, rule: 'DQ-1', message: `does not evaluate: ${outcome.errors.map((e) => e.message).join('; ')}` });
      else for (const v of checkResult(outcome.result, example.purpose)) violations.push({ example: name, ...v });
    }
  }
  return violations;
}
