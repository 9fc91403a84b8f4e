/** A labelled numeric input with unit, help, allowed range and an optional upper end for a range. */
import { highKey, type Drafts } from './drafts.ts';
import { fieldId } from './field-ids.ts';
import { formatNumber } from '../../../calculators/core/format.ts';
import type { NumberFieldDef } from './types.ts';

interface Props {
  field: NumberFieldDef;
  idPrefix: string;
  drafts: Drafts;
  errors: Record<string, string>;
  onDraft: (key: string, text: string) => void;
  /** The value the calculation used while the field is empty ("3 to 10 requests, from the preset"). */
  used?: string | undefined;
  disabled?: boolean;
}

export function NumberField({ field, idPrefix, drafts, errors, onDraft, used, disabled = false }: Props) {
  const id = fieldId(idPrefix, field.path);
  const highId = fieldId(idPrefix, highKey(field.path));
  const unit = field.unit ? ` (${field.unit})` : '';
  const error = errors[field.path];
  const highError = errors[highKey(field.path)];
  const allowed = `Allowed: ${formatNumber(field.min)} to ${formatNumber(field.max)}${field.unit ? ` ${field.unit}` : ''}.`;
  const empty = (drafts[field.path] ?? '').trim() === '' && (drafts[highKey(field.path)] ?? '').trim() === '';
  const showUsed = empty && used !== undefined;
  const describe = (errorId: string, hasError: boolean) =>
    [hasError ? errorId : '', showUsed ? `${id}-used` : '', `${id}-help`].filter(Boolean).join(' ');
  return (
    <div className="calc-field">
      <label htmlFor={id}>
        {field.label}
        {unit}
      </label>
      <div className="calc-field__inputs">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={drafts[field.path] ?? ''}
          placeholder={field.defaultHint}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describe(`${id}-error`, Boolean(error))}
          onChange={(event) => onDraft(field.path, event.currentTarget.value)}
        />
        {field.range && (
          <>
            <span aria-hidden="true" className="calc-field__to">
              to
            </span>
            <label htmlFor={highId} className="visually-hidden">
              {field.label}: upper end of range{unit}
            </label>
            <input
              id={highId}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={drafts[highKey(field.path)] ?? ''}
              placeholder="upper"
              disabled={disabled}
              aria-invalid={highError ? true : undefined}
              aria-describedby={describe(`${highId}-error`, Boolean(highError))}
              onChange={(event) => onDraft(highKey(field.path), event.currentTarget.value)}
            />
          </>
        )}
      </div>
      {showUsed && (
        <p className="calc-field__used" id={`${id}-used`}>
          Using {used}
        </p>
      )}
      {error && (
        <p className="calc-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {highError && (
        <p className="calc-field__error" id={`${highId}-error`}>
          {highError}
        </p>
      )}
      <p className="calc-field__help" id={`${id}-help`}>
        {field.help} {field.range ? 'Give one value, or a low and a high value for a range. ' : ''}
        {allowed}
        {field.defaultHint ? ` Leave empty for the default (${field.defaultHint}).` : ''}
      </p>
    </div>
  );
}
