/**
 * Boundary elements the guidance names that the engine cannot estimate (0.3, boundaries and functional
 * units: "Storage, retrieval and orchestration", after the SCI for AI consumer boundary, gsf-sci-ai-2026,
 * and "Training and end of life"). BND-2 asks a boundary statement to name every element of that chapter
 * with the reason for each exclusion, so statements under a set whose method says `every-element` list
 * these as not estimated, with what is known about each. Nothing here enters a result's numbers.
 */

export const unestimatedElements = ['storage', 'retrieval', 'orchestration', 'endOfLife'] as const;
export type UnestimatedElement = (typeof unestimatedElements)[number];

/** As lists and tables show them (the chapter's own names). */
export const unestimatedLabels: Record<UnestimatedElement, string> = {
  storage: 'Storage',
  retrieval: 'Retrieval and vector search',
  orchestration: 'Orchestration and monitoring',
  endOfLife: 'End of life',
};

/** The same, as running text. */
export const unestimatedNames: Record<UnestimatedElement, string> = {
  storage: 'storage',
  retrieval: 'retrieval and vector search',
  orchestration: 'orchestration and monitoring',
  endOfLife: 'end of life',
};

const countedFromOwnRecords = 'no published figure per request; the organisation’s own metering or cloud usage records can estimate them';

/**
 * Why each is not estimated, in the chapter's terms: for storage, retrieval and orchestration what is
 * known is how to count them, not how large they usually are (BND-4 asks for the organisation's own
 * records); for end of life no usable figure exists for AI hardware, so the slot stays empty. Elements
 * with the same reason are listed together in the statement.
 */
export const unestimatedReasons: Record<UnestimatedElement, string> = {
  storage: countedFromOwnRecords,
  retrieval: countedFromOwnRecords,
  orchestration: countedFromOwnRecords,
  endOfLife: 'no figure per unit has been found for AI accelerators or servers',
};
