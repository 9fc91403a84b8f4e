/**
 * The calculators a chapter may embed (`<Calculator name="…">`) and what each one is: the engine model it
 * runs, the worked example it opens with and what it computes from it, its title and the chapter that sets
 * out its method. Data only (its one import is a type), so the content schema, the content guard, the island
 * registry (src/islands/registry.ts), <Calculator>, the frozen results and the tests all derive from this
 * one map.
 */
import type { ModelId } from '../../calculators/index.ts';
import type { ExampleView } from '../../calculators/core/example.ts';

export interface CalculatorSpec {
  /** The engine model whose worked examples the calculator opens with. */
  model: ModelId;
  /** The worked example shown when a chapter names none. */
  defaultExample: string;
  /** What it computes from its worked example, and so what its frozen results hold (ExampleView, calculators/core/example.ts). */
  view: ExampleView;
  /** The island's heading. */
  title: string;
  /** The chapter (slug in the page's version) and heading where the calculator's equations are set out. */
  methodology: { slug: string; label: string };
}

export const calculators = {
  'boundary-explorer': {
    model: 'inference',
    defaultExample: 'gemini-median',
    view: 'result',
    title: 'Boundary explorer',
    methodology: { slug: 'boundaries-and-functional-units', label: 'Boundaries, functional units and assumptions' },
  },
  'training-amortisation': {
    model: 'training',
    defaultExample: 'bloom',
    view: 'result',
    title: 'Training amortisation',
    methodology: { slug: 'training-and-inference', label: 'Training and inference: amortising over lifetime inferences' },
  },
  counterfactual: {
    model: 'counterfactual',
    defaultExample: 'article-drafting',
    view: 'result',
    title: 'Counterfactual comparison',
    methodology: { slug: 'counterfactuals-and-rebound', label: 'Counterfactuals and rebound' },
  },
  'data-quality-tiers': {
    model: 'inference',
    defaultExample: 'summarisation',
    view: 'tiers',
    title: 'Data-quality tiers',
    methodology: { slug: 'partial-data', label: 'Methods for partial data: data-quality tiers' },
  },
  'disclosure-builder': {
    model: 'disclosure',
    defaultExample: 'article-drafting-disclosure',
    view: 'result',
    title: 'Disclosure builder',
    methodology: { slug: 'reporting-and-transparency', label: 'Reporting and transparency: the disclosure template' },
  },
} as const satisfies Record<string, CalculatorSpec>;

export type CalculatorName = keyof typeof calculators;

/** Every calculator name, in the map's order (for messages and loops). */
export const calculatorNames = Object.keys(calculators);

export function isCalculatorName(value: unknown): value is CalculatorName {
  return typeof value === 'string' && Object.hasOwn(calculators, value);
}
