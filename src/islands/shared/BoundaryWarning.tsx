/**
 * Beside the boundary switches: a warning whenever the chosen boundary is below the guidance's minimum
 * (the engine's boundary statement lists what is missing), so no reader takes a narrow figure for a
 * comparable one.
 */
import type { BoundaryStatement } from '../../../calculators/inference/statement.ts';
import { boundaryNames } from '../../../calculators/inference/boundary.ts';

export function BoundaryWarning({ statement, boundaryHref }: { statement: BoundaryStatement; boundaryHref: string }) {
  if (statement.missing.length === 0) return null;
  const names = statement.missing.map((e) => boundaryNames[e]);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return (
    <p className="calc-warning" role="note">
      <strong>Below the minimum boundary.</strong> This boundary leaves out {list}, which the guidance’s{' '}
      <a href={boundaryHref}>minimum boundary</a> includes: the figure is not comparable with figures that meet it.
    </p>
  );
}
