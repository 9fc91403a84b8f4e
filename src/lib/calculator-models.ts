/** Which engine model each embeddable calculator runs; the content tests and Calculator.astro share it. */
import type { CalculatorName } from './content-schema.ts';

export type ModelId = 'inference' | 'training' | 'counterfactual' | 'disclosure';

export const calculatorModel: Record<CalculatorName, ModelId> = {
  'boundary-explorer': 'inference',
  'training-amortisation': 'training',
  counterfactual: 'counterfactual',
  'data-quality-tiers': 'inference',
  'disclosure-builder': 'disclosure',
};
