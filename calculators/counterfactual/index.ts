/**
 * Counterfactual model (it runs the inference model for the AI step), importable on its own with every
 * coefficient set registered (Node, the build, tests). An island's engine imports model.ts instead and
 * registers only the set its page pins.
 */
import '../coefficients/index.ts';
import { counterfactualExamples } from './examples.ts';
import { evaluateCounterfactual } from './model.ts';
import { counterfactualInputSchema } from './schema.ts';

export { evaluateCounterfactual } from './model.ts';
export type { CounterfactualResult, WorkflowFootprint } from './model.ts';
export { counterfactualInputSchema, counterfactualFields } from './schema.ts';
export type { CounterfactualInput } from './schema.ts';
export { counterfactualExamples } from './examples.ts';
export type { CounterfactualExampleId } from './examples.ts';

export const counterfactual = {
  id: 'counterfactual',
  title: 'AI-assisted workflow against the workflow it replaces',
  inputSchema: counterfactualInputSchema,
  examples: counterfactualExamples,
  evaluate: evaluateCounterfactual,
} as const;
