/** A labelled plain-text input (title, organisation); the engine refuses markup with an inline error. */
interface Props {
  id: string;
  label: string;
  help: string;
  value: string;
  error: string | undefined;
  onChange: (value: string | undefined) => void;
  /** Disabled until the island has hydrated. */
  disabled?: boolean;
}

export function TextField({ id, label, help, value, error, onChange, disabled = false }: Props) {
  return (
    <div className="calc-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        disabled={disabled}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? `${id}-error` : '', `${id}-help`].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.currentTarget.value === '' ? undefined : event.currentTarget.value)}
      />
      {error && (
        <p className="calc-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <p className="calc-field__help" id={`${id}-help`}>
        {help}
      </p>
    </div>
  );
}
