/**
 * The headline in a compact bar pinned to the bottom of a phone's screen while the calculator is on it
 * (hidden on wide screens, where the results column's headline stays in view instead). The same figures
 * are in the headline, which screen readers hear, so the bar is hidden from them.
 */
import { formatRange } from '../../../calculators/core/format.ts';
import type { HeadlineRow } from './ResultHeadline.tsx';

export function ResultBar({ rows, stale }: { rows: HeadlineRow[]; stale: boolean }) {
  if (rows.length === 0) return null;
  return (
    <div className="calc-bar-summary" aria-hidden="true" data-stale={stale ? 'true' : undefined}>
      {rows.slice(0, 3).map((row) => {
        const f = formatRange(row.interval, row.quantity);
        return (
          <p key={row.label}>
            {row.label}: <strong>{f.value}</strong>
            {f.rangeText ? ` (${f.rangeText})` : ''}
          </p>
        );
      })}
      {stale && <p>Last valid result: correct the highlighted field.</p>}
    </div>
  );
}
