/** Inference model: importable on its own by an island. */
import { inferenceExamples } from './examples.ts';
import { evaluateInference } from './model.ts';
import { inferenceInputSchema } from './schema.ts';

export { evaluateInference, functionalUnitLabels } from './model.ts';
export type { InferenceResult, ElementResult, FlowResult, DataQualityTier, InferenceMethod } from './model.ts';
export { inferenceInputSchema, fields as inferenceFields } from './schema.ts';
export type { InferenceInput, InferenceEstimate } from './schema.ts';
export { inferenceExamples } from './examples.ts';
export type { InferenceExampleId } from './examples.ts';
export { boundaryElements, boundaryLabels, dataCentreElements } from './boundary.ts';
export type { BoundaryElement, DataCentreElement, ElementTreatment } from './boundary.ts';
export { parametricRequest, parametricCoefficients, gpusNeeded, embodiedGPerAcceleratorHour } from './ecologits.ts';

export const inference = {
  id: 'inference',
  title: 'Inference footprint per functional unit',
  inputSchema: inferenceInputSchema,
  examples: inferenceExamples,
  evaluate: evaluateInference,
} as const;
