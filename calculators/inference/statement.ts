/**
 * The boundary statement every inference figure carries: what is included (and which elements the
 * engine modelled rather than took from the source), what is excluded, and whether the guidance's
 * minimum boundary is met. Cards, islands and exports print it as it is.
 */
import type { MethodBlock } from '../coefficients/schema.ts';
import { boundaryNames, type BoundaryElement, type ElementTreatment } from './boundary.ts';
import { unestimatedElements, unestimatedNames, unestimatedReasons, type UnestimatedElement } from './unestimated.ts';

/** The guidance's minimum boundary for an inference figure (0.2 requirement 2.3; 0.3 BND-1). */
export const minimumBoundary: readonly BoundaryElement[] = ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'];

export interface BoundaryStatement {
  included: BoundaryElement[];
  modelled: BoundaryElement[];
  excluded: BoundaryElement[];
  /** Minimum-boundary elements the figure leaves out (empty when the minimum is met). */
  missing: BoundaryElement[];
  /**
   * Elements the guidance names that the engine cannot estimate, excluded with the reason (sets whose
   * method says `every-element`; absent otherwise, so released statements are as they were).
   */
  notEstimated?: { element: UnestimatedElement; reason: string }[];
  /** One to three plain sentences, ready to print. */
  text: string;
}

const listOf = (elements: readonly BoundaryElement[]) => {
  const names = elements.map((e) => boundaryNames[e]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

/**
 * "Not estimated, so excluded: storage, retrieval and vector search, and orchestration and monitoring
 * (reason); end of life (reason)." Elements sharing a reason are listed together; the names contain "and",
 * so the last one takes a comma before its "and".
 */
function notEstimatedSentence(notEstimated: readonly { element: UnestimatedElement; reason: string }[]): string {
  const groups: { names: string[]; reason: string }[] = [];
  for (const { element, reason } of notEstimated) {
    const group = groups.find((g) => g.reason === reason);
    if (group) group.names.push(unestimatedNames[element]);
    else groups.push({ names: [unestimatedNames[element]], reason });
  }
  const list = (names: string[]) => (names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`);
  return `Not estimated, so excluded: ${groups.map((g) => `${list(g.names)} (${g.reason})`).join('; ')}.`;
}

export function boundaryStatement(
  elements: readonly { element: BoundaryElement; included: boolean; treatment: ElementTreatment }[],
  scope: MethodBlock['boundaryStatement'] = 'engine-elements',
): BoundaryStatement {
  const included = elements.filter((e) => e.included).map((e) => e.element);
  const modelled = elements.filter((e) => e.included && e.treatment === 'modelled').map((e) => e.element);
  const excluded = elements.filter((e) => !e.included).map((e) => e.element);
  const missing = minimumBoundary.filter((e) => !included.includes(e));
  const parts = [`Boundary: ${listOf(included) || 'nothing'}${modelled.length ? ` (${listOf(modelled)} modelled by the engine)` : ''}.`];
  if (excluded.length) parts.push(`Excluded: ${listOf(excluded)}.`);
  const notEstimated =
    scope === 'every-element' ? unestimatedElements.map((element) => ({ element, reason: unestimatedReasons[element] })) : undefined;
  if (notEstimated) parts.push(notEstimatedSentence(notEstimated));
  parts.push(
    missing.length
      ? `Narrow boundary: below the guidance’s minimum, missing ${listOf(missing)}.`
      : 'Meets the guidance’s minimum boundary.',
  );
  return { included, modelled, excluded, missing, ...(notEstimated ? { notEstimated } : {}), text: parts.join(' ') };
}
