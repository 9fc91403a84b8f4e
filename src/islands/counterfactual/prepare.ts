/** Build-time form of the counterfactual comparison island, and the top-down method shown beside it. */
import { counterfactualFields as f } from '../../../calculators/counterfactual/index.ts';
import type { CounterfactualInput, CounterfactualResult } from '../../../calculators/counterfactual/index.ts';
import { inferenceFields } from '../../../calculators/inference/index.ts';
import { fieldsFor, minutes } from '../shared/fields.ts';
import { countryGrids, supportsEstimate } from '../../../calculators/counterfactual/estimate-tasks.ts';
import { requireCoefficientSet } from '../../lib/coefficients.ts';
import { taskChoices } from '../shared/task-choices.ts';
import { MODEL_CLASS_PATH } from '../shared/TaskControls.tsx';
import type { IslandDefinition } from '../shared/server.ts';
import type { FieldDef } from '../shared/types.ts';
import { engine } from './engine.ts';

export function counterfactualFieldDefs(coefficientSet: string): FieldDef[] {
  const { number, select, choices, value } = fieldsFor(coefficientSet);
  const devices = choices.devices();
  const set = requireCoefficientSet(coefficientSet);
  // From cs-2026-12 the calculator takes the task, model and countries of "Estimate my use case".
  const useCase: FieldDef[] = supportsEstimate(set)
    ? [
        select(MODEL_CLASS_PATH, 'Model', 'The size class of the model.', choices.modelClasses(), { optional: false }),
        select(
          'ai.inference.grid.preset',
          'Where the model runs',
          'The data centre’s electricity grid (world average when not known).',
          countryGrids(set).map((g) => ({ value: g.id, label: g.region })),
          { optional: false },
        ),
      ]
    : [];
  return [
    ...useCase,
    number(
      'rebound',
      f.rebound,
      'AI tasks per task replaced: 1 means no rebound; 1.5 means half as many tasks again because they became cheap.',
      { optional: true, defaultHint: '1' },
    ),
    number(
      'ai.inference.requestsPerUnit',
      inferenceFields.requestsPerUnit,
      `Requests to the model for one task (the preset assumes ${value('media-article-drafting-requests')} for an article).`,
      { label: 'Prompts per task', optional: true, defaultHint: 'preset' },
    ),
    minutes(
      number('ai.reviewTimeH', f.reviewTimeH, 'Time a person spends checking and editing the AI output, on their device.', {
        label: 'Review time with AI',
        optional: true,
      }),
    ),
    select('ai.device.type', 'Device used with the AI', `Device power is an assumption (laptop ${value('device-laptop-w')} W).`, devices),
    minutes(
      number(
        'baseline.humanTimeH',
        f.humanTimeH,
        'Time the task takes without AI. Leave empty for no comparison (the AI output is additional).',
        { label: 'Time without AI', optional: true },
      ),
    ),
    select(
      'baseline.device.type',
      'Device used without AI',
      'Use the same device on both sides unless the workflow really changes it.',
      devices,
    ),
    number('volume.tasksPerPeriod', f.tasksPerPeriod, 'Tasks per period before any rebound.', { optional: true }),
    select('volume.period', 'Per', 'The period of the totals.', [
      { value: 'week', label: 'Week' },
      { value: 'month', label: 'Month' },
      { value: 'year', label: 'Year' },
    ]),
    select('grid.preset', 'Electricity grid of the people', 'Grid of the people doing the work (their devices).', choices.grids()),
    number('topDown.wordsPerPage', f.wordsPerPage, 'Words written in one task, for the top-down comparison only.', {
      label: 'Words per task (top-down method)',
      optional: true,
      range: false,
      defaultFrom: 'tomlinson-words-per-page',
    }),
  ];
}

/** The island always shows the top-down method beside the marginal one, for the same number of words. */
function withTopDown(example: CounterfactualInput): CounterfactualInput {
  if (example.topDown) return example;
  const words = /(\d[\d,]*)-word/.exec(example.task ?? '')?.[1];
  return { ...example, topDown: words ? { wordsPerPage: Number(words.replace(/,/g, '')) } : {} };
}

export const counterfactual: IslandDefinition<CounterfactualInput, CounterfactualInput, CounterfactualResult> = {
  fields: counterfactualFieldDefs,
  extras: taskChoices,
  input: withTopDown,
  engine,
};
