/** Counterfactual engine chunk: the counterfactual model (which runs the inference model for the AI step). */
import { evaluateCounterfactual } from '../../../calculators/counterfactual/model.ts';
import type { CounterfactualInput, CounterfactualResult } from '../../../calculators/counterfactual/index.ts';
import { coefficientMeta } from '../shared/coefficient-meta.ts';
import type { IslandEngine, ViewOutcome } from '../shared/types.ts';

export function runCounterfactual(input: CounterfactualInput, coefficientSet: string): ViewOutcome<CounterfactualResult> {
  const outcome = evaluateCounterfactual(input, { coefficientSet });
  if (!outcome.ok) return outcome;
  return { ok: true, view: outcome.result, coefficientIds: outcome.result.coefficientsUsed, sourceIds: outcome.result.sourceIds };
}

export const engine: IslandEngine<CounterfactualInput, CounterfactualResult> = { run: runCounterfactual, coefficientMeta };
