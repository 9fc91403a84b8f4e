/** A labelled on/off switch (a native checkbox, so it works with keyboard and screen readers). */
import type { SwitchFieldDef } from './types.ts';

interface Props {
  field: SwitchFieldDef;
  idPrefix: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Short status after the label, e.g. "from the source" or "modelled". */
  status?: string | undefined;
}

export function SwitchField({ field, idPrefix, checked, onChange, status }: Props) {
  const id = `${idPrefix}-${field.path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  return (
    <div className="calc-switch">
      <input id={id} type="checkbox" checked={checked} aria-describedby={`${id}-help`} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label htmlFor={id}>{field.label}{status ? <span className="calc-switch__status"> ({status})</span> : null}</label>
      <p className="calc-field__help" id={`${id}-help`}>{field.help}</p>
    </div>
  );
}
