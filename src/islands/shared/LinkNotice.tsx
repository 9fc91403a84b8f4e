/** Notices about the link the island was opened with: malformed, or pinned to another coefficient set. */
import type { ReactNode } from 'react';
import type { IslandContext } from './types.ts';
import type { LinkNotice as Notice } from './useCalculator.ts';

interface Props {
  notice: Notice | undefined;
  context: IslandContext;
  onRecompute: () => void;
  onAdopt: () => void;
  onDismiss: () => void;
  /** The difference between the pinned and the latest result, once recomputed. */
  comparison?: ReactNode;
}

export function LinkNotice({ notice, context, onRecompute, onAdopt, onDismiss, comparison }: Props) {
  if (!notice) return null;
  if (notice.kind === 'malformed') {
    return (
      <div className="calc-notice" role="alert">
        <p>
          The link’s calculator settings could not be read (they may have been cut short or changed), so the calculator shows its worked
          example instead.
        </p>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    );
  }
  const latest = context.latestCoefficientSet;
  return (
    <div className="calc-notice" role="status">
      <p>
        This link was made under guidance version {notice.version} with coefficient set <code>{notice.coefficientSet}</code>; the result
        below uses that set, exactly as the link recorded it.
        {notice.coefficientSet !== latest ? ` The latest coefficient set is ${latest}.` : ''}
      </p>
      {notice.coefficientSet !== latest && (
        <div className="calc-export__buttons">
          <button type="button" onClick={onRecompute}>
            Recompute with the latest coefficients
          </button>
          <button type="button" onClick={onAdopt}>
            Switch to the latest coefficients
          </button>
        </div>
      )}
      {comparison}
    </div>
  );
}
