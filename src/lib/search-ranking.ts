/** Orders search results so the current version ranks above superseded and withdrawn ones. Pure. */
export interface VersionStatusLite {
  id: string;
  status: string;
}

const rank: Record<string, number> = { current: 0, draft: 1, superseded: 2, withdrawn: 3 };

export function rankByStatus<T extends { meta: { version?: string } }>(results: readonly T[], versions: readonly VersionStatusLite[]): T[] {
  const statusOf = new Map(versions.map((v) => [v.id, v.status]));
  const score = (r: T) => rank[statusOf.get(r.meta.version ?? '') ?? ''] ?? 4;
  // Array.prototype.sort is stable, so Pagefind's relevance order holds within each status.
  return [...results].sort((a, b) => score(a) - score(b));
}
