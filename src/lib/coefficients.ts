/** Coefficient-set data shaped for the coefficients appendix and the references list. Pure. */
import { getCoefficientSet, type Coefficient, type CoefficientSet } from '../../calculators/coefficients/index.ts';

export { formatCoefficientValue } from './coefficient-format.ts';

export function requireCoefficientSet(id: string): CoefficientSet {
  const set = getCoefficientSet(id);
  if (!set) throw new Error(`content/versions.json names coefficient set "${id}", which calculators/coefficients/ does not define`);
  return set;
}

/** Every source id a set's coefficients cite, each once. */
export function coefficientSourceIds(setId: string): string[] {
  return [...new Set(requireCoefficientSet(setId).coefficients.map((c) => c.sourceId))];
}

/** Groups coefficients by the first segment of their id (grid, device, media, ...), preserving order. */
export function groupCoefficients(coefficients: readonly Coefficient[]): Map<string, Coefficient[]> {
  const groups = new Map<string, Coefficient[]>();
  for (const c of coefficients) {
    const key = c.id.split(/[-.]/)[0] ?? c.id;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return groups;
}
