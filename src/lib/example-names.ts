/**
 * Readers' names for the engine's worked examples and for the calculators, for the pages that would
 * otherwise show their ids (diffs, errata tables, print). Titles come from the engine's examples and the
 * map of calculators, so a name is never typed twice. Pure apart from reading those registries.
 */
import { models, type ModelId } from '../../calculators/index.ts';
import { parseExampleKey } from '../../calculators/core/example.ts';
import { calculators, isCalculatorName } from './calculators.ts';
import type { MarkerNames } from './text-diff.ts';

/** The title of a worked example of a model, if both exist. */
export function exampleTitle(model: string, id: string): string | undefined {
  if (!Object.hasOwn(models, model)) return undefined;
  const examples = models[model as ModelId].examples as Record<string, { title: string }>;
  return Object.hasOwn(examples, id) ? examples[id]!.title : undefined;
}

/** A result key ("inference/summarisation", ".tiers" for the tiers calculator's case) by title; the key if unknown. */
export function exampleKeyTitle(key: string): string {
  const { model, example, view } = parseExampleKey(key);
  const title = exampleTitle(model, example);
  return title ? `${title}${view === 'tiers' ? ' (data-quality tiers)' : ''}` : key;
}

/** "Boundary explorer, set to “…”": a calculator and the worked example it opens with (its default when none is named). */
export function calculatorTitle(name: string, example?: string): string | undefined {
  if (!isCalculatorName(name)) return undefined;
  const spec = calculators[name];
  const shown = exampleTitle(spec.model, example ?? spec.defaultExample);
  return shown ? `${spec.title}, set to “${shown}”` : spec.title;
}

/** The names the diffs give their worked-example and calculator markers (nameMarkers in text-diff.ts). */
export const markerNames: MarkerNames = { example: exampleTitle, calculator: calculatorTitle };
