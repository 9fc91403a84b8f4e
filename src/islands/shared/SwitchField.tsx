/** A labelled on/off switch (a native checkbox, so it works with keyboard and screen readers). */
import { fieldId } from './field-ids.ts';
import type { SwitchFieldDef } from './types.ts';

interface Props {
  field: SwitchFieldDef;
  idPrefix: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Short status after the label, e.g. "from the source" or "modelled". */
  status?: string | undefined;
  disabled?: boolean;
}

export function SwitchField({ field, idPrefix, checked, onChange, status, disabled = false }: Props) {
  const id = fieldId(idPrefix, field.path);
  return (
    <div className="calc-switch">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={`${id}-help`}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label htmlFor={id}>
        {field.label}
        {status ? <span className="calc-switch__status"> ({status})</span> : null}
      </label>
      <p className="calc-field__help" id={`${id}-help`}>
        {field.help}
      </p>
    </div>
  );
}
