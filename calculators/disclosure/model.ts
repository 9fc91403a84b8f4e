/** Disclosure model: from any model's input and result, a structured statement (JSON and Markdown). */
import { evaluateCounterfactual } from '../counterfactual/model.ts';
import type { EvaluateOptions, EvaluateOutcome } from '../core/result.ts';
import { evaluateInference } from '../inference/model.ts';
import { evaluateTraining } from '../training/model.ts';
import { disclosureEvaluator, type DisclosureResult } from './build.ts';

export { buildStatement, disclosureEvaluator } from './build.ts';
export type { DisclosureModels, DisclosureResult } from './build.ts';

const evaluateAny = disclosureEvaluator({
  inference: evaluateInference,
  training: evaluateTraining,
  counterfactual: evaluateCounterfactual,
});

export function evaluateDisclosure(raw: unknown, options?: EvaluateOptions): EvaluateOutcome<DisclosureResult> {
  return evaluateAny(raw, options);
}
