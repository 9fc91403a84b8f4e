/**
 * The coefficient sets the engine can evaluate with, and the functions that read a set. Models import
 * this module, never the sets themselves, so a bundle that evaluates with one set need not carry the
 * others: in Node, the build and the tests, `coefficients/index.ts` registers every set (each model
 * folder's index.ts imports it); in the browser an island registers only the set its page pins, fetched
 * as data when the reader first uses the calculator (src/islands/shared/coefficient-data.ts).
 */
import type { Coefficient, CoefficientSet } from './schema.ts';
import type { UncertainNumber } from '../core/uncertain.ts';

/** Every set's id, oldest first, whether or not it is registered here (messages and permalinks name them). */
export const coefficientSetIds = ['cs-2025-10', 'cs-2026-11', 'cs-2026-12'] as const;
export type CoefficientSetId = (typeof coefficientSetIds)[number];

/** The set of the current guidance version: the default of evaluate. */
export const latestCoefficientSetId = 'cs-2026-11';

export const isCoefficientSetId = (id: string): id is CoefficientSetId => (coefficientSetIds as readonly string[]).includes(id);

const byId = new Map<string, CoefficientSet>();
const coefficientIndex = new Map<string, Map<string, Coefficient>>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value as Record<string, unknown>)) deepFreeze(item);
  }
  return value;
}

/**
 * Makes a set available to evaluate, frozen. Registering an id again keeps the first: a pinned set never
 * changes, so a second copy (fetched data, say) must not replace it. Returns the registered set.
 */
export function registerCoefficientSet(set: CoefficientSet): CoefficientSet {
  const known = byId.get(set.id);
  if (known) return known;
  if (!isCoefficientSetId(set.id)) throw new Error(`Unknown coefficient set ${set.id}: add its id to coefficientSetIds`);
  const frozen = deepFreeze(set);
  byId.set(frozen.id, frozen);
  coefficientIndex.set(frozen.id, new Map(frozen.coefficients.map((c) => [c.id, c])));
  return frozen;
}

/** A registered set (the latest by default); undefined for an unknown id or a set not loaded here. */
export function getCoefficientSet(id: string = latestCoefficientSetId): CoefficientSet | undefined {
  return byId.get(id);
}

/** The registered sets, oldest first. */
export function registeredCoefficientSets(): CoefficientSet[] {
  return coefficientSetIds.flatMap((id) => byId.get(id) ?? []);
}

/** A coefficient of a set; throws for an unknown id (a programming error, caught by evaluate's guard). */
export function coefficient(set: CoefficientSet, id: string): Coefficient {
  const found = coefficientIndex.get(set.id)?.get(id) ?? set.coefficients.find((c) => c.id === id);
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
