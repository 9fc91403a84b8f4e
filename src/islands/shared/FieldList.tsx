/** Renders a list of field definitions against the shared calculator state. */
import { getPath } from './object-path.ts';
import { NumberField } from './NumberField.tsx';
import { SelectField } from './SelectField.tsx';
import { SwitchField } from './SwitchField.tsx';
import type { FieldDef } from './types.ts';
import type { CalculatorState } from './useCalculator.ts';

interface Props<I, V> {
  fields: FieldDef[];
  state: CalculatorState<I, V>;
  idPrefix: string;
  /** Status text per switch path. */
  switchStatus?: Record<string, string>;
  /** What the calculation used for each empty field, by path (see usedValues in used-values.ts). */
  used?: Record<string, string>;
}

export function FieldList<I, V>({ fields, state, idPrefix, switchStatus, used }: Props<I, V>) {
  const disabled = !state.hydrated;
  return (
    <>
      {fields.map((field) => {
        if (field.kind === 'number') {
          return (
            <NumberField
              key={field.path}
              field={field}
              idPrefix={idPrefix}
              drafts={state.drafts}
              errors={state.fieldErrors}
              onDraft={state.setDraft}
              used={used?.[field.path]}
              disabled={disabled}
            />
          );
        }
        if (field.kind === 'select') {
          const value = getPath(state.input, field.path);
          return (
            <SelectField
              key={field.path}
              field={field}
              idPrefix={idPrefix}
              value={typeof value === 'string' ? value : undefined}
              error={state.fieldErrors[field.path]}
              onChange={(next) => state.setValue(field.path, next)}
              disabled={disabled}
            />
          );
        }
        return (
          <SwitchField
            key={field.path}
            field={field}
            idPrefix={idPrefix}
            checked={getPath(state.input, field.path) === true}
            status={switchStatus?.[field.path]}
            onChange={(checked) => state.setValue(field.path, checked)}
            disabled={disabled}
          />
        );
      })}
    </>
  );
}
