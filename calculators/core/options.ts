/** Validation of evaluate's options (coefficient set, samples, seed). */
import { DEFAULT_SEED } from './prng.ts';
import type { FieldError } from './result.ts';

export const DEFAULT_SAMPLES = 10_000;
export const MIN_SAMPLES = 100;
export const MAX_SAMPLES = 200_000;

export interface ResolvedOptions {
  coefficientSet: string | undefined;
  samples: number;
  seed: number;
}

export function resolveOptions(options: unknown): { ok: true; value: ResolvedOptions } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value: ResolvedOptions = { coefficientSet: undefined, samples: DEFAULT_SAMPLES, seed: DEFAULT_SEED };
  if (options === undefined || options === null) return { ok: true, value };
  if (typeof options !== 'object' || Array.isArray(options)) {
    return { ok: false, errors: [{ path: 'options', message: 'Options must be an object such as { coefficientSet, samples, seed }' }] };
  }
  const record = options as Record<string, unknown>;
  if (record.coefficientSet !== undefined) {
    if (typeof record.coefficientSet !== 'string') {
      errors.push({ path: 'options.coefficientSet', message: 'Coefficient set must be a set id such as cs-2026-11' });
    } else value.coefficientSet = record.coefficientSet;
  }
  if (record.samples !== undefined) {
    const samples = record.samples;
    if (typeof samples !== 'number' || !Number.isInteger(samples) || samples < MIN_SAMPLES || samples > MAX_SAMPLES) {
      errors.push({ path: 'options.samples', message: `Samples must be a whole number between ${MIN_SAMPLES} and 200,000` });
    } else value.samples = samples;
  }
  if (record.seed !== undefined) {
    const seed = record.seed;
    if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 4294967295) {
      errors.push({ path: 'options.seed', message: 'Seed must be a whole number between 0 and 4,294,967,295' });
    } else value.seed = seed;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}
