/**
 * Shape of a coefficient and of a coefficient set. zod/mini so the check can also run in the browser
 * if a set is ever loaded as JSON.
 */
import * as z from 'zod/mini';
import { functionalUnits } from './functional-units.ts';

/** How far the reference verified a figure (published-figures.md trust tags). */
export const trustTags = ['V-primary', 'V-secondary', 'DERIVED', 'UNVERIFIED'] as const;
export type TrustTag = (typeof trustTags)[number];

const idPattern = /^[a-z0-9][a-z0-9.-]*$/;

/**
 * A range. Without a distribution it is a bound (a minimum and a maximum, as sources publish them);
 * with one it is a distribution (lognormal: low = P5 and high = P95). How a bound is reported is the
 * set's method choice (see methodSchema.bounds).
 */
export const coefficientRangeSchema = z.object({
  low: z.number(),
  high: z.number(),
  distribution: z.optional(z.enum(['uniform', 'lognormal'])),
});

export const coefficientSchema = z
  .object({
    /** Stable id, cited by results in coefficientsUsed. */
    id: z.string().check(z.regex(idPattern)),
    /** Reader-facing label, sentence case, UK English. */
    label: z.string().check(z.minLength(3)),
    /** A point value, or a range used as a uniform default. */
    value: z.union([z.number(), coefficientRangeSchema]),
    /** Unit of value, in the engine's vocabulary (Wh, gCO2e/kWh, W, s, h, ...). */
    unit: z.string(),
    /** Year the figure refers to, or the source's publication year when the data year is unstated. */
    year: z.number().check(z.int(), z.minimum(1990), z.maximum(2100)),
    /** Id in the source registry (sources.ts). */
    sourceId: z.string().check(z.regex(idPattern)),
    /** One plain sentence: what the value is and any caveat. */
    note: z.string().check(z.minLength(3)),
    /** Trust tag from the reference. */
    trust: z.enum(trustTags),
    /** True for anything tagged UNVERIFIED or chosen by the working group: shown as an assumption. */
    assumption: z.optional(z.boolean()),
  })
  .check(
    z.refine((c) => c.trust !== 'UNVERIFIED' || c.assumption === true, {
      error: 'A coefficient tagged UNVERIFIED must be marked assumption: true',
    }),
    z.refine((c) => (typeof c.value === 'number' ? Number.isFinite(c.value) : c.value.low <= c.value.high), {
      error: 'A coefficient range must have low <= high',
    }),
  );
export type Coefficient = z.infer<typeof coefficientSchema>;

export const gridPresetSchema = z.object({
  id: z.string().check(z.regex(idPattern)),
  /** Region as shown to readers. */
  region: z.string(),
  /** Coefficient holding the intensity in gCO2e/kWh. */
  coefficientId: z.string(),
  /** Location-based (default everywhere) or market-based (a labelled alternative). */
  basis: z.enum(['location', 'market']),
  /** Lifecycle (Ember, EcoLogits) or combustion-only (IEA): do not mix the two. */
  scope: z.enum(['lifecycle', 'combustion', 'unstated']),
});
export type GridPreset = z.infer<typeof gridPresetSchema>;

export const devicePresetSchema = z.object({
  id: z.string().check(z.regex(idPattern)),
  label: z.string(),
  /** Coefficient holding the device's power in use, W. */
  coefficientId: z.string(),
});
export type DevicePreset = z.infer<typeof devicePresetSchema>;

export { functionalUnits } from './functional-units.ts';
export type { FunctionalUnit } from './functional-units.ts';

export const mediaPresetSchema = z.object({
  id: z.string().check(z.regex(idPattern)),
  label: z.string(),
  functionalUnit: z.enum(functionalUnits),
  /** Coefficient ids for the typical quantities of one functional unit. */
  requestsPerUnit: z.string(),
  outputTokensPerRequest: z.string(),
  inputTokensPerRequest: z.string(),
  dataBytesPerUnit: z.string(),
  deviceTimeSPerUnit: z.string(),
  note: z.string(),
});
export type MediaPreset = z.infer<typeof mediaPresetSchema>;

/** The proxy model classes, smallest first (also the model-class column of the observation template). */
export const modelClassIds = ['small', 'medium', 'large', 'frontier'] as const;

export const modelClassSchema = z.object({
  id: z.enum(modelClassIds),
  label: z.string(),
  /** Coefficient ids: active parameters (a range) and total parameters (absent for dense). */
  activeParamsB: z.string(),
  totalParamsB: z.optional(z.string()),
  note: z.string(),
  /** Coefficient ids of figures reported for models of the class: the class's P5-P95 must contain them. */
  referenceFigures: z.optional(z.array(z.string())),
});
export type ModelClass = z.infer<typeof modelClassSchema>;

/**
 * Elements of the guidance's boundary the engine cannot estimate, which boundary statements name as
 * excluded with the reason (0.3 BND-2): each entry's elements, in running text as the boundaries chapter
 * names them, share one reason.
 */
const notEstimatedSchema = z.array(
  z.object({ elements: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), reason: z.string().check(z.minLength(1)) }),
);
export type NotEstimated = z.infer<typeof notEstimatedSchema>;

/**
 * The methods a set selects. Behaviour that changes results is chosen here, by the set a guidance version
 * pins, so a released version keeps its numbers and new methods arrive with a new set. A set without a
 * block uses `legacyMethod` (methods.ts): the behaviour of the sets released before the block existed.
 */
export const methodSchema = z.object({
  /** Input tokens: 'ignored' (recorded for disclosure only) or 'prefill' (prefill compute counted). */
  inputTokens: z.enum(['ignored', 'prefill']),
  /** Proxy classes: 'parameter-range' (batch and hardware fixed) or 'serving-range' (batch size and accelerator memory sampled too). */
  proxy: z.enum(['parameter-range', 'serving-range']),
  /** A { low, high } input with no distribution: 'uniform-p5-p95' (sampled, reported P5-P95) or 'bound-min-max' (a bound, reported min-max). */
  bounds: z.enum(['uniform-p5-p95', 'bound-min-max']),
  /** Counterfactual: 'ai-boundary-only' (embodied on the AI side only) or 'like-for-like' (same elements on both sides). */
  counterfactual: z.enum(['ai-boundary-only', 'like-for-like']),
  /** How the counterfactual takes the AI step's interval: 'lognormal-refit' (P5/P95 refitted) or 'samples' (the draws themselves). */
  inferenceHandOff: z.enum(['lognormal-refit', 'samples']),
  /**
   * The elements boundary statements name as not estimated, with their reasons; absent, they name the
   * engine's elements only, as released. The words, not a switch, so that only pages pinning a set that
   * states them load them: a set reaches the browser as data, the engine's code is on every page.
   */
  notEstimated: z.optional(notEstimatedSchema),
});
export type MethodBlock = z.infer<typeof methodSchema>;

export const coefficientSetSchema = z.object({
  id: z.string().check(z.regex(/^cs-\d{4}-\d{2}$/)),
  title: z.string(),
  /** Guidance version that pins the set; a pinned set never changes: a correction is a new set. */
  pinnedBy: z.string(),
  /**
   * The day the set was made public, YYYY-MM-DD: never after the version that pins it was released (for
   * a draft, opened), since readers of that version see the set from then on. A set made for a draft is
   * public from the commit that adds it, as the draft's pages show it from that day.
   */
  published: z.string(),
  description: z.string(),
  /** What changed from the previous set, in readers' words. */
  changes: z.array(z.string()),
  coefficients: z.array(coefficientSchema),
  grids: z.array(gridPresetSchema),
  devices: z.array(devicePresetSchema),
  media: z.array(mediaPresetSchema),
  modelClasses: z.array(modelClassSchema),
  /** Methods the set selects; absent in the sets released before it existed (see legacyMethod). */
  method: z.optional(methodSchema),
});
export type CoefficientSet = z.infer<typeof coefficientSetSchema>;
