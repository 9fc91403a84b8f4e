/**
 * Build-time props of "Estimate my use case" (the top of the workbench): the tasks, model classes and
 * countries of the pinned coefficient set, the short form's fields, the advanced fields (the same state,
 * every other input of the comparison) and the starting task evaluated at build time, so readers without
 * JavaScript see its result.
 */
import { DEFAULT_GRID_ID } from '../../../calculators/coefficients/shared.ts';
import {
  counterfactualFields as f,
  type CounterfactualInput,
  type CounterfactualResult,
} from '../../../calculators/counterfactual/index.ts';
import { countryGrids, DEFAULT_TASK } from '../../../calculators/counterfactual/estimate-tasks.ts';
import { boundaryElements, boundaryLabels, inferenceFields as fi } from '../../../calculators/inference/index.ts';
import { requireCoefficientSet } from '../../lib/coefficients.ts';
import { engine } from '../counterfactual/engine.ts';
import { fieldsFor, minutes } from '../shared/fields.ts';
import { islandContext, islandProps, type VersionInfo } from '../shared/server.ts';
import { taskChoices, type TaskChoices } from '../shared/task-choices.ts';
import { MODEL_CLASS_PATH } from '../shared/TaskControls.tsx';
import type { ChoiceFieldDef, FieldDef, IslandProps } from '../shared/types.ts';

/** The island's name: its section id, its query parameter and its page anchor (#estimate links to the section). */
export const ESTIMATE_ISLAND = 'estimate';

export interface EstimateExtras extends TaskChoices {
  /** Field paths of the short form, in order; every other field is under "Advanced". */
  shortForm: string[];
}

function estimateFields(coefficientSet: string): { fields: FieldDef[]; shortForm: string[] } {
  const set = requireCoefficientSet(coefficientSet);
  const { number, select, toggle, choices } = fieldsFor(coefficientSet);
  const countries = countryGrids(set).map((g) => ({ value: g.id, label: g.region }));
  const world = countries.find((c) => c.value === DEFAULT_GRID_ID)?.label ?? 'World';
  const country: ChoiceFieldDef = select(
    'grid.preset',
    'Country where the work is done',
    'Sets the electricity grid of people’s devices (location-based).',
    countries,
    { optional: false },
  );
  const dataCentre: ChoiceFieldDef = select(
    'ai.inference.grid.preset',
    'Where the model runs',
    `The data centre’s electricity grid. Hosted services rarely say: “${world}” uses the world average.`,
    countries,
    { optional: false },
  );
  const short: FieldDef[] = [
    select(MODEL_CLASS_PATH, 'Model', 'The size class of the model; named examples below.', choices.modelClasses(), { optional: false }),
    number('volume.tasksPerPeriod', f.tasksPerPeriod, 'How many of these tasks your team does.', { label: 'How many', range: false }),
    select(
      'volume.period',
      'Per',
      'The period of the totals.',
      [
        { value: 'week', label: 'Week' },
        { value: 'month', label: 'Month' },
        { value: 'year', label: 'Year' },
      ],
      { optional: false },
    ),
    country,
    minutes(
      number(
        'baseline.humanTimeH',
        f.humanTimeH,
        'How long a person takes to do one task without AI, on a laptop. Leave empty for no comparison.',
        { label: 'Time for a person without AI', optional: true },
      ),
    ),
  ];
  const advanced: FieldDef[] = [
    dataCentre,
    minutes(
      number('ai.reviewTimeH', f.reviewTimeH, 'Time a person spends checking and editing the AI output, per task.', {
        label: 'Review time with AI',
        optional: true,
      }),
    ),
    select('ai.device.type', 'Device used with AI', 'Its power and manufacturing emissions are assumptions.', choices.devices()),
    select(
      'baseline.device.type',
      'Device used without AI',
      'Use the same device on both sides unless the workflow really changes it.',
      choices.devices(),
    ),
    number(
      'rebound',
      f.rebound,
      'AI tasks per task replaced: 1 means no rebound; 1.5 means half as many tasks again because they became cheap.',
      { optional: true, defaultHint: '1' },
    ),
    number('ai.inference.requestsPerUnit', fi.requestsPerUnit, 'Requests to the model for one task.', {
      label: 'Requests per task',
      optional: true,
    }),
    number(
      'ai.inference.inputTokensPerRequest',
      fi.inputTokensPerRequest,
      'Tokens the model reads per request: the prompt, documents and history.',
      { optional: true },
    ),
    number('ai.inference.outputTokensPerRequest', fi.outputTokensPerRequest, 'Tokens the model writes per request.', { optional: true }),
    number('ai.inference.pue', fi.pue, 'Data-centre overhead (power usage effectiveness).', { optional: true, defaultFrom: 'pue-default' }),
    ...boundaryElements.map((element) => toggle(`ai.inference.boundary.${element}`, boundaryLabels[element])),
  ];
  return { fields: [...short, ...advanced], shortForm: short.map((field) => field.path) };
}

export function estimateProps(
  version: VersionInfo,
  site?: string,
): (IslandProps<CounterfactualInput, CounterfactualResult> & EstimateExtras) | undefined {
  const extras = taskChoices(version.coefficientSet);
  if (!extras) return undefined;
  const tasks = extras.tasks;
  const first = tasks.find((t) => t.id === DEFAULT_TASK) ?? tasks[0];
  if (!first) throw new Error(`estimate: coefficient set ${version.coefficientSet} offers no task the short form can model`);
  const context = islandContext({
    island: ESTIMATE_ISLAND,
    title: 'Estimate my use case',
    exampleId: first.id,
    version,
    methodology: { slug: 'counterfactuals-and-rebound', label: 'Counterfactuals and rebound' },
    site,
  });
  const { fields, shortForm } = estimateFields(version.coefficientSet);
  return { ...islandProps(context, fields, first.input, engine), ...extras, shortForm };
}
