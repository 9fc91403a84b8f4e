/**
 * The boundary statement every inference figure carries: what is included (and which elements the
 * engine modelled rather than took from the source), what is excluded, and whether the guidance's
 * minimum boundary is met. Cards, islands and exports print it as it is.
 */
import { boundaryNames, type BoundaryElement, type ElementTreatment } from './boundary.ts';

/** The guidance's minimum boundary for an inference figure (0.2 requirement 2.3; 0.3 BND-1). */
export const minimumBoundary: readonly BoundaryElement[] = ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'];

export interface BoundaryStatement {
  included: BoundaryElement[];
  modelled: BoundaryElement[];
  excluded: BoundaryElement[];
  /** Minimum-boundary elements the figure leaves out (empty when the minimum is met). */
  missing: BoundaryElement[];
  /** One or two plain sentences, ready to print. */
  text: string;
}

const listOf = (elements: readonly BoundaryElement[]) => {
  const names = elements.map((e) => boundaryNames[e]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

export function boundaryStatement(
  elements: readonly { element: BoundaryElement; included: boolean; treatment: ElementTreatment }[],
): BoundaryStatement {
  const included = elements.filter((e) => e.included).map((e) => e.element);
  const modelled = elements.filter((e) => e.included && e.treatment === 'modelled').map((e) => e.element);
  const excluded = elements.filter((e) => !e.included).map((e) => e.element);
  const missing = minimumBoundary.filter((e) => !included.includes(e));
  const parts = [`Boundary: ${listOf(included) || 'nothing'}${modelled.length ? ` (${listOf(modelled)} modelled by the engine)` : ''}.`];
  if (excluded.length) parts.push(`Excluded: ${listOf(excluded)}.`);
  parts.push(
    missing.length
      ? `Narrow boundary: below the guidance’s minimum, missing ${listOf(missing)}.`
      : 'Meets the guidance’s minimum boundary.',
  );
  return { included, modelled, excluded, missing, text: parts.join(' ') };
}
