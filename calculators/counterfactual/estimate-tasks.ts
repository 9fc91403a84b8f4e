/**
 * "Estimate my use case": a practitioner's question in five answers (task, model, volume, country, the
 * person's time without AI) turned into one counterfactual input, whose AI step is an inference input.
 * Everything else comes from the coefficient set's presets and the worked examples, so the short form
 * and the full calculators compute the same thing from the same state.
 *
 * Why the boundary is fixed here: a comparison needs the same boundary on both sides (CF-1). The AI step
 * keeps the minimum boundary with embodied hardware and network transfer (marginal energy in a
 * comparison); people's devices appear on both sides through their time (review with AI, the whole task
 * without), so the inference's own end-user device element is left out to avoid counting that time twice.
 */
import { appliesTo } from '../core/example.ts';
import { coefficient, type CoefficientSet } from '../coefficients/index.ts';
import { isMediaPresetId } from '../coefficients/preset-ids.ts';
import { DEFAULT_GRID_ID } from '../coefficients/shared.ts';
import { presetExample } from '../inference/preset-examples.ts';
import type { InferenceInput } from '../inference/schema.ts';
import { functionalUnitLabels } from '../inference/units.ts';
import { counterfactualExamples } from './examples.ts';
import type { CounterfactualInput } from './schema.ts';

export type ModelClassId = 'small' | 'medium' | 'large' | 'frontier';

/** A task the short form offers: one media preset of the set, with how its model is chosen. */
export interface EstimateTask {
  /** The media preset id (also the task's id in the form). */
  id: string;
  label: string;
  /** What one task is, for sentences ("article", "minute of audio"). */
  unit: string;
  /**
   * 'class': a language model chosen by class (proxy tier); 'fixed': the task's own method (speech,
   * image and video models are not language models), described by `methodLabel`.
   */
  model: 'class' | 'fixed';
  methodLabel: string;
  /** The starting input of the form for this task. */
  input: CounterfactualInput;
  /** Whether the worked examples give a by-hand time for this task (else the reader enters one). */
  hasBaseline: boolean;
}

/** The task the form starts with: one of the most common newsroom uses, and one with a by-hand comparison. */
export const DEFAULT_TASK = 'summarisation';
/** The class the form starts with: the class of most hosted general-purpose models (GPT-4o, Claude Sonnet). */
export const DEFAULT_MODEL_CLASS: ModelClassId = 'large';
/** The volume the form starts with, shown in the form so no total hides it. */
export const DEFAULT_VOLUME = { tasksPerPeriod: 1_000, period: 'month' as const };

/** The first coefficient set whose methods the short form needs (prefill, serving ranges, like-for-like comparison). */
export const ESTIMATE_SINCE = 'cs-2026-12';

export function supportsEstimate(set: Pick<CoefficientSet, 'id'>): boolean {
  return appliesTo({ since: ESTIMATE_SINCE }, set.id);
}

/** The data-centre boundary of the minimum (BND-1) with embodied hardware and network transfer. */
const comparisonBoundary: NonNullable<InferenceInput['boundary']> = {
  accelerators: true,
  hostCpuRam: true,
  idleCapacity: true,
  dataCentreOverhead: true,
  embodied: true,
  network: true,
  endUserDevice: false,
  training: false,
};

/** The worked comparison for a preset, when there is one (its review and by-hand times are the form's defaults). */
function comparisonExampleFor(presetId: string, set: CoefficientSet): CounterfactualInput | undefined {
  const examples: { input: CounterfactualInput; since?: string }[] = Object.values(counterfactualExamples);
  const matches = examples.filter(
    (e) => e.input.ai.inference?.preset === presetId && appliesTo(e, set.id) && e.input.baseline.kind === 'human' && !e.input.topDown,
  );
  const newest = matches.sort((a, b) => (b.since ?? '').localeCompare(a.since ?? ''))[0];
  return newest?.input;
}

const methodLabels: Record<string, string> = {
  realtime: 'Speech model, sized by its processing time per second of audio',
  benchmark: 'Measured benchmark of a model of this kind',
  proxy: 'Language model, by class',
};

/** The tasks of a set, in the set's preset order. */
export function estimateTasks(set: CoefficientSet): EstimateTask[] {
  return set.media.flatMap((preset): EstimateTask[] => {
    const example = presetExample(preset.id, set.id)?.input;
    if (!example || !isMediaPresetId(preset.id)) return [];
    // A language-model task (tokens out) is estimated by class; other kinds keep their own method.
    const tokens = coefficient(set, preset.outputTokensPerRequest).value;
    const writesText = (typeof tokens === 'number' ? tokens : tokens.high) > 0 && example.estimate.method !== 'realtime';
    const estimate: InferenceInput['estimate'] = writesText ? { method: 'proxy', modelClass: DEFAULT_MODEL_CLASS } : example.estimate;
    const worked = comparisonExampleFor(preset.id, set);
    const inference: InferenceInput = {
      label: preset.label,
      preset: preset.id,
      estimate,
      boundary: comparisonBoundary,
      grid: { preset: DEFAULT_GRID_ID },
    };
    const unit = functionalUnitLabels[preset.functionalUnit].replace(/^per /, '');
    const input: CounterfactualInput = {
      label: preset.label,
      task: `one ${unit}`,
      ai: {
        inference,
        device: { type: 'laptop' },
        ...(worked?.ai.reviewTimeH !== undefined ? { reviewTimeH: worked.ai.reviewTimeH } : {}),
      },
      baseline:
        worked && worked.baseline.kind === 'human'
          ? { kind: 'human', humanTimeH: worked.baseline.humanTimeH, device: { type: 'laptop' } }
          : { kind: 'nothing' },
      volume: DEFAULT_VOLUME,
      grid: { preset: DEFAULT_GRID_ID },
    };
    return [
      {
        id: preset.id,
        label: preset.label,
        unit,
        model: writesText ? 'class' : 'fixed',
        methodLabel: writesText ? (methodLabels.proxy as string) : (methodLabels[example.estimate.method] ?? example.estimate.method),
        input,
        hasBaseline: worked !== undefined,
      },
    ];
  });
}

/** Location-based country grids from the same dataset as the default grid, so countries compare like with like. */
export function countryGrids(set: CoefficientSet): { id: string; region: string }[] {
  const family = coefficient(set, set.grids.find((g) => g.id === DEFAULT_GRID_ID)?.coefficientId ?? DEFAULT_GRID_ID).sourceId;
  return set.grids
    .filter((g) => g.basis === 'location' && coefficient(set, g.coefficientId).sourceId === family)
    .map((g) => ({ id: g.id, region: g.region.replace(/\s*\(.*\)$/, '') }));
}
