/**
 * The GOV.UK error summary: "There is a problem" above the form, one link per field that needs the
 * reader's attention, each moving focus to that field. Announced politely rather than stealing focus,
 * because these forms recompute as the reader types instead of waiting for a submit.
 */
import { fieldId } from './field-ids.ts';
import type { FieldDef } from './types.ts';

interface Props {
  idPrefix: string;
  fields: FieldDef[];
  fieldErrors: Record<string, string>;
  generalErrors: readonly string[];
}

export function ErrorSummary({ idPrefix, fields, fieldErrors, generalErrors }: Props) {
  const keys = Object.keys(fieldErrors);
  if (keys.length === 0 && generalErrors.length === 0) return null;
  // In the order the fields appear in the form.
  const order = (key: string) => {
    const index = fields.findIndex((f) => key === f.path || key === `${f.path}.high`);
    return index < 0 ? fields.length : index;
  };
  const sorted = [...keys].sort((a, b) => order(a) - order(b));
  return (
    <div className="calc-error-summary" role="status" aria-live="polite" aria-labelledby={`${idPrefix}-error-summary-title`}>
      <h3 className="calc-error-summary__title" id={`${idPrefix}-error-summary-title`}>
        There is a problem
      </h3>
      <p>
        The result shown is for the last values that worked. Correct {sorted.length + generalErrors.length === 1 ? 'this' : 'these'} to
        update it:
      </p>
      <ul>
        {sorted.map((key) => (
          <li key={key}>
            <a
              href={`#${fieldId(idPrefix, key)}`}
              onClick={(event) => {
                const target = document.getElementById(fieldId(idPrefix, key));
                if (!target) return;
                event.preventDefault();
                target.closest('details')?.setAttribute('open', '');
                target.focus();
              }}
            >
              {fieldErrors[key]}
            </a>
          </li>
        ))}
        {generalErrors.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
