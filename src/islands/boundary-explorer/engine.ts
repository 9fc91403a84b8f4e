/** The boundary explorer's engine chunk: the inference model only, loaded on first interaction. */
import { evaluateInference } from '../../../calculators/inference/model.ts';
import type { InferenceInput, InferenceResult } from '../../../calculators/inference/index.ts';
import { coefficientMeta } from '../shared/coefficient-meta.ts';
import type { IslandEngine, ViewOutcome } from '../shared/types.ts';

export function runInference(input: InferenceInput, coefficientSet: string): ViewOutcome<InferenceResult> {
  const outcome = evaluateInference(input, { coefficientSet });
  if (!outcome.ok) return outcome;
  return { ok: true, view: outcome.result, coefficientIds: outcome.result.coefficientsUsed, sourceIds: outcome.result.sourceIds };
}

export const engine: IslandEngine<InferenceInput, InferenceResult> = { run: runInference, coefficientMeta };
