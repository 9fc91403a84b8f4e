/**
 * Coefficient labels and values for "Assumptions and sources" (used by the build and the engine chunks).
 * Reads a registered set: at build time every set, in the browser the one the island has loaded.
 */
import { coefficient, getCoefficientSet } from '../../../calculators/coefficients/registry.ts';
import { formatCoefficientValue } from '../../lib/coefficient-format.ts';
import type { CoefficientMeta } from './types.ts';

export function coefficientMeta(setId: string, ids: string[]): CoefficientMeta[] {
  const set = getCoefficientSet(setId);
  if (!set) return [];
  return ids.flatMap((id) => {
    try {
      const c = coefficient(set, id);
      return [
        {
          id: c.id,
          label: c.label,
          value: formatCoefficientValue(c),
          unit: c.unit,
          sourceId: c.sourceId,
          assumption: c.assumption === true,
        },
      ];
    } catch {
      return [];
    }
  });
}
