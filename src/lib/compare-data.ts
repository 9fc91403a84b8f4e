/**
 * The data a comparison made in the browser reads (src/pages/compare/_compare.ts): for each version, its
 * chapters with their text (the same MDX bodies, provisions written in, that the built comparisons diff),
 * the readers' names of the worked-example and calculator markers that text holds, and the author-year
 * citations it makes with their links, and its provisions as the provisions diff reads them
 * (src/lib/provisions.ts, provisionChanges: their words as a digest, since the diff only asks whether they
 * changed, and the page links to the text); and one index of every version's chapters, which the browser
 * needs to follow a chapter's identity through the versions in between (src/lib/chapter-map.ts).
 */
import type { ChapterRef } from './navigation.ts';
import type { ChapterText } from './version-compare.ts';
import type { VersionProvisions } from './provisions.ts';
import { MARKER_PATTERN, mdxToPlainText, nameMarkers } from './text-diff.ts';
import { markerNames } from './example-names.ts';
import { allCitationLabels, citedRuns } from './cited-links.ts';
import {
  chapterTexts,
  referenceSources,
  toRef,
  versionsNewestFirst,
  loadVersion,
  builtComparisonPairs,
  versionProvisionsOf,
} from './site-data.ts';

/** A version's side of a comparison. */
export interface CompareVersionData {
  id: string;
  chapters: ChapterText[];
  /** Each marker its text holds ("[example:inference/gemini-median]") and its words for readers. */
  markers: Record<string, string>;
  /** Each source its text cites: the short citation and, where its references page lists it, the link. */
  citations: Record<string, { label: string; href?: string }>;
  /**
   * Its provisions, what its rulebook replaces and retires: what provisionChanges needs of a version. Each
   * provision's `text` is a digest of its words (textDigest), which is all the diff compares.
   */
  provisions: VersionProvisions;
}

/** Every version, oldest first, with its chapters (without text) and the comparisons built as pages. */
export interface CompareIndexData {
  versions: { id: string; title: string; status: string; chapters: ChapterRef[] }[];
  built: [string, string][];
}

/**
 * A provision's words as the browser's diff needs them: equal exactly when the words are (64 bits of
 * SHA-256). The words would make a version's file about a tenth larger, gzipped, and tell the diff no more.
 */
export async function textDigest(text: string): Promise<string> {
  // Web Crypto, global in Node as in browsers: src/lib imports no Node built-in.
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...hash.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function compareVersionData(id: string): Promise<CompareVersionData> {
  const version = await loadVersion(id);
  const chapters = chapterTexts(version);
  const listed = referenceSources(version);
  const labels = allCitationLabels();
  const markers: Record<string, string> = {};
  const citations: CompareVersionData['citations'] = {};
  for (const chapter of chapters) {
    const text = mdxToPlainText(chapter.body);
    for (const [marker] of text.matchAll(MARKER_PATTERN)) {
      const named = nameMarkers(marker, markerNames);
      if (named !== marker) markers[marker] = named;
    }
    for (const run of citedRuns(text, id, listed, labels)) {
      if (run.sourceId && !citations[run.sourceId]) citations[run.sourceId] = { label: run.text, ...(run.href ? { href: run.href } : {}) };
    }
  }
  const provisions = versionProvisionsOf(version);
  return {
    id,
    chapters,
    markers,
    citations,
    provisions: {
      ...provisions,
      provisions: await Promise.all(provisions.provisions.map(async (p) => ({ ...p, text: await textDigest(p.text) }))),
    },
  };
}

export async function compareIndexData(): Promise<CompareIndexData> {
  const versions = await Promise.all(
    [...versionsNewestFirst()].reverse().map(async (v) => ({
      id: v.id,
      title: v.title,
      status: v.status,
      chapters: (await loadVersion(v.id)).chapters.map(toRef),
    })),
  );
  return { versions, built: builtComparisonPairs() };
}
