/**
 * Whether a disclosure statement has what a model card's `co2_eq_emissions` block reports: training
 * emissions (an inference statement has none). Apart from model-card.ts so that an island can decide to
 * offer the block without loading the writers, which load only when a reader asks for a record.
 */
import type { DisclosureStatement } from './schema.ts';

export function trainingEmissionsOf(statement: Pick<DisclosureStatement, 'model' | 'results'>) {
  return statement.model === 'training' ? statement.results.find((r) => r.quantity === 'Training emissions') : undefined;
}
