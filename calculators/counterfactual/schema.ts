/** Counterfactual model input: an AI-assisted workflow against the workflow it replaces. */
import * as z from 'zod/mini';
import { gridSchema } from '../core/grid.ts';
import { plainText } from '../core/text.ts';
import { uncertain } from '../core/uncertain.ts';
import type { FieldSpec } from '../core/uncertain.ts';
import { inferenceInputSchema, periods } from '../inference/schema.ts';

export const counterfactualFields = {
  requestsPerTask: { label: 'AI requests per task', unit: 'requests', min: 0, max: 100_000 },
  energyWhPerRequest: { label: 'AI energy per request', unit: 'Wh', min: 0, max: 1e7 },
  emissionsGPerRequest: { label: 'AI emissions per request', unit: 'gCO2e', min: 0, max: 1e7 },
  reviewTimeH: { label: 'Human review time per task', unit: 'h', min: 0, max: 1_000 },
  humanTimeH: { label: 'Human time per task', unit: 'h', min: 0, max: 1_000 },
  devicePowerW: { label: 'Device power', unit: 'W', min: 0, max: 2_000 },
  travelEmissionsG: { label: 'Travel emissions per task', unit: 'gCO2e', min: 0, max: 1e9 },
  otherEnergyWh: { label: 'Other energy per task', unit: 'Wh', min: 0, max: 1e9 },
  otherEmissionsG: { label: 'Other emissions per task', unit: 'gCO2e', min: 0, max: 1e9 },
  tasksPerPeriod: { label: 'Tasks per period', unit: 'tasks', min: 0, max: 1e12 },
  rebound: { label: 'Rebound (volume multiplier)', unit: 'multiplier', min: 0, max: 1_000 },
  annualFootprintTCO2e: { label: 'Annual per-capita footprint', unit: 'tCO2e/yr', min: 0, max: 1_000 },
  wordsPerHour: { label: 'Human writing speed', unit: 'words/h', min: 0, max: 100_000, minExclusive: true },
  wordsPerPage: { label: 'Words per page', unit: 'words', min: 0, max: 100_000, minExclusive: true },
} as const satisfies Record<string, FieldSpec>;

const f = counterfactualFields;
const deviceSchema = z.object(
  {
    type: z.optional(
      z.enum(['laptop', 'desktop-monitor', 'smartphone'], { error: 'Device must be laptop, desktop-monitor or smartphone' }),
    ),
    powerW: z.optional(uncertain(f.devicePowerW)),
  },
  { error: 'Device must be an object such as { type: "laptop" }' },
);

export const counterfactualInputSchema = z.object({
  label: z.optional(plainText('Label')),
  /** Name of the task, plain text (e.g. "an 800-word article"). */
  task: z.optional(plainText('Task')),
  ai: z.object(
    {
      /** Inference model input for the AI step; its per-request footprint is used (or per unit, see requestsPerTask). */
      inference: z.optional(inferenceInputSchema),
      /** Direct per-request figures, when not modelled with the inference model. */
      energyWhPerRequest: z.optional(uncertain(f.energyWhPerRequest)),
      emissionsGPerRequest: z.optional(uncertain(f.emissionsGPerRequest)),
      /** Requests per task (default: the inference result's functional unit is the task). */
      requestsPerTask: z.optional(uncertain(f.requestsPerTask)),
      /** Human review and editing time of the AI output, per task. */
      reviewTimeH: z.optional(uncertain(f.reviewTimeH)),
      device: z.optional(deviceSchema),
    },
    { error: 'AI workflow must be an object such as { inference: {...}, reviewTimeH: 0.5 }' },
  ),
  baseline: z.discriminatedUnion(
    'kind',
    [
      z.object({
        kind: z.literal('human'),
        humanTimeH: uncertain(f.humanTimeH),
        device: z.optional(deviceSchema),
        travelEmissionsG: z.optional(uncertain(f.travelEmissionsG)),
        otherEnergyWh: z.optional(uncertain(f.otherEnergyWh)),
        otherEmissionsG: z.optional(uncertain(f.otherEmissionsG)),
      }),
      /** "Nothing": the AI output is additional, so nothing is avoided. */
      z.object({ kind: z.literal('nothing') }),
    ],
    { error: 'Baseline kind must be human or nothing' },
  ),
  /** Tasks per period before any rebound. */
  volume: z.optional(
    z.object(
      {
        tasksPerPeriod: uncertain(f.tasksPerPeriod),
        period: z.optional(z.enum(periods, { error: 'Period must be week, month or year' })),
      },
      { error: 'Volume must be an object such as { tasksPerPeriod: 400, period: "month" }' },
    ),
  ),
  /** AI tasks per replaced task (1 = no rebound; 1.5 = 50 % more tasks because they became cheap). */
  rebound: z.optional(uncertain(f.rebound)),
  /** Grid for device energy (the people's location). */
  grid: z.optional(gridSchema),
  /** Also compute the top-down per-capita method of Tomlinson et al. (advised against). */
  topDown: z.optional(
    z.object(
      {
        annualFootprintTCO2e: z.optional(uncertain(f.annualFootprintTCO2e)),
        wordsPerHour: z.optional(uncertain(f.wordsPerHour)),
        wordsPerPage: z.optional(uncertain(f.wordsPerPage)),
      },
      { error: 'Top-down must be an object such as { annualFootprintTCO2e: 15 }' },
    ),
  ),
});

export type CounterfactualInput = z.infer<typeof counterfactualInputSchema>;

export const counterfactualLabels: Record<string, string> = {
  '': 'The input',
  ai: 'AI workflow',
  baseline: 'Baseline',
  'baseline.kind': 'Baseline kind',
  'baseline.humanTimeH': 'Human time per task',
};
