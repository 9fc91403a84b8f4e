/** Build-time props of the data-quality tiers island. */
import { modelClasses } from '../../../calculators/coefficients/shared.ts';
import { inferenceExamples, inferenceFields } from '../../../calculators/inference/index.ts';
import type { InferenceInput } from '../../../calculators/inference/index.ts';
import { islandContext, islandProps, requireExample, type VersionInfo } from '../shared/server.ts';
import type { FieldDef, IslandProps } from '../shared/types.ts';
import { engine, type TiersView } from './engine.ts';
import { illustrativeTiers, type TiersInput } from '../../../calculators/inference/tiers.ts';

export function tierFields(): FieldDef[] {
  const e = inferenceFields.energyWhPerRequest;
  return [
    { kind: 'number', path: 'measured.energyWhPerRequest', label: 'Measured energy per request', unit: e.unit, min: e.min, max: e.max, range: true, help: 'Your own metered figure over the data-centre boundary; the range is the metering uncertainty.' },
    { kind: 'number', path: 'reported.energyWhPerRequest', label: 'Supplier-reported energy per request', unit: e.unit, min: e.min, max: e.max, range: true, help: 'A supplier’s figure for the same task, with the uncertainty of reading it across.' },
    { kind: 'number', path: 'useCase.estimate.energyWhPer1000Queries', label: 'Benchmark energy per 1,000 queries', unit: inferenceFields.energyWhPer1000Queries.unit, min: 0, max: inferenceFields.energyWhPer1000Queries.max, range: true, help: 'Power Hungry Processing measured 49 Wh per 1,000 summaries at batch size 1 (models up to 11 B parameters).' },
    { kind: 'number', path: 'useCase.estimate.labToProductionFactor', label: 'Lab to production adjustment', unit: 'multiplier', min: 0, max: 10, range: true, optional: true, defaultHint: '0.16–1', help: 'Scales a batch-1 laboratory figure towards production batching (an assumption).' },
    { kind: 'select', path: 'proxy.modelClass', label: 'Model class for the proxy estimate', help: 'Used when nothing is known about the model but its class.', options: modelClasses.map((m) => ({ value: m.id, label: m.label })) },
  ];
}

export function dataQualityTiersProps(exampleId: string, version: VersionInfo, site?: string): IslandProps<TiersInput, TiersView> {
  const example = requireExample<InferenceInput>('data-quality-tiers', inferenceExamples, exampleId);
  if (example.input.estimate.method !== 'benchmark') throw new Error(`Calculator "data-quality-tiers": example "${exampleId}" must be a benchmark (modelled-tier) example`);
  const context = islandContext({
    island: 'data-quality-tiers',
    title: 'Data-quality tiers',
    exampleId,
    version,
    methodology: { slug: 'partial-data', label: 'Methods for partial data: data-quality tiers' },
    site,
  });
  return islandProps(context, tierFields(), illustrativeTiers(example.input, version.coefficientSet), engine);
}
