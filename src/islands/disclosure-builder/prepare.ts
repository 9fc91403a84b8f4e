/** Build-time form of the disclosure builder: the inference estimate it opens with, and a training run. */
import type { DisclosureInput } from '../../../calculators/disclosure/index.ts';
import { boundaryElements, boundaryLabels, inferenceFields as f } from '../../../calculators/inference/index.ts';
import { trainingExamples, trainingFields as t } from '../../../calculators/training/index.ts';
import { fieldsFor } from '../shared/fields.ts';
import type { IslandDefinition, VersionInfo } from '../shared/server.ts';
import type { FieldDef } from '../shared/types.ts';
import { engine, type DisclosureView } from './engine.ts';
import type { DisclosureExtras } from './estimates.ts';

export function disclosureFields(coefficientSet: string): FieldDef[] {
  const { number, select, toggle, choices } = fieldsFor(coefficientSet);
  return [
    // First: the component takes it from here. Its words travel with the page's data rather than the
    // island's code, which every reader loads.
    select(
      'model',
      'What the statement discloses',
      'A training or fine-tuning run also gives the model card’s co2_eq_emissions block.',
      [
        { value: 'inference', label: 'Use of a model (inference)' },
        { value: 'training', label: 'A training or fine-tuning run' },
      ],
      { optional: false },
    ),
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
    ...trainingRunFields(coefficientSet),
  ];
}

/**
 * The run of a training statement (paths under input.<training input>: the component shows them when the
 * statement discloses training). Optional to the form, so the inference form never asks for them; the
 * training model says, beside the field, which ones a run needs.
 */
function trainingRunFields(coefficientSet: string): FieldDef[] {
  const { number, select, choices } = fieldsFor(coefficientSet);
  const optional = { optional: true };
  return [
    select(
      'input.kind',
      'Kind of run',
      'Pre-training builds a model; fine-tuning adapts one. The model card’s training_type.',
      [
        { value: 'pretraining', label: 'Pre-training' },
        { value: 'fine-tuning', label: 'Fine-tuning' },
      ],
      { optional: false },
    ),
    number('input.energy.acceleratorHours', t.acceleratorHours, 'Accelerators × hours of one run (8 GPUs for 6 hours: 48).', optional),
    number('input.energy.powerPerAcceleratorW', t.powerPerAcceleratorW, 'Average power per accelerator during the run.', optional),
    number('input.energy.pue', t.pue, 'Data-centre overhead applied to the energy.', { optional: true, defaultFrom: 'pue-default' }),
    number('input.runs', t.runs, 'Runs of this size, counting every attempt and restart.', { optional: true, defaultHint: '1' }),
    select('input.grid.preset', 'Electricity grid of the run', 'Where the run took place; the model card names it.', choices.grids(), {
      optional: false,
    }),
    number(
      'input.allocation.lifetimeInferences',
      t.lifetimeInferences,
      'Every use the model will serve: the run is also stated per use, spread over them.',
      optional,
    ),
  ];
}

/**
 * The statement is stamped with the page's guidance version. It opens with an inference estimate: the
 * engine chunk a page renders and loads first runs the inference model only (a reader who chooses to
 * disclose a training run loads that model then).
 */
function forThisVersion(example: DisclosureInput, { exampleId, version }: { exampleId: string; version: VersionInfo }): DisclosureInput {
  if (example.model !== 'inference')
    throw new Error(`Calculator "disclosure-builder": example "${exampleId}" must disclose an inference estimate`);
  return { ...example, guidanceVersion: version.id };
}

/**
 * A training statement starts from the newsroom fine-tuning worked example, the kind of run a media
 * organisation discloses, stamped with the page's version like the inference statement.
 */
const extras = (_set: string, version: VersionInfo): DisclosureExtras => ({
  trainingStatement: { model: 'training', input: trainingExamples['newsroom-finetune'].input, guidanceVersion: version.id },
});

export const disclosureBuilder: IslandDefinition<DisclosureInput, DisclosureInput, DisclosureView> = {
  fields: disclosureFields,
  extras,
  input: forThisVersion,
  engine,
};
