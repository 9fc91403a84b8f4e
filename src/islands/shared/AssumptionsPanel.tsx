/** "Assumptions and sources": every coefficient used, linked to the coefficients and references pages. */
import type { CoefficientMeta, IslandContext } from './types.ts';
import { coefficientAnchor, referenceAnchor } from '../../lib/paths.ts';
import { CitedText } from './CitedText.tsx';

interface Props {
  context: IslandContext;
  /** The island's state: the coefficient set the shown result used, its coefficients and sources. */
  state: { coefficientSet: string; coefficients: CoefficientMeta[]; sourceIds: string[] };
  warnings: string[];
}

export function AssumptionsPanel({ context, state, warnings }: Props) {
  const { coefficientSet, coefficients, sourceIds } = state;
  const sources = [...new Set([...sourceIds, ...coefficients.map((c) => c.sourceId)])];
  const otherSet = coefficientSet !== context.coefficientSet;
  return (
    <details className="calc-assumptions" open>
      <summary>Assumptions and sources</summary>
      <p>
        Coefficient set <code>{coefficientSet}</code>
        {otherSet ? ' (from the link, not the set this version pins)' : ` (pinned by version ${context.version})`}. Values marked{' '}
        <span className="assumption-tag">assumption</span> are working assumptions, not verified figures.
      </p>
      {coefficients.length > 0 && (
        <ul className="calc-assumptions__list">
          {coefficients.map((c) => (
            <li key={c.id}>
              <a href={`${context.links.coefficients}#${coefficientAnchor(c.id)}`}>{c.label}</a>: {c.value} {c.unit}
              {c.assumption ? (
                <>
                  {' '}
                  <span className="assumption-tag">assumption</span>
                </>
              ) : null}{' '}
              (<a href={`${context.links.references}#${referenceAnchor(c.sourceId)}`}>{context.sources[c.sourceId] ?? c.sourceId}</a>)
            </li>
          ))}
        </ul>
      )}
      {sources.length > 0 && (
        <p>
          Sources:{' '}
          {sources.map((id, index) => (
            <span key={id}>
              {index > 0 ? '; ' : ''}
              <a href={`${context.links.references}#${referenceAnchor(id)}`}>{context.sources[id] ?? id}</a>
            </span>
          ))}
          .
        </p>
      )}
      {warnings.length > 0 && (
        <>
          <p>Caveats the calculation flags:</p>
          <ul className="calc-warnings">
            {warnings.map((w) => (
              <li key={w}>
                <CitedText text={w} context={context} />
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
