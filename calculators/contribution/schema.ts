/**
 * The observation template: one row per thing a member measured or estimated, flat enough for a
 * spreadsheet. This zod schema is the one source of the CSV template, the published JSON Schema, the
 * browser's contribution checker and the working group's `npm run guidance -- aggregate`. Its vocabularies
 * (functional units, model classes, boundary elements, data tiers) are the engine's own.
 */
import * as z from 'zod/mini';
import { functionalUnits, modelClassIds } from '../coefficients/schema.ts';
import { boundaryElements, boundaryLabels } from '../inference/boundary.ts';
import type { DataQualityTier } from '../inference/model.ts';

/** Version of the template's shape; a file names it so a later shape can be told apart. */
export const OBSERVATION_TEMPLATE_VERSION = '1.0';

/** How the energy figure was obtained: the guidance's data-quality tiers (chapter "Working with partial data"). */
export const dataTierLabels: Record<DataQualityTier, string> = {
  measured: 'Measured on the organisation’s own deployment',
  reported: 'Reported by the supplier for this service',
  modelled: 'Modelled from parameters (tokens, model size, hardware)',
  proxy: 'Proxy: a published figure for a similar model class',
};
export const dataTiers = Object.keys(dataTierLabels) as [DataQualityTier, ...DataQualityTier[]];

/**
 * Boundary elements an observation can cover: the engine's eight, and the three that guidance 0.3 adds to
 * the boundary (BND-4: storage and retrieval, orchestration and monitoring; the end-of-life slot), which
 * the engine does not model yet but a measurement may well include.
 */
export const observationElementLabels: Record<string, string> = {
  ...boundaryLabels,
  storageRetrieval: 'Storage, retrieval and vector search',
  orchestrationMonitoring: 'Orchestration and monitoring',
  endOfLife: 'End of life of hardware',
};
export const observationElements = [...boundaryElements, 'storageRetrieval', 'orchestrationMonitoring', 'endOfLife'] as const;
export type ObservationElement = (typeof observationElements)[number];

/** The minimum inference boundary (BND-1): an observation covering all four is comparable with others. */
export const minimumBoundary = [
  'accelerators',
  'hostCpuRam',
  'idleCapacity',
  'dataCentreOverhead',
] as const satisfies readonly ObservationElement[];

/** Who runs the model. */
export const providerTypeLabels = {
  'self-hosted': 'On the organisation’s own hardware',
  'cloud-instance': 'On rented cloud instances the organisation manages',
  api: 'Through a provider’s API',
  'product-feature': 'Inside a supplier’s product (no model choice)',
} as const;
export const providerTypes = Object.keys(providerTypeLabels) as [keyof typeof providerTypeLabels, ...(keyof typeof providerTypeLabels)[]];

/** Energy units accepted, and the factor that turns each into Wh. */
export const energyUnitsToWh = { Wh: 1, kWh: 1000, mWh: 0.001, J: 1 / 3600 } as const;
export type EnergyUnit = keyof typeof energyUnitsToWh;
export const energyUnits = Object.keys(energyUnitsToWh) as [EnergyUnit, ...EnergyUnit[]];

/** Hard limit on energy per functional unit, in Wh: above it the figure cannot be per unit (10 MWh). */
export const MAX_ENERGY_WH_PER_UNIT = 1e7;
/** Plausible range of energy per unit, in Wh; outside it a value is flagged for a check of its unit. */
export const PLAUSIBLE_ENERGY_WH_PER_UNIT = { low: 1e-5, high: 5000 } as const;

const MARKUP = /[<>]|&[#a-z0-9]+;|javascript:/i;

/** Free text: plain, at most `max` characters. Messages never repeat the text. */
function text(label: string, max: number) {
  return z.string({ error: `${label} must be text` }).check(
    z.superRefine((value, ctx) => {
      if (MARKUP.test(value))
        ctx.issues.push({
          code: 'custom',
          message: `${label} must be plain text: markup such as < > or HTML entities is not allowed (write “less than”)`,
          input: undefined,
        });
      else if (value.length > max)
        ctx.issues.push({ code: 'custom', message: `${label} must be at most ${max} characters`, input: undefined });
    }),
  );
}

/** A number within limits, with a message that names the field, the limits and the unit. */
function number(label: string, unit: string, min: number, max: number, { minExclusive = false } = {}) {
  const range = `${minExclusive ? 'more than' : 'at least'} ${min.toLocaleString('en-GB')} and at most ${max.toLocaleString('en-GB')}${unit ? ` ${unit}` : ''}`;
  return z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `Enter ${label.toLowerCase()}`
          : `${label} must be a number such as 0.42, without units or thousands separators`,
    })
    .check(
      minExclusive ? z.gt(min, { error: `${label} must be ${range}` }) : z.gte(min, { error: `${label} must be ${range}` }),
      z.lte(max, { error: `${label} must be ${range}` }),
    );
}

function choice<T extends string>(label: string, values: readonly [T, ...T[]]) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined ? `Choose ${label.toLowerCase()}: ${values.join(', ')}` : `${label} must be one of: ${values.join(', ')}`,
  });
}

const realDate = (value: string) => {
  const full = value.length === 7 ? `${value}-01` : value;
  const date = new Date(`${full}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(full);
};

/** A date written YYYY-MM-DD, or a month written YYYY-MM (what anonymised files carry). */
function period(label: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `Enter the ${label.toLowerCase()} as YYYY-MM-DD or YYYY-MM`
          : `${label} must be a date written YYYY-MM-DD or YYYY-MM`,
    })
    .check(
      z.refine((v) => /^\d{4}-\d{2}(?:-\d{2})?$/.test(v) && realDate(v), {
        error: `${label} must be a real date written YYYY-MM-DD or YYYY-MM`,
      }),
    );
}

/**
 * One observation. Field order is the CSV's column order. Every field has a one-line description that
 * the JSON Schema and the template's readers see.
 */
export const observationSchema = z
  .object({
    /** The media use case, as an id: one of the guidance's presets (article-drafting, transcription, …) or your own. */
    useCase: z
      .string({ error: 'Enter the use case as an id such as article-drafting' })
      .check(
        z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Use case must be lower-case words joined by hyphens, such as article-drafting' }),
        z.maxLength(60, { error: 'Use case must be at most 60 characters' }),
      ),
    /** The functional unit the energy refers to. */
    functionalUnit: choice('Functional unit', functionalUnits),
    /** The model's size class (the guidance's proxy classes). */
    modelClass: choice('Model class', modelClassIds),
    /** The named model, if it may be shared (optional; anonymising can drop it and keep the class). */
    modelName: z.optional(text('Model name', 80)),
    /** Who runs the model. */
    providerType: choice('Provider type', providerTypes),
    /** Region or electricity grid where the model ran, as broad as possible: a country code or grid zone (optional). */
    region: z.optional(text('Region', 60)),
    /** Grid carbon intensity used, gCO2e/kWh (optional). */
    gridIntensityGPerKWh: z.optional(number('Grid intensity', 'gCO2e/kWh', 0, 2000)),
    /** Typical input tokens per request (optional). */
    tokensInPerRequest: z.optional(number('Input tokens per request', 'tokens', 0, 1e7)),
    /** Typical output tokens per request (optional). */
    tokensOutPerRequest: z.optional(number('Output tokens per request', 'tokens', 0, 1e7)),
    /** Requests per functional unit (optional). */
    requestsPerUnit: z.optional(number('Requests per unit', 'requests', 0, 1e6, { minExclusive: true })),
    /** Energy per functional unit, in the unit of the next column. */
    energyPerUnit: number('Energy per unit', '', 0, 1e12, { minExclusive: true }),
    /** The unit of energyPerUnit: Wh, kWh, mWh or J. */
    energyUnit: choice('Energy unit', energyUnits),
    /** How the energy figure was obtained: measured, reported, modelled or proxy. */
    dataTier: choice('Data tier', dataTiers),
    /** First day (or month) of the period observed. */
    periodStart: period('Period start'),
    /** Last day (or month) of the period observed. */
    periodEnd: period('Period end'),
    /** Functional units delivered in the period (optional): the volume behind the observation. */
    unitsInPeriod: z.optional(number('Units in the period', 'units', 0, 1e15)),
    /** Boundary elements the energy covers; in CSV, ids separated by semicolons. */
    boundaryCovered: z
      .array(choice('Boundary element', observationElements), {
        error: 'Boundary covered must list boundary elements separated by semicolons',
      })
      .check(
        z.minLength(1, {
          error: `List the boundary elements the energy covers, separated by semicolons, from: ${observationElements.join(', ')}`,
        }),
      ),
    /** Anything a reviewer needs: how it was measured, caveats. No names, prompts or outputs. */
    notes: z.optional(text('Notes', 1000)),
  })
  .check(
    z.superRefine((o, ctx) => {
      const wh = o.energyPerUnit * energyUnitsToWh[o.energyUnit];
      if (wh > MAX_ENERGY_WH_PER_UNIT)
        ctx.issues.push({
          code: 'custom',
          path: ['energyPerUnit'],
          message: `Energy per unit must be at most 10 MWh (${MAX_ENERGY_WH_PER_UNIT.toLocaleString('en-GB')} Wh): a larger figure is not per unit`,
          input: undefined,
        });
      if (o.periodEnd < o.periodStart)
        ctx.issues.push({ code: 'custom', path: ['periodEnd'], message: 'Period end must not be before period start', input: undefined });
      if (new Set(o.boundaryCovered).size !== o.boundaryCovered.length)
        ctx.issues.push({
          code: 'custom',
          path: ['boundaryCovered'],
          message: 'Boundary covered lists an element twice',
          input: undefined,
        });
    }),
  );
export type Observation = z.infer<typeof observationSchema>;
export type ObservationKey = keyof Observation;

/** Columns of the template, in order. */
export const observationColumns = Object.keys(observationSchema.def.shape) as ObservationKey[];
/** Columns a contribution must have (the rest may be left out or empty). */
export const requiredColumns = observationColumns.filter((key) => observationSchema.def.shape[key].def.type !== 'optional');

/** What each column holds, for the template's readers: the checker page's table and the JSON Schema's descriptions. */
export const columnHelp: Record<ObservationKey, string> = {
  useCase: 'The media use case, as an id: one of the guidance’s (article-drafting, transcription, …) or your own.',
  functionalUnit: 'The functional unit the energy refers to.',
  modelClass: 'The model’s size class, as the guidance’s proxy classes define them.',
  modelName: 'The named model, if it may be shared (anonymising can drop it and keep the class).',
  providerType: 'Who runs the model.',
  region: 'Region or electricity grid where the model ran, as broad as possible: a country code or grid zone.',
  gridIntensityGPerKWh: 'Grid carbon intensity used, gCO2e/kWh.',
  tokensInPerRequest: 'Typical input tokens per request.',
  tokensOutPerRequest: 'Typical output tokens per request.',
  requestsPerUnit: 'Requests per functional unit.',
  energyPerUnit: 'Energy per functional unit, in the unit of the next column.',
  energyUnit: 'The unit of energyPerUnit.',
  dataTier: 'How the energy figure was obtained.',
  periodStart: 'First day (YYYY-MM-DD) or month (YYYY-MM) of the period observed.',
  periodEnd: 'Last day or month of the period observed.',
  unitsInPeriod: 'Functional units delivered in the period: the volume behind the observation.',
  boundaryCovered: 'Boundary elements the energy covers; in CSV, ids separated by semicolons.',
  notes: 'How it was measured, caveats. No names, prompts or outputs.',
};

/** A file of observations as JSON. */
export const observationFileSchema = z.object({
  /** The template version the file follows. */
  templateVersion: z.literal(OBSERVATION_TEMPLATE_VERSION, { error: `Template version must be "${OBSERVATION_TEMPLATE_VERSION}"` }),
  /** The observations, one per use case, functional unit, tier and period. */
  observations: z.array(observationSchema),
});
export type ObservationFile = z.infer<typeof observationFileSchema>;

/** Energy per unit in Wh, whatever unit the observation used. */
export const energyWhPerUnit = (o: Pick<Observation, 'energyPerUnit' | 'energyUnit'>): number =>
  o.energyPerUnit * energyUnitsToWh[o.energyUnit];

/** JSON Schema (draft 2020-12) of an observation file, from the zod schema. */
export function observationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(observationFileSchema, { unrepresentable: 'any' }) as unknown as {
    properties: { observations: { items: { properties: Record<string, Record<string, unknown>> } } };
  };
  const properties = schema.properties.observations.items.properties;
  for (const key of observationColumns) properties[key] = { description: columnHelp[key], ...properties[key] };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Observations of the energy use of generative AI in media, for the working group',
    description:
      'A file of observations in the flat template of the guidance (chapter "Contributing data"). Generated from the zod schema in calculators/contribution/schema.ts; the CSV template has the same columns, with boundaryCovered written as ids separated by semicolons.',
    ...schema,
  };
}

/** One example observation, so the template shows the format (a transcription measured in-house). */
export const exampleObservation: Observation = {
  useCase: 'transcription',
  functionalUnit: 'audio-minute',
  modelClass: 'small',
  providerType: 'self-hosted',
  region: 'GB',
  gridIntensityGPerKWh: 124,
  requestsPerUnit: 1,
  energyPerUnit: 0.42,
  energyUnit: 'Wh',
  dataTier: 'measured',
  periodStart: '2026-09-01',
  periodEnd: '2026-09-30',
  unitsInPeriod: 120000,
  boundaryCovered: ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'],
  notes: 'Metered energy of the speech-to-text servers over the month, divided by minutes transcribed.',
};
