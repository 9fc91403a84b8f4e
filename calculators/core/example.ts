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

/** What a computed example shows: the example's result, or the tiers calculator's four estimates of it. */
export type ExampleView = 'result' | 'tiers';

const TIERS_SUFFIX = '.tiers';

/**
 * The key of a computed example, the one format the frozen results, errata, conformance check and chapters
 * share: "inference/gemini-median"; "inference/summarisation.tiers" for the tiers calculator's case.
 */
export function exampleKey(computed: { model: string; example: string; view: ExampleView }): string {
  return `${computed.model}/${computed.example}${computed.view === 'tiers' ? TIERS_SUFFIX : ''}`;
}

/** A key read back into its parts (empty strings where the key lacks them). */
export function parseExampleKey(key: string): { model: string; example: string; view: ExampleView } {
  const slash = key.indexOf('/');
  const model = slash === -1 ? key : key.slice(0, slash);
  const rest = slash === -1 ? '' : key.slice(slash + 1);
  const tiers = rest.endsWith(TIERS_SUFFIX);
  return { model, example: tiers ? rest.slice(0, -TIERS_SUFFIX.length) : rest, view: tiers ? 'tiers' : 'result' };
}
