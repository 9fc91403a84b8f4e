/** Validation of evaluate's options (coefficient set, samples, seed), with zod/mini like every engine input. */
import * as z from 'zod/mini';
import { issuesToErrors } from './errors.ts';
import { DEFAULT_SEED } from './prng.ts';
import type { FieldError } from './result.ts';

export const DEFAULT_SAMPLES = 10_000;
export const MIN_SAMPLES = 100;
export const MAX_SAMPLES = 200_000;
/** The generator keeps 32 bits of state (prng.ts), so a larger seed would repeat a smaller one. */
export const MAX_SEED = 0xffff_ffff;

export interface ResolvedOptions {
  coefficientSet: string | undefined;
  samples: number;
  seed: number;
}

/**
 * A whole number from min to max, one message for every way it can be wrong. Checked in a superRefine, as
 * the engine's other checks are (uncertain.ts, text.ts): zod's int, minimum, maximum or refine would each
 * add code to the engine's browser chunk for this alone.
 */
function wholeNumber(label: string, min: number, max: number) {
  const message = `${label} must be a whole number between ${min.toLocaleString('en-GB')} and ${max.toLocaleString('en-GB')}`;
  return z.number({ error: message }).check(
    z.superRefine((n, ctx) => {
      if (!Number.isInteger(n) || n < min || n > max) ctx.issues.push({ code: 'custom', message, input: undefined });
    }),
  );
}

// Fields it does not know are dropped (zod's default), as evaluate has always ignored them.
const optionsSchema = z.object(
  {
    coefficientSet: z.optional(z.string({ error: 'Coefficient set must be a set id such as cs-2026-11' })),
    samples: z.optional(wholeNumber('Samples', MIN_SAMPLES, MAX_SAMPLES)),
    seed: z.optional(wholeNumber('Seed', 0, MAX_SEED)),
  },
  { error: 'Options must be an object such as { coefficientSet, samples, seed }' },
);

export function resolveOptions(options: unknown): { ok: true; value: ResolvedOptions } | { ok: false; errors: FieldError[] } {
  // No options at all means every default; null has always meant the same.
  const parsed = z.safeParse(optionsSchema, options ?? {});
  if (!parsed.success) {
    const errors = issuesToErrors(parsed.error.issues).map(({ path, message }) => ({
      path: path ? `options.${path}` : 'options',
      message,
    }));
    return { ok: false, errors };
  }
  const { coefficientSet, samples = DEFAULT_SAMPLES, seed = DEFAULT_SEED } = parsed.data;
  return { ok: true, value: { coefficientSet, samples, seed } };
}
