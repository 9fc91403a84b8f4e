/** The never-throw wrapper every model's evaluate goes through. */
import type { EvaluateOutcome, FieldError } from './result.ts';

/** True when every number reachable in `value` is finite. */
export function allFinite(value: unknown, depth = 0): boolean {
  if (depth > 12) return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => allFinite(item, depth + 1));
  if (value && typeof value === 'object') return Object.values(value).every((item) => allFinite(item, depth + 1));
  return true;
}

export function failure(errors: FieldError[]): { ok: false; errors: FieldError[] } {
  return { ok: false, errors };
}

/**
 * Run a model and guarantee the contract: no throw, no NaN or Infinity in a result.
 * A non-finite value can only come from an extreme combination of allowed inputs, so the reader is
 * told which kind of input to check rather than shown a broken number.
 */
export function guard<R>(run: () => EvaluateOutcome<R>): EvaluateOutcome<R> {
  try {
    const outcome = run();
    if (outcome.ok && !allFinite(outcome.result)) {
      return failure([
        {
          path: '',
          message:
            'These inputs give a result too large or undefined to show; check the extreme values (for example a very large volume with a very small divisor)',
        },
      ]);
    }
    return outcome;
  } catch {
    return failure([{ path: '', message: 'The calculator could not evaluate these inputs; check each field and try again' }]);
  }
}
