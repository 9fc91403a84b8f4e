/** Data-quality tiers engine chunk: runs the inference model once per tier. */
import { evaluateInference } from '../../../calculators/inference/model.ts';
import type { InferenceResult } from '../../../calculators/inference/index.ts';
import { coefficientMeta } from '../shared/coefficient-meta.ts';
import type { IslandEngine, ViewOutcome } from '../shared/types.ts';
import { tierErrorPath, tierInput, tiers, type Tier, type TiersInput } from '../../../calculators/inference/tiers.ts';

export type TiersView = { tier: Tier; result: InferenceResult }[];

export function runTiers(input: TiersInput, coefficientSet: string): ViewOutcome<TiersView> {
  const view: TiersView = [];
  const errors = [];
  for (const tier of tiers) {
    const outcome = evaluateInference(tierInput(input, tier), { coefficientSet });
    if (outcome.ok) view.push({ tier, result: outcome.result });
    else errors.push(...outcome.errors.map((e) => ({ path: tierErrorPath(tier, e.path), message: e.message })));
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    view,
    coefficientIds: [...new Set(view.flatMap((v) => v.result.coefficientsUsed))],
    sourceIds: [...new Set(view.flatMap((v) => v.result.sourceIds))],
  };
}

export const engine: IslandEngine<TiersInput, TiersView> = { run: runTiers, coefficientMeta };
