/** The headline result: central value with its range in the one wording, announced politely when it changes. */
import type { Interval } from '../../../calculators/core/result.ts';
import { formatRange, rangeKindOf, type Quantity } from '../../../calculators/core/format.ts';
import { rangeNote } from './range-note.ts';

export interface HeadlineRow {
  label: string;
  quantity: Quantity;
  interval: Interval;
}

interface Props {
  rows: HeadlineRow[];
  stale: boolean;
  /** Links to the equation behind the result. */
  methodHref: string;
  methodLabel: string;
  /** The one explanation of the range wording, when the version has one. */
  uncertaintyHref?: string | undefined;
}

export function headlineText(rows: HeadlineRow[]): string {
  return rows.map((row) => `${row.label}: ${formatRange(row.interval, row.quantity).text}`).join('. ');
}

export function ResultHeadline({ rows, stale, methodHref, methodLabel, uncertaintyHref }: Props) {
  return (
    <div className="calc-headline" data-stale={stale ? 'true' : undefined}>
      <dl>
        {rows.map((row) => {
          const f = formatRange(row.interval, row.quantity);
          return (
            <div key={row.label} className="calc-headline__row">
              <dt>{row.label}</dt>
              <dd>
                <strong className="calc-headline__value">{f.value}</strong>
                <span className="calc-headline__range"> ({rangeNote(f)})</span>
              </dd>
            </div>
          );
        })}
      </dl>
      {stale && (
        <p className="calc-headline__stale">This result is for the last valid inputs: correct the highlighted field to update it.</p>
      )}
      <p className="calc-headline__method">
        How this is calculated: <a href={methodHref}>{methodLabel}</a>.
        {uncertaintyHref && rows.some((row) => rangeKindOf(row.interval) !== 'point') && (
          <>
            {' '}
            <a href={uncertaintyHref}>What the range means</a>.
          </>
        )}
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {stale ? '' : headlineText(rows)}
      </p>
    </div>
  );
}
