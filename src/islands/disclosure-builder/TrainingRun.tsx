/**
 * The run a training statement describes: the training model's fields (prepare.ts, trainingRunFields).
 * Loaded when the reader chooses to disclose a training run, as the training model is, so the builder's
 * first load and first edit carry neither.
 */
import type { DisclosureInput } from '../../../calculators/disclosure/index.ts';
import { FieldList } from '../shared/FieldList.tsx';
import type { FieldDef } from '../shared/types.ts';
import type { CalculatorState } from '../shared/useCalculator.ts';
import type { DisclosureView } from './engine.ts';

/** The fields of a run: those under the training model's input. */
const isRunField = (path: string) => /^input\.(kind|energy|runs|grid|allocation)\b/.test(path);

interface Props {
  fields: FieldDef[];
  state: CalculatorState<DisclosureInput, DisclosureView>;
  idPrefix: string;
}

export default function TrainingRun({ fields, state, idPrefix }: Props) {
  return (
    <fieldset>
      <legend>Training or fine-tuning run</legend>
      <FieldList fields={fields.filter((f) => isRunField(f.path))} state={state} idPrefix={idPrefix} />
    </fieldset>
  );
}
