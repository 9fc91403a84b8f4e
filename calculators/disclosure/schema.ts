/**
 * Disclosure: the input (a model, its input and who discloses) and the statement's own schema. The
 * statement schema also yields the JSON Schema and the CSV template of the contributing-data page.
 */
import * as z from 'zod/mini';
import { plainText } from '../core/text.ts';

export const disclosureInputSchema = z.object({
  /** Title of the statement, plain text. */
  title: z.optional(plainText('Title')),
  organisation: z.optional(plainText('Organisation')),
  /** Guidance version the statement follows (default: the version that pins the coefficient set). */
  guidanceVersion: z.optional(
    z
      .string({ error: 'Guidance version must be text such as 0.2' })
      .check(z.regex(/^\d+\.\d+$/, { error: 'Guidance version must look like 0.2' })),
  ),
  /** Reporting period, plain text (e.g. "2026-Q3"). */
  period: z.optional(plainText('Reporting period', 40)),
  /** The model and its input, exactly as the calculator takes them. */
  model: z.enum(['inference', 'training', 'counterfactual'], { error: 'Model must be inference, training or counterfactual' }),
  input: z.unknown(),
  /** Further assumptions in plain text. */
  notes: z.optional(z.array(plainText('Note', 500), { error: 'Notes must be a list of plain-text lines' })),
});
export type DisclosureInput = z.infer<typeof disclosureInputSchema>;

/** Central value, P5 and P95; with the minimum and maximum when every ranged input is a bound. */
const intervalSchema = z.object({
  central: z.number(),
  p5: z.number(),
  p95: z.number(),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
});

export const disclosureStatementSchema = z.object({
  /** Version of this statement format. */
  schemaVersion: z.literal('1.0'),
  title: z.string(),
  organisation: z.optional(z.string()),
  period: z.optional(z.string()),
  /** Guidance version followed, e.g. "0.2". */
  guidanceVersion: z.string(),
  /** Coefficient set used, e.g. "cs-2026-11". */
  coefficientSet: z.string(),
  model: z.enum(['inference', 'training', 'counterfactual']),
  /** Functional unit the headline results refer to, in words. */
  functionalUnit: z.string(),
  /** Data-quality tier of the headline estimate (inference: measured, reported, modelled or proxy). */
  dataQualityTier: z.optional(z.enum(['measured', 'reported', 'modelled', 'proxy'])),
  /** Method in words. */
  method: z.string(),
  boundary: z.object({
    included: z.array(z.string()),
    excluded: z.array(z.string()),
    /** Included elements outside the source's boundary, modelled by the engine. */
    modelled: z.array(z.string()),
    /** The boundary statement in words, as every card prints it. */
    statement: z.optional(z.string()),
    /** Whether the guidance's minimum inference boundary is met (inference and the AI step of a comparison). */
    meetsMinimum: z.optional(z.boolean()),
  }),
  /** Location-based or market-based electricity emissions. */
  gridBasis: z.enum(['location', 'market']),
  inputs: z.array(
    z.object({
      path: z.string(),
      label: z.string(),
      unit: z.string(),
      value: z.union([
        z.number(),
        z.object({ low: z.number(), high: z.number(), mode: z.optional(z.number()), distribution: z.optional(z.string()) }),
      ]),
      /** supplied by the discloser, a preset, or a default of the coefficient set. */
      origin: z.enum(['supplied', 'default', 'preset', 'computed']),
      /** Data tier of this input: supplied (primary), coefficient (published source) or assumption. */
      dataTier: z.enum(['supplied', 'coefficient', 'assumption']),
      coefficientId: z.optional(z.string()),
    }),
  ),
  assumptions: z.array(z.string()),
  results: z.array(
    z.object({
      quantity: z.string(),
      unit: z.string(),
      value: intervalSchema,
    }),
  ),
  /** Source registry ids behind the coefficients and methods. */
  sources: z.array(z.string()),
  coefficientsUsed: z.array(z.string()),
  uncertainty: z.object({
    samples: z.number(),
    seed: z.number(),
    /** How the results' ranges are to be read. */
    interval: z.enum(['P5-P95, median as central', 'minimum-maximum of bounds, median as central', 'none: every input is a single value']),
  }),
});
export type DisclosureStatement = z.infer<typeof disclosureStatementSchema>;

export const disclosureLabels: Record<string, string> = { '': 'The input', model: 'Model', input: 'Model input' };
