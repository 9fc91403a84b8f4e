/**
 * Uncertain numbers: every numeric input may be a point or a range.
 *   5                                  a point (no sampling)
 *   { low: 1, high: 9 }                uniform between low and high (default)
 *   { low: 1, mode: 3, high: 9 }       triangular (default when a mode is given)
 *   { low, high, distribution: 'lognormal' }  lognormal with low = P5 and high = P95
 */
import * as z from 'zod/mini';
import { formatBound } from './numbers.ts';
import type { Rng } from './prng.ts';

export type Distribution = 'uniform' | 'triangular' | 'lognormal';
export interface UncertainRange {
  low: number;
  high: number;
  mode?: number | undefined;
  distribution?: Distribution | undefined;
}
export type UncertainNumber = number | UncertainRange;

/** What a numeric field means, its unit and its allowed range: drives schemas and messages. */
export interface FieldSpec {
  /** Reader-facing name, sentence case: "Grid intensity". */
  label: string;
  /** Unit shown in messages and labels: "gCO2e/kWh". Empty string for pure numbers. */
  unit: string;
  min: number;
  max: number;
  /** The minimum itself is not allowed (for divisors such as tokens per request). */
  minExclusive?: boolean;
  integer?: boolean;
}

const Z_95 = 1.6448536269514722; // standard normal quantile for P95

export function unitSuffix(spec: FieldSpec): string {
  return spec.unit ? ` ${spec.unit}` : '';
}

export function rangeMessage(spec: FieldSpec): string {
  const lower = spec.minExclusive ? `above ${formatBound(spec.min)}` : `between ${formatBound(spec.min)}`;
  return spec.minExclusive
    ? `${spec.label} must be ${lower} and at most ${formatBound(spec.max)}${unitSuffix(spec)}`
    : `${spec.label} must be ${lower} and ${formatBound(spec.max)}${unitSuffix(spec)}`;
}

function inRange(value: number, spec: FieldSpec): boolean {
  if (!Number.isFinite(value)) return false;
  if (spec.minExclusive ? value <= spec.min : value < spec.min) return false;
  if (value > spec.max) return false;
  if (spec.integer && !Number.isInteger(value)) return false;
  return true;
}

/** Issue messages for one uncertain value, in reader's words; empty when valid. */
export function checkUncertain(value: UncertainNumber, spec: FieldSpec): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  // Written only when needed: formatting the bounds costs more than the check (evaluate runs per keystroke).
  const range = () => rangeMessage(spec) + (spec.integer ? ' (a whole number)' : '');
  if (typeof value === 'number') {
    if (!inRange(value, spec)) issues.push({ path: [], message: range() });
    return issues;
  }
  for (const key of ['low', 'mode', 'high'] as const) {
    const v = value[key];
    if (v !== undefined && !inRange(v, spec)) issues.push({ path: [key], message: `${range()} (${key})` });
  }
  if (issues.length > 0) return issues;
  if (value.low > value.high) {
    issues.push({ path: ['low'], message: `${spec.label}: the low value must not be above the high value` });
  }
  if (value.mode !== undefined && (value.mode < value.low || value.mode > value.high)) {
    issues.push({ path: ['mode'], message: `${spec.label}: the most likely value must lie between low and high` });
  }
  if (value.distribution === 'lognormal') {
    if (value.low <= 0) {
      issues.push({ path: ['low'], message: `${spec.label}: a lognormal range needs a low value above 0` });
    }
    if (value.mode !== undefined) {
      issues.push({
        path: ['mode'],
        message: `${spec.label}: a lognormal range takes low (P5) and high (P95) only, not a most likely value`,
      });
    }
  }
  if (value.distribution === 'triangular' && value.mode === undefined) {
    issues.push({ path: ['mode'], message: `${spec.label}: a triangular range needs a most likely value (mode)` });
  }
  return issues;
}

/** zod/mini schema for an uncertain number with reader-facing messages. */
export function uncertain(spec: FieldSpec) {
  const typeMessage = `${spec.label} must be a number${unitSuffix(spec) ? ` in${unitSuffix(spec)}` : ''} or a range { low, high }`;
  const num = z.number({ error: typeMessage });
  const range = z.object(
    {
      low: z.number({ error: `${spec.label}: low must be a number${unitSuffix(spec) ? ` in${unitSuffix(spec)}` : ''}` }),
      high: z.number({ error: `${spec.label}: high must be a number${unitSuffix(spec) ? ` in${unitSuffix(spec)}` : ''}` }),
      mode: z.optional(z.number({ error: `${spec.label}: mode must be a number${unitSuffix(spec) ? ` in${unitSuffix(spec)}` : ''}` })),
      distribution: z.optional(
        z.enum(['uniform', 'triangular', 'lognormal'], {
          error: `${spec.label}: distribution must be uniform, triangular or lognormal`,
        }),
      ),
    },
    { error: typeMessage },
  );
  // A range that fails for one of its parts ("low": "a", an unknown distribution) gets that part's message
  // rather than the general one, which would leave the reader guessing which part is wrong. The range
  // branch's first issue is that message for an object, and the general one for anything else.
  const unionError = (issue: object) => (issue as { errors?: { message?: string }[][] }).errors?.[1]?.[0]?.message ?? typeMessage;
  return z.union([num, range], { error: unionError }).check(
    z.superRefine((value, ctx) => {
      for (const issue of checkUncertain(value as UncertainNumber, spec)) {
        ctx.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: undefined });
      }
    }),
  );
}

/** zod/mini schema for a point-only number (counts, flags expressed as numbers). */
export function pointNumber(spec: FieldSpec) {
  const typeMessage = `${spec.label} must be a number${unitSuffix(spec) ? ` in${unitSuffix(spec)}` : ''}`;
  return z.number({ error: typeMessage }).check(
    z.superRefine((value, ctx) => {
      for (const issue of checkUncertain(value, spec)) {
        ctx.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: undefined });
      }
    }),
  );
}

export function isPoint(value: UncertainNumber): boolean {
  return typeof value === 'number' || value.low === value.high;
}

/**
 * A bound: a range given as a minimum and a maximum only (no most likely value, no distribution), as
 * sources publish them (EcoLogits' 10-30 % activation ratio). Whether a bound is reported as a bound
 * (min-max) or sampled as a uniform distribution (P5-P95) is the coefficient set's method choice.
 */
export function isBound(value: UncertainNumber): boolean {
  return typeof value !== 'number' && value.low !== value.high && value.mode === undefined && value.distribution === undefined;
}

/** Central value of an input: the point, the mode, or the median of the distribution. */
export function centralOf(value: UncertainNumber): number {
  if (typeof value === 'number') return value;
  if (value.mode !== undefined && value.distribution !== 'lognormal') return value.mode;
  if (value.distribution === 'lognormal') return Math.sqrt(value.low * value.high);
  return (value.low + value.high) / 2;
}

export function lowOf(value: UncertainNumber): number {
  return typeof value === 'number' ? value : value.low;
}
export function highOf(value: UncertainNumber): number {
  return typeof value === 'number' ? value : value.high;
}

export function distributionOf(value: UncertainNumber): Distribution | 'point' {
  if (typeof value === 'number' || isPoint(value)) return 'point';
  if (value.distribution) return value.distribution;
  return value.mode !== undefined ? 'triangular' : 'uniform';
}

/** Fill `out` with draws of `value`. Points fill a constant. */
export function sampleInto(value: UncertainNumber, rng: Rng, out: Float64Array): void {
  const n = out.length;
  if (typeof value === 'number') {
    out.fill(value);
    return;
  }
  if (isPoint(value)) {
    out.fill(value.low);
    return;
  }
  const { low, high } = value;
  const kind = distributionOf(value);
  if (kind === 'uniform') {
    const width = high - low;
    for (let i = 0; i < n; i++) out[i] = low + width * rng();
  } else if (kind === 'triangular') {
    const mode = value.mode ?? (low + high) / 2;
    const width = high - low;
    const split = (mode - low) / width;
    for (let i = 0; i < n; i++) {
      const u = rng();
      out[i] = u < split ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
    }
  } else {
    // Lognormal with low = P5 and high = P95 (Box-Muller normal draws).
    const mu = (Math.log(low) + Math.log(high)) / 2;
    const sigma = (Math.log(high) - Math.log(low)) / (2 * Z_95);
    for (let i = 0; i < n; i += 2) {
      const u1 = 1 - rng(); // (0, 1]
      const u2 = rng();
      const radius = Math.sqrt(-2 * Math.log(u1));
      out[i] = Math.exp(mu + sigma * radius * Math.cos(2 * Math.PI * u2));
      if (i + 1 < n) out[i + 1] = Math.exp(mu + sigma * radius * Math.sin(2 * Math.PI * u2));
    }
  }
}

/** Multiply an uncertain number by a constant (for unit conversions of defaults). */
export function scaleUncertain(value: UncertainNumber, factor: number): UncertainNumber {
  if (typeof value === 'number') return value * factor;
  const scaled: UncertainRange = { low: value.low * factor, high: value.high * factor };
  if (value.mode !== undefined) scaled.mode = value.mode * factor;
  if (value.distribution !== undefined) scaled.distribution = value.distribution;
  return scaled;
}
