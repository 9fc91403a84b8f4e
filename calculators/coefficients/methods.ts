/**
 * Which methods a coefficient set selects. Sets released before the method block existed carry none and
 * keep the behaviour they were released with (`legacyMethod`), so their results never move.
 */
import type { CoefficientSet, MethodBlock } from './schema.ts';

/** The methods of cs-2025-10 and cs-2026-11 (guidance 0.1 and 0.2), as released. */
export const legacyMethod: MethodBlock = Object.freeze({
  inputTokens: 'ignored',
  proxy: 'parameter-range',
  bounds: 'uniform-p5-p95',
  counterfactual: 'ai-boundary-only',
  inferenceHandOff: 'lognormal-refit',
});

export function methodOf(set: CoefficientSet): MethodBlock {
  return set.method ?? legacyMethod;
}
