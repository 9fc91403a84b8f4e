/** Build-time form of the disclosure builder. */
import type { DisclosureInput } from '../../../calculators/disclosure/index.ts';
import { boundaryElements, boundaryLabels, inferenceFields as f } from '../../../calculators/inference/index.ts';
import { fieldsFor } from '../shared/fields.ts';
import type { IslandDefinition, VersionInfo } from '../shared/server.ts';
import type { FieldDef } from '../shared/types.ts';
import { engine, type DisclosureView } from './engine.ts';

export function disclosureFields(coefficientSet: string): FieldDef[] {
  const { number, select, toggle, choices } = fieldsFor(coefficientSet);
  return [
    select('input.functionalUnit', 'Functional unit', 'What one result refers to (default: the preset’s unit).', choices.functionalUnits()),
    ...boundaryElements.map((element) => toggle(`input.boundary.${element}`, boundaryLabels[element])),
    number('input.estimate.energyWhPerRequest', f.energyWhPerRequest, 'Your measured figure, or the supplier’s.', { optional: true }),
    number('input.estimate.activeParamsB', f.activeParamsB, 'For the modelled (parametric) tier.', {
      label: 'Active parameters of the model',
      optional: true,
    }),
    select(
      'input.estimate.modelClass',
      'Model class',
      'For the proxy tier: the class of model when nothing else is known.',
      choices.modelClasses(),
      { optional: false },
    ),
    number('input.volume.unitsPerPeriod', f.unitsPerPeriod, 'Scales the result to a monthly total.', {
      label: 'Units per month',
      range: false,
      optional: true,
    }),
  ];
}

/** The statement is stamped with the page's guidance version; the builder discloses inference estimates. */
function forThisVersion(example: DisclosureInput, { exampleId, version }: { exampleId: string; version: VersionInfo }): DisclosureInput {
  if (example.model !== 'inference')
    throw new Error(`Calculator "disclosure-builder": example "${exampleId}" must disclose an inference estimate`);
  return { ...example, guidanceVersion: version.id };
}

export const disclosureBuilder: IslandDefinition<DisclosureInput, DisclosureInput, DisclosureView> = {
  fields: disclosureFields,
  input: forThisVersion,
  engine,
};
