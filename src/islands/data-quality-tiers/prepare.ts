/** Build-time form of the data-quality tiers island, and illustrative figures for the tiers above the modelled one. */
import { evaluateInference, inferenceFields as f } from '../../../calculators/inference/index.ts';
import type { InferenceInput } from '../../../calculators/inference/index.ts';
import { fieldsFor } from '../shared/fields.ts';
import type { IslandDefinition, VersionInfo } from '../shared/server.ts';
import type { FieldDef } from '../shared/types.ts';
import { engine, type TiersView } from './engine.ts';
import type { TiersInput } from './tiers.ts';

export function tierFields(coefficientSet: string): FieldDef[] {
  const { number, select, choices } = fieldsFor(coefficientSet);
  return [
    number(
      'measured.energyWhPerRequest',
      f.energyWhPerRequest,
      'Your own metered figure over the data-centre boundary; the range is the metering uncertainty.',
      { label: 'Measured energy per request' },
    ),
    number(
      'reported.energyWhPerRequest',
      f.energyWhPerRequest,
      'A supplier’s figure for the same task, with the uncertainty of reading it across.',
      { label: 'Supplier-reported energy per request' },
    ),
    number(
      'useCase.estimate.energyWhPer1000Queries',
      f.energyWhPer1000Queries,
      'Power Hungry Processing measured 49 Wh per 1,000 summaries at batch size 1 (models up to 11 B parameters).',
      { label: 'Benchmark energy per 1,000 queries' },
    ),
    number(
      'useCase.estimate.labToProductionFactor',
      f.labToProductionFactor,
      'Scales a batch-1 laboratory figure towards production batching (an assumption).',
      { optional: true, defaultFrom: 'lab-batch1-to-production' },
    ),
    select(
      'proxy.modelClass',
      'Model class for the proxy estimate',
      'Used when nothing is known about the model but its class.',
      choices.modelClasses(),
      { optional: false },
    ),
  ];
}

/**
 * The benchmark example as the modelled tier, with illustrative measured and reported figures around its
 * estimate (±10 % and ±30 %) and a small-model proxy.
 */
function illustrativeInput(useCase: InferenceInput, { exampleId, version }: { exampleId: string; version: VersionInfo }): TiersInput {
  if (useCase.estimate.method !== 'benchmark')
    throw new Error(`Calculator "data-quality-tiers": example "${exampleId}" must be a benchmark (modelled-tier) example`);
  const modelled = evaluateInference(useCase, { coefficientSet: version.coefficientSet });
  if (!modelled.ok)
    throw new Error(`data-quality-tiers: the use case does not evaluate: ${modelled.errors.map((e) => e.message).join('; ')}`);
  const perRequest = modelled.result.perRequest.energyWh.central;
  const round = (x: number) => Number(x.toPrecision(2));
  return {
    useCase,
    measured: { energyWhPerRequest: { low: round(perRequest * 0.9), high: round(perRequest * 1.1) } },
    reported: { energyWhPerRequest: { low: round(perRequest * 0.7), high: round(perRequest * 1.3) } },
    proxy: { modelClass: 'small' },
  };
}

export const dataQualityTiers: IslandDefinition<InferenceInput, TiersInput, TiersView> = {
  fields: tierFields,
  input: illustrativeInput,
  engine,
};
