/**
 * Where the version switcher sends a reader: the same chapter in the target version when it exists
 * (matched by stable chapterId, then by rename/merge records), otherwise that version's contents.
 */
import type { ChapterRef } from './navigation.ts';
import { chapterHref, versionHref } from './paths.ts';
import { equivalentAcross } from './chapter-map.ts';

export function equivalentChapter(
  source: Pick<ChapterRef, 'chapterId' | 'previousChapterIds'>,
  target: readonly ChapterRef[],
): ChapterRef | undefined {
  return (
    // 1. the same chapter, possibly under a new slug
    target.find((c) => c.chapterId === source.chapterId) ??
    // 2. moving forward: a target chapter that took this one over
    target.find((c) => c.previousChapterIds.includes(source.chapterId)) ??
    // 3. moving back: the older chapter this one took over
    target.find((c) => source.previousChapterIds.includes(c.chapterId))
  );
}

/** The reader is on `page`: a chapter, a generated page (by slug), or the contents (undefined). */
export type CurrentPage =
  | { kind: 'chapter'; chapter: Pick<ChapterRef, 'chapterId' | 'previousChapterIds'> }
  | { kind: 'generated'; slug: string; availableIn: readonly string[] }
  | { kind: 'contents' };

export function switchHref(page: CurrentPage, targetVersion: string, targetChapters: readonly ChapterRef[]): string {
  if (page.kind === 'chapter') {
    const match = equivalentChapter(page.chapter, targetChapters);
    return match ? chapterHref(targetVersion, match.slug) : versionHref(targetVersion);
  }
  if (page.kind === 'generated' && page.availableIn.includes(targetVersion)) return chapterHref(targetVersion, page.slug);
  return versionHref(targetVersion);
}

/** One version's id and chapters, as the switcher sees them. */
export interface VersionChapters {
  id: string;
  refs: readonly ChapterRef[];
}

/** The versions from `fromId` to `toId` inclusive, in the direction of travel (ids compared numerically). */
export function versionChain<T extends VersionChapters>(versions: readonly T[], fromId: string, toId: string): T[] {
  const num = (id: string) => id.split('.').map(Number) as [number, number];
  const cmp = (a: string, b: string) => num(a)[0] - num(b)[0] || num(a)[1] - num(b)[1];
  const sorted = [...versions].sort((a, b) => cmp(a.id, b.id));
  const [low, high] = cmp(fromId, toId) <= 0 ? [fromId, toId] : [toId, fromId];
  const between = sorted.filter((v) => cmp(v.id, low) >= 0 && cmp(v.id, high) <= 0);
  return cmp(fromId, toId) <= 0 ? between : between.reverse();
}

/**
 * Like switchHref, but follows a chapter through every version between the two (renames, splits and
 * merges recorded in each), so the link lands on the same topic; never on a page that does not exist.
 */
export function switchHrefAcross(
  page: CurrentPage,
  fromVersion: string,
  targetVersion: string,
  versions: readonly VersionChapters[],
): string {
  const target = versions.find((v) => v.id === targetVersion);
  if (!target) return versionHref(targetVersion);
  if (page.kind === 'chapter' && fromVersion !== targetVersion) {
    const chain = versionChain(versions, fromVersion, targetVersion).map((v) => v.refs);
    const match = equivalentAcross(page.chapter, chain);
    if (match) return chapterHref(targetVersion, match.slug);
  }
  return switchHref(page, targetVersion, target.refs);
}

/**
 * How many versions the switcher lists on a page. Fixed, so that a page's size and the work of building it
 * do not grow with the number of versions (listing every version made the site's output grow with the
 * square of their number: issue 12); the switcher's "All versions" link leads to the rest (/versions/).
 */
export const SWITCHER_VERSIONS = 6;

/**
 * The versions a page's switcher lists, in the manifest's order: the page's own, the current version and
 * any drafts, then the versions released nearest the page's own (the newer first on a tie), up to `limit`.
 */
export function switcherVersions<T extends { id: string; status: string }>(
  versions: readonly T[],
  own: string,
  limit = SWITCHER_VERSIONS,
): T[] {
  // A version missing from the list (never in the build) counts as newer than all: the newest come first.
  const at = versions.findIndex((v) => v.id === own);
  const always = (v: T) => v.id === own || v.status === 'current' || v.status === 'draft';
  const byNearness = versions
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => !always(v))
    .sort((a, b) => Math.abs(a.i - at) - Math.abs(b.i - at) || a.i - b.i);
  const chosen = new Set([...versions.filter(always), ...byNearness.map(({ v }) => v)].slice(0, Math.max(limit, 0)));
  return versions.filter((v) => chosen.has(v) || always(v));
}
