/** Orders search results so the current version ranks above drafts, superseded and withdrawn ones. Pure. */
export interface VersionStatusLite {
  id: string;
  status: string;
}

const rank: Record<string, number> = { current: 0, draft: 1, superseded: 2, withdrawn: 3 };
const rankOf = (status: string) => rank[status] ?? 4;

/**
 * The versions grouped by status, in ranking order (current, draft, superseded, withdrawn, anything else),
 * each group's ids in the order given. The search page searches each group in turn, so results come
 * ranked by status without reading every result's data first; within a group Pagefind's relevance holds.
 */
export function statusGroups(versions: readonly VersionStatusLite[]): string[][] {
  const groups = new Map<number, string[]>();
  for (const v of versions) groups.set(rankOf(v.status), [...(groups.get(rankOf(v.status)) ?? []), v.id]);
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, ids]) => ids);
}
