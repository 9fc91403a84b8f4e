/** Build-time props of the disclosure builder. */
import { functionalUnits } from '../../../calculators/coefficients/schema.ts';
import { modelClasses } from '../../../calculators/coefficients/shared.ts';
import { disclosureExamples } from '../../../calculators/disclosure/index.ts';
import type { DisclosureInput } from '../../../calculators/disclosure/index.ts';
import { boundaryElements, boundaryLabels, functionalUnitLabels, inferenceFields } from '../../../calculators/inference/index.ts';
import { islandContext, islandProps, requireExample, type VersionInfo } from '../shared/server.ts';
import type { FieldDef, IslandProps } from '../shared/types.ts';
import { engine, type DisclosureView } from './engine.ts';

export function disclosureFields(): FieldDef[] {
  const f = inferenceFields;
  return [
    { kind: 'select', path: 'input.functionalUnit', label: 'Functional unit', optional: true, help: 'What one result refers to (default: the preset’s unit).', options: functionalUnits.map((u) => ({ value: u, label: functionalUnitLabels[u].replace(/^per /, 'one ') })) },
    ...boundaryElements.map((element): FieldDef => ({ kind: 'switch', path: `input.boundary.${element}`, label: boundaryLabels[element], help: '' })),
    { kind: 'number', path: 'input.estimate.energyWhPerRequest', label: 'Energy per request', unit: f.energyWhPerRequest.unit, min: f.energyWhPerRequest.min, max: f.energyWhPerRequest.max, range: true, optional: true, help: 'Your measured figure, or the supplier’s.' },
    { kind: 'number', path: 'input.estimate.activeParamsB', label: 'Active parameters of the model', unit: f.activeParamsB.unit, min: 0, max: f.activeParamsB.max, range: true, optional: true, help: 'For the modelled (parametric) tier.' },
    { kind: 'select', path: 'input.estimate.modelClass', label: 'Model class', help: 'For the proxy tier: the class of model when nothing else is known.', options: modelClasses.map((m) => ({ value: m.id, label: m.label })) },
    { kind: 'number', path: 'input.volume.unitsPerPeriod', label: 'Units per month', unit: 'units', min: 0, max: f.unitsPerPeriod.max, optional: true, help: 'Scales the result to a monthly total.' },
  ];
}

export function disclosureBuilderProps(exampleId: string, version: VersionInfo, site?: string): IslandProps<DisclosureInput, DisclosureView> {
  const example = requireExample<DisclosureInput>('disclosure-builder', disclosureExamples, exampleId);
  if (example.input.model !== 'inference') throw new Error(`Calculator "disclosure-builder": example "${exampleId}" must disclose an inference estimate`);
  const context = islandContext({
    island: 'disclosure-builder',
    title: 'Disclosure builder',
    exampleId,
    version,
    methodology: { slug: 'reporting-and-transparency', label: 'Reporting and transparency: the disclosure template' },
    site,
  });
  return islandProps(context, disclosureFields(), { ...example.input, guidanceVersion: version.id }, engine);
}
