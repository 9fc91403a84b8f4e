/**
 * Where the version switcher sends a reader: the same chapter in the target version when it exists
 * (matched by stable chapterId, then by rename/merge records), otherwise that version's contents.
 */
import type { ChapterRef } from './navigation';
import { chapterHref, versionHref } from './paths';

export function equivalentChapter(source: Pick<ChapterRef, 'chapterId' | 'previousChapterIds'>, target: readonly ChapterRef[]): ChapterRef | undefined {
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
