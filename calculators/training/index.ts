/**
 * Training model, importable on its own with every coefficient set registered (Node, the build, tests).
 * An island's engine imports model.ts instead and registers only the set its page pins.
 */
import '../coefficients/index.ts';
import { trainingExamples } from './examples.ts';
import { evaluateTraining } from './model.ts';
import { trainingInputSchema } from './schema.ts';

export { evaluateTraining } from './model.ts';
export type { TrainingResult, TrainingCurvePoint, TrainingComponent } from './model.ts';
export { trainingInputSchema, trainingFields } from './schema.ts';
export type { TrainingInput } from './schema.ts';
export { trainingExamples } from './examples.ts';
export type { TrainingExampleId } from './examples.ts';
export { amortisedPerUnit, shareOfUsePerUnit, breakEvenVolume, trainingShareOfUnit, sciEmbodiedShareG } from './allocation.ts';
export type { AllocationMethod } from './allocation.ts';

export const training = {
  id: 'training',
  title: 'Training footprint and its allocation',
  inputSchema: trainingInputSchema,
  examples: trainingExamples,
  evaluate: evaluateTraining,
} as const;
