/**
 * Build-time: the tasks and model classes a comparison offers with a coefficient set, for
 * TaskControls (the estimate panel and the counterfactual calculator). Sets before the short form's
 * methods (ESTIMATE_SINCE) offer none, and their calculators keep the controls they were released with.
 */
import { coefficient } from '../../../calculators/coefficients/index.ts';
import { supportsEstimate, estimateTasks, type EstimateTask } from '../../../calculators/counterfactual/estimate-tasks.ts';
import { formatQuantity } from '../../../calculators/core/format.ts';
import { requireCoefficientSet } from '../../lib/coefficients.ts';
import type { ModelChoice } from './TaskControls.tsx';

export interface TaskChoices {
  tasks: EstimateTask[];
  models: ModelChoice[];
}

export function taskChoices(coefficientSet: string): TaskChoices | undefined {
  const set = requireCoefficientSet(coefficientSet);
  if (!supportsEstimate(set)) return undefined;
  const models = set.modelClasses.map((k) => ({
    id: k.id,
    label: k.label,
    examples: k.note,
    figures: (k.referenceFigures ?? []).map((id) => {
      const c = coefficient(set, id);
      return `${c.label}, ${formatQuantity('energy', typeof c.value === 'number' ? c.value : c.value.low)}`;
    }),
  }));
  return { tasks: estimateTasks(set), models };
}
