/** Disclosure model: statement builder, its schema, JSON Schema and CSV template. */
import { disclosureExamples } from './examples.ts';
import { evaluateDisclosure } from './model.ts';
import { disclosureInputSchema } from './schema.ts';

export { evaluateDisclosure, buildStatement } from './model.ts';
export type { DisclosureResult } from './model.ts';
export { disclosureInputSchema, disclosureStatementSchema } from './schema.ts';
export type { DisclosureInput, DisclosureStatement } from './schema.ts';
export { disclosureJsonSchema, disclosureCsvHeader, disclosureCsvRow, disclosureCsv, disclosureMarkdown } from './render.ts';
export { disclosureExamples } from './examples.ts';
export type { DisclosureExampleId } from './examples.ts';

export const disclosure = {
  id: 'disclosure',
  title: 'Disclosure statement',
  inputSchema: disclosureInputSchema,
  examples: disclosureExamples,
  evaluate: evaluateDisclosure,
} as const;
export {
  modelCardMetadata,
  trainingCo2EqEmissions,
  statementCo2EqEmissions,
  hardwareOfTraining,
  regionOfGridLabel,
  environmentalImpactMarkdown,
  trainingImpactFacts,
  statementImpactFacts,
} from './model-card.ts';
export type { Co2EqEmissions, RecordContext, ImpactFacts } from './model-card.ts';
