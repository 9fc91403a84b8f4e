/**
 * Text that names sources by registry id ("… (kaplan-2020)") as runs of plain text and
 * author-year citations with the address of their entry on a version's references page, for the pages
 * the build renders (diffs, coefficient notes). The splitting is splitCitations' (src/lib/cited-text.ts);
 * this only decides where each citation links. Pure.
 */
import { splitCitations } from './cited-text.ts';
import { chapterHref } from './paths.ts';
import { citationLabels, referenceAnchor } from './references.ts';

export interface CitedRun {
  text: string;
  /** The citation's entry on the references page; absent for plain text and for a source the page lacks. */
  href?: string;
  /** The registry id, for a citation. */
  sourceId?: string;
}

let labels: Record<string, string> | undefined;
/** Short citations of every registered source (computed once per build). */
export const allCitationLabels = (): Record<string, string> => (labels ??= citationLabels());

/**
 * Splits `text` into plain runs and citations; a citation links to `/<version>/references/#ref-<id>` when
 * the version's references page lists the source (`listed`), and is shown unlinked otherwise, so no link
 * can dangle.
 */
export function citedRuns(
  text: string,
  version: string,
  listed: { has(id: string): boolean },
  known: Readonly<Record<string, string>> = allCitationLabels(),
): CitedRun[] {
  return splitCitations(text, known).map((segment) =>
    'text' in segment
      ? { text: segment.text }
      : {
          text: segment.label,
          sourceId: segment.sourceId,
          ...(listed.has(segment.sourceId) ? { href: `${chapterHref(version, 'references')}#${referenceAnchor(segment.sourceId)}` } : {}),
        },
  );
}
