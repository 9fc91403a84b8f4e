/**
 * Inference model, importable on its own with every coefficient set registered (Node, the build, tests).
 * An island's engine imports model.ts instead and registers only the set its page pins.
 */
import '../coefficients/index.ts';
import { inferenceExamples } from './examples.ts';
import { evaluateInference } from './model.ts';
import { inferenceInputSchema } from './schema.ts';

export { evaluateInference, evaluateInferenceWithDraws, functionalUnitLabels } from './model.ts';
export type { InferenceResult, ElementResult, FlowResult, DataQualityTier, InferenceMethod, InferenceDraws } from './model.ts';
export { inferenceInputSchema, fields as inferenceFields, periods } from './schema.ts';
export type { InferenceInput, InferenceEstimate, Period } from './schema.ts';
export { boundaryStatement, minimumBoundary } from './statement.ts';
export type { BoundaryStatement } from './statement.ts';
export { countedUnits, tokenUnitScale } from './units.ts';
export { inferenceExamples } from './examples.ts';
export type { InferenceExampleId } from './examples.ts';
export { boundaryElements, boundaryLabels, dataCentreElements } from './boundary.ts';
export type { BoundaryElement, DataCentreElement, ElementTreatment } from './boundary.ts';
export { parametricRequest, parametricCoefficients, gpusNeeded, gpusFor, embodiedGPerAcceleratorHour } from './ecologits.ts';
export * as inferenceEquations from './equations.ts';

export const inference = {
  id: 'inference',
  title: 'Inference footprint per functional unit',
  inputSchema: inferenceInputSchema,
  examples: inferenceExamples,
  evaluate: evaluateInference,
} as const;
