/** Build-time form of the data-quality tiers island, with the engine's illustrative tiers case. */
import { inferenceFields as f } from '../../../calculators/inference/index.ts';
import type { InferenceInput } from '../../../calculators/inference/index.ts';
import { fieldsFor } from '../shared/fields.ts';
import type { IslandDefinition, VersionInfo } from '../shared/server.ts';
import type { FieldDef } from '../shared/types.ts';
import { engine, type TiersView } from './engine.ts';
import { illustrativeTiers, type TiersInput } from '../../../calculators/inference/tiers.ts';
import { memoised } from '../../lib/build-memo.ts';

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
 * The benchmark example as the modelled tier, with the engine's illustrative measured and reported
 * figures around its estimate and a small-model proxy (calculators/inference/tiers.ts).
 */
function illustrativeInput(useCase: InferenceInput, { exampleId, version }: { exampleId: string; version: VersionInfo }): TiersInput {
  if (useCase.estimate.method !== 'benchmark')
    throw new Error(`Calculator "data-quality-tiers": example "${exampleId}" must be a benchmark (modelled-tier) example`);
  // Each chapter that embeds the calculator, and each version pinning the set, asks for the same input.
  return memoised(['illustrative-tiers', version.coefficientSet, useCase], () => illustrativeTiers(useCase, version.coefficientSet));
}

export const dataQualityTiers: IslandDefinition<InferenceInput, TiersInput, TiersView> = {
  fields: tierFields,
  input: illustrativeInput,
  engine,
};
