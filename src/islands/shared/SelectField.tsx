/** A labelled choice from a fixed list (preset, grid region, device). */
import { fieldId } from './field-ids.ts';
import type { ChoiceFieldDef } from './types.ts';

interface Props {
  field: ChoiceFieldDef;
  idPrefix: string;
  value: string | undefined;
  error?: string | undefined;
  onChange: (value: string | undefined) => void;
  disabled?: boolean;
}

export function SelectField({ field, idPrefix, value, error, onChange, disabled = false }: Props) {
  const id = fieldId(idPrefix, field.path);
  return (
    <div className="calc-field">
      <label htmlFor={id}>{field.label}</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? `${id}-error` : '', `${id}-help`].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.currentTarget.value === '' ? undefined : event.currentTarget.value)}
      >
        {field.optional && <option value="">Default</option>}
        {field.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p className="calc-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <p className="calc-field__help" id={`${id}-help`}>
        {field.help}
      </p>
    </div>
  );
}
