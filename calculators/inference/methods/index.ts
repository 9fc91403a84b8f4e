/** Which method computes the source figures of an estimate. */
import type { InferenceEstimate } from '../schema.ts';
import type { MethodContext, MethodResolution } from '../source.ts';
import { resolveFigure } from './figure.ts';
import { resolveFlop } from './flop.ts';
import { resolveParametric } from './parametric.ts';
import { resolveRealtime } from './realtime.ts';

export function resolveMethod(estimate: InferenceEstimate, context: MethodContext): MethodResolution {
  switch (estimate.method) {
    case 'measured':
    case 'reported':
    case 'benchmark':
      return resolveFigure(estimate, context);
    case 'flop':
      return resolveFlop(estimate, context);
    case 'parametric':
    case 'proxy':
      return resolveParametric(estimate, context);
    case 'realtime':
      return resolveRealtime(estimate, context);
  }
}
