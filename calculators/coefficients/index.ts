/**
 * Coefficient-set registry. Models import this (values and ids only); the long source texts live
 * in sources.ts, imported only where a page lists "Assumptions and sources".
 */
import { cs202510 } from './cs-2025-10.ts';
import { cs202611 } from './cs-2026-11.ts';
import { cs202612 } from './cs-2026-12.ts';
import type { Coefficient, CoefficientSet } from './schema.ts';
import type { UncertainNumber } from '../core/uncertain.ts';

export type { Coefficient, CoefficientSet, GridPreset, DevicePreset, MediaPreset, ModelClass, FunctionalUnit, TrustTag, MethodBlock } from './schema.ts';
export { legacyMethod, methodOf } from './methods.ts';
export { DEFAULT_GRID_ID } from './shared.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value as Record<string, unknown>)) deepFreeze(item);
  }
  return value;
}

const sets: readonly CoefficientSet[] = [deepFreeze(cs202510), deepFreeze(cs202611), deepFreeze(cs202612)];
const byId = new Map(sets.map((set) => [set.id, set]));
const coefficientIndex = new Map(sets.map((set) => [set.id, new Map(set.coefficients.map((c) => [c.id, c]))]));

export const latestCoefficientSetId = 'cs-2026-11';
export const coefficientSetIds = sets.map((set) => set.id);

export function listCoefficientSets(): readonly CoefficientSet[] {
  return sets;
}

export function getCoefficientSet(id: string = latestCoefficientSetId): CoefficientSet | undefined {
  return byId.get(id);
}

/** A coefficient of a set; throws for an unknown id (a programming error, caught by evaluate's guard). */
export function coefficient(set: CoefficientSet, id: string): Coefficient {
  const found = coefficientIndex.get(set.id)?.get(id);
  if (!found) throw new Error(`Unknown coefficient ${id} in ${set.id}`);
  return found;
}

/** A coefficient's value as an uncertain number: a point, a bound, or a distribution when it names one. */
export function coefficientValue(c: Coefficient): UncertainNumber {
  if (typeof c.value === 'number') return c.value;
  const { low, high, distribution } = c.value;
  return distribution ? { low, high, distribution } : { low, high };
}

/** A coefficient's central value (midpoint of a range; geometric mean of a lognormal's P5 and P95). */
export function coefficientCentral(c: Coefficient): number {
  if (typeof c.value === 'number') return c.value;
  return c.value.distribution === 'lognormal' ? Math.sqrt(c.value.low * c.value.high) : (c.value.low + c.value.high) / 2;
}

/**
 * Content hash of a set (FNV-1a 32-bit twice, over canonical JSON): pinned in a test fixture so any
 * edit to a pinned set fails the tests.
 */
export function coefficientSetHash(set: CoefficientSet): string {
  const text = canonicalJson(set);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ code, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
