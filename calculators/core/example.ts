/**
 * Why an example exists: 'published' reproduces a source's own figure within the source's own boundary
 * (so a narrow boundary is the source's, labelled as such); 'estimate' is the guidance's own estimate
 * of a use case, which must meet every requirement the guidance sets.
 */
export type ExamplePurpose = 'published' | 'estimate';

/** A named worked example: defined once, used by the chapters, the islands and the tests. */
export interface WorkedExample<I> {
  purpose: ExamplePurpose;
  title: string;
  /** One or two plain sentences: what the example shows and where its numbers come from. */
  summary: string;
  input: I;
  /** Source registry ids behind the example's inputs. */
  sourceIds: string[];
  /** The first coefficient set whose methods and presets the example needs (absent: every set). */
  since?: string;
}

/** Whether an example applies with a coefficient set (set ids sort by date: cs-YYYY-MM). */
export function appliesTo(example: object, coefficientSet: string): boolean {
  const since = (example as { since?: string }).since;
  return since === undefined || coefficientSet >= since;
}
