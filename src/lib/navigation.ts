/** Chapter ordering and previous/next links for one version. Pure. */
export interface ChapterRef {
  version: string;
  slug: string;
  chapterId: string;
  order: number;
  title: string;
  previousChapterIds: string[];
}

export function sortChapters<T extends { order: number }>(chapters: readonly T[]): T[] {
  return [...chapters].sort((a, b) => a.order - b.order);
}

export function prevNext<T extends { slug: string; order: number }>(
  chapters: readonly T[],
  slug: string,
): { prev: T | undefined; next: T | undefined } {
  const sorted = sortChapters(chapters);
  const index = sorted.findIndex((c) => c.slug === slug);
  if (index === -1) return { prev: undefined, next: undefined };
  return { prev: sorted[index - 1], next: sorted[index + 1] };
}
