/**
 * Every coefficient set, registered for evaluation: the entry point for Node, the build and the tests.
 * Models import registry.ts instead (see there); importing this module loads and registers all sets.
 * The long source texts live in sources.ts, imported only where a page lists "Assumptions and sources".
 */
import { cs202510 } from './cs-2025-10.ts';
import { cs202611 } from './cs-2026-11.ts';
import { cs202612 } from './cs-2026-12.ts';
import { registerCoefficientSet } from './registry.ts';
import type { CoefficientSet } from './schema.ts';

export type {
  Coefficient,
  CoefficientSet,
  GridPreset,
  DevicePreset,
  MediaPreset,
  ModelClass,
  FunctionalUnit,
  TrustTag,
  MethodBlock,
} from './schema.ts';
export { legacyMethod, methodOf } from './methods.ts';
export { DEFAULT_GRID_ID } from './preset-ids.ts';
export {
  coefficient,
  coefficientCentral,
  coefficientSetIds,
  coefficientValue,
  getCoefficientSet,
  isCoefficientSetId,
  latestCoefficientSetId,
  registerCoefficientSet,
} from './registry.ts';
export type { CoefficientSetId } from './registry.ts';

const sets: readonly CoefficientSet[] = [cs202510, cs202611, cs202612].map(registerCoefficientSet);

/** Every set, oldest first. */
export function listCoefficientSets(): readonly CoefficientSet[] {
  return sets;
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
