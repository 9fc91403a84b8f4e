/**
 * The order of search results, decided before any result's text is fetched (each fetched excerpt costs a
 * request, so the search page loads them a few at a time): versions by status, the current one first, and
 * within a version the whole-version pages (changes) after the chapters and reference pages, each group
 * in Pagefind's order of relevance. Pure, and small enough for the search page's script.
 */
export interface VersionStatusLite {
  id: string;
  status: string;
}

/** The page types a version's pages declare to the index (`data-page-type` on DocLayout's main). */
export type PageType = 'chapter' | 'contents' | 'reference' | 'tool' | 'changes';

/** A page's type from what the version switcher knows about it (DocLayout). */
export function pageTypeOf(page: { kind: 'chapter' } | { kind: 'contents' } | { kind: 'generated'; slug: string }): PageType {
  if (page.kind !== 'generated') return page.kind;
  return page.slug === 'changes' ? 'changes' : page.slug === 'calculator' ? 'tool' : 'reference';
}

/** Page types listed after the rest of their version: long whole-version pages that match most queries. */
export const DEMOTED_PAGE_TYPES: readonly PageType[] = ['changes'];

const rank: Record<string, number> = { current: 0, draft: 1, superseded: 2, withdrawn: 3 };

/**
 * The versions to search, in the order their results are listed: only `scope` when given, else every
 * version, current first, then the draft, then superseded and withdrawn ones (newest first within each).
 */
export function versionSearchOrder(versions: readonly VersionStatusLite[], scope?: string): string[] {
  if (scope !== undefined) return versions.some((v) => v.id === scope) ? [scope] : [];
  const score = (v: VersionStatusLite) => rank[v.status] ?? 4;
  // Array.prototype.sort is stable: versions keep the manifest's newest-first order within a status.
  return [...versions].sort((a, b) => score(a) - score(b)).map((v) => v.id);
}

/** One Pagefind filter, run in turn: the results of each are listed after those of the one before. */
export interface SearchStep {
  version: string;
  type: { none: PageType[] } | { any: PageType[] };
}

/**
 * The searches that list the results in order (versionSearchOrder, and within each version the demoted
 * page types last): filtering in the index puts each result in place without fetching its text first.
 */
export function searchSteps(versions: readonly VersionStatusLite[], scope?: string): SearchStep[] {
  return versionSearchOrder(versions, scope).flatMap((version) => [
    { version, type: { none: [...DEMOTED_PAGE_TYPES] } },
    { version, type: { any: [...DEMOTED_PAGE_TYPES] } },
  ]);
}

/** A page's section results worth showing: at most `limit`, those with the most matches, in page order. */
export function topSections<T extends { locations?: readonly number[] }>(sections: readonly T[], limit = 3): T[] {
  if (sections.length <= limit) return [...sections];
  const hits = (s: T) => s.locations?.length ?? 0;
  const chosen = new Set([...sections].sort((a, b) => hits(b) - hits(a)).slice(0, limit));
  return sections.filter((s) => chosen.has(s));
}

/**
 * Results whose text a search fetches at first, and at each "Show more results". Each result's excerpt is
 * a separate download (5-8 kB). A two-word query reads two index chunks of about 30 kB each beside Pagefind's
 * 60 kB of WebAssembly, which leaves room for two excerpts within the first search's 150 kB budget
 * (src/lib/page-budgets.ts); the rest of the results follow two at a time as the reader asks.
 */
export const RESULTS_PER_PAGE = 2;
