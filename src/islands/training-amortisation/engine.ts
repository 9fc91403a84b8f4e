/** Training amortisation engine chunk: the training model only. */
import { evaluateTraining } from '../../../calculators/training/model.ts';
import type { TrainingInput, TrainingResult } from '../../../calculators/training/index.ts';
import { coefficientMeta } from '../shared/coefficient-meta.ts';
import type { IslandEngine, ViewOutcome } from '../shared/types.ts';

export function runTraining(input: TrainingInput, coefficientSet: string): ViewOutcome<TrainingResult> {
  const outcome = evaluateTraining(input, { coefficientSet });
  if (!outcome.ok) return outcome;
  return { ok: true, view: outcome.result, coefficientIds: outcome.result.coefficientsUsed, sourceIds: outcome.result.sourceIds };
}

export const engine: IslandEngine<TrainingInput, TrainingResult> = { run: runTraining, coefficientMeta };
