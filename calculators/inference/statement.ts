/**
 * The boundary statement every inference figure carries: what is included (and which elements the
 * engine modelled rather than took from the source), what is excluded, and whether the guidance's
 * minimum boundary is met. Cards, islands and exports print it as it is.
 */
import type { NotEstimated } from '../coefficients/schema.ts';
import { boundaryNames, type BoundaryElement, type ElementTreatment } from './boundary.ts';

/** The guidance's minimum boundary for an inference figure (0.2 requirement 2.3; 0.3 BND-1). */
export const minimumBoundary: readonly BoundaryElement[] = ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'];

export interface BoundaryStatement {
  included: BoundaryElement[];
  modelled: BoundaryElement[];
  excluded: BoundaryElement[];
  /** Minimum-boundary elements the figure leaves out (empty when the minimum is met). */
  missing: BoundaryElement[];
  /**
   * Elements the guidance names that the engine cannot estimate, excluded with the reason, as the set's
   * method block gives them (absent when it gives none, so released statements are as they were).
   */
  notEstimated?: NotEstimated;
  /** One to four plain sentences, ready to print. */
  text: string;
}

const listOf = (elements: readonly BoundaryElement[]) => {
  const names = elements.map((e) => boundaryNames[e]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

export function boundaryStatement(
  elements: readonly { element: BoundaryElement; included: boolean; treatment: ElementTreatment }[],
  notEstimated: NotEstimated = [],
): BoundaryStatement {
  const included = elements.filter((e) => e.included).map((e) => e.element);
  const modelled = elements.filter((e) => e.included && e.treatment === 'modelled').map((e) => e.element);
  const excluded = elements.filter((e) => !e.included).map((e) => e.element);
  const missing = minimumBoundary.filter((e) => !included.includes(e));
  const parts = [`Boundary: ${listOf(included) || 'nothing'}${modelled.length ? ` (${listOf(modelled)} modelled by the engine)` : ''}.`];
  if (excluded.length) parts.push(`Excluded: ${listOf(excluded)}.`);
  // The set's words as it gives them, each group with its reason: "Not estimated, so excluded: storage,
  // retrieval and vector search, orchestration and monitoring (reason); end of life (reason)." Names joined
  // by commas alone (they contain "and" themselves): every island loads this code, so it only prints.
  if (notEstimated.length)
    parts.push(`Not estimated, so excluded: ${notEstimated.map((g) => `${g.elements.join(', ')} (${g.reason})`).join('; ')}.`);
  parts.push(
    missing.length
      ? `Narrow boundary: below the guidance’s minimum, missing ${listOf(missing)}.`
      : 'Meets the guidance’s minimum boundary.',
  );
  return { included, modelled, excluded, missing, ...(notEstimated.length ? { notEstimated } : {}), text: parts.join(' ') };
}
