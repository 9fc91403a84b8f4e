/**
 * The coefficient set an island evaluates with, loaded when the reader first uses the island: fetched as
 * JSON (/coefficient-sets/<id>.json, written by the build from the pinned set itself) and registered with
 * the engine. Why data rather than code: the island's JavaScript then carries no coefficient set at all,
 * and a page fetches only the set its version pins (another only if a permalink or "Recompute with the
 * latest coefficients" asks for it). At build time every set is registered already and nothing is fetched.
 */
import { getCoefficientSet, isCoefficientSetId, registerCoefficientSet } from '../../../calculators/coefficients/registry.ts';
import type { CoefficientSet } from '../../../calculators/coefficients/schema.ts';
import { coefficientSetDataHref } from '../../lib/paths.ts';

const loading = new Map<string, Promise<boolean>>();

/** Registers the set with the engine; true when it is ready to evaluate with, false when it cannot be had. */
export function loadCoefficientSet(id: string): Promise<boolean> {
  if (getCoefficientSet(id)) return Promise.resolve(true);
  if (!isCoefficientSetId(id)) return Promise.resolve(false);
  let pending = loading.get(id);
  if (!pending) {
    pending = fetch(coefficientSetDataHref(id))
      .then((response) => (response.ok ? (response.json() as Promise<CoefficientSet>) : undefined))
      .then((set) => {
        if (set?.id !== id) return false;
        registerCoefficientSet(set);
        return true;
      })
      .catch(() => false)
      .finally(() => {
        if (!getCoefficientSet(id)) loading.delete(id); // a failed fetch may be retried
      });
    loading.set(id, pending);
  }
  return pending;
}
