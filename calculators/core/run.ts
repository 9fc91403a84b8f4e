/** The shared evaluate pipeline: options, coefficient set, schema parse, then the model. */
import * as z from 'zod/mini';
import { coefficientSetIds, getCoefficientSet, latestCoefficientSetId } from '../coefficients/registry.ts';
import type { CoefficientSet } from '../coefficients/schema.ts';
import { fallbackErrorMap, issuesToErrors } from './errors.ts';
import { resolveOptions } from './options.ts';
import type { ResolvedOptions } from './options.ts';
import type { EvaluateOutcome } from './result.ts';
import { failure, guard } from './safe.ts';

export interface ModelContext {
  set: CoefficientSet;
  options: ResolvedOptions;
}

export function runModel<I, R>(
  schema: z.core.$ZodType<I>,
  labels: Readonly<Record<string, string>>,
  raw: unknown,
  options: unknown,
  model: (input: I, context: ModelContext) => EvaluateOutcome<R>,
): EvaluateOutcome<R> {
  return guard(() => {
    const resolved = resolveOptions(options);
    if (!resolved.ok) return failure(resolved.errors);
    const setId = resolved.value.coefficientSet ?? latestCoefficientSetId;
    const set = getCoefficientSet(setId);
    if (!set) {
      return failure([{ path: 'options.coefficientSet', message: `Coefficient set must be one of: ${coefficientSetIds.join(', ')}` }]);
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      return failure([{ path: '', message: 'The input must be an object with the calculator’s fields' }]);
    }
    const parsed = z.safeParse(schema, raw, { error: fallbackErrorMap(labels) });
    if (!parsed.success) return failure(issuesToErrors(parsed.error.issues));
    return model(parsed.data, { set, options: resolved.value });
  });
}
