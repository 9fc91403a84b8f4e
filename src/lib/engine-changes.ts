/**
 * Joins the engine to version-compare.ts at build time: the worked examples whose headline result
 * differs between two coefficient sets, computed once per pair of sets (the changes page and the
 * compare pages ask for the same pairs).
 */
import { models } from '../../calculators/index.ts';
import { requireCoefficientSet } from './coefficients.ts';
import { coefficientChanges, exampleChanges, type CoefficientChange, type ExampleChange, type ModelLike } from './version-compare.ts';

const cache = new Map<string, { coefficients: CoefficientChange[]; examples: ExampleChange[] }>();

export function engineChanges(fromSetId: string, toSetId: string): { coefficients: CoefficientChange[]; examples: ExampleChange[] } {
  const key = `${fromSetId}>${toSetId}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const from = requireCoefficientSet(fromSetId);
  const to = requireCoefficientSet(toSetId);
  const result =
    fromSetId === toSetId
      ? { coefficients: [], examples: [] }
      : { coefficients: coefficientChanges(from, to), examples: exampleChanges(Object.values(models) as unknown as ModelLike[], from, to) };
  cache.set(key, result);
  return result;
}
