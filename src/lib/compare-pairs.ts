/**
 * Which comparisons between versions are built as pages. A page for every ordered pair grows as N(N-1):
 * at ten versions, 90 pages of about 230 kB each made most of the build's time and output (issue 12).
 * Built instead: each version against the one before it and against the current version, in both
 * directions, at most 4(N-1) pages, so "Swap the direction" always has a page to go to. Any other pair is
 * compared in the reader's browser on /compare/ (src/pages/compare/_compare.ts), from the per-version data
 * files (/compare/data/<id>.json.gz). Pure.
 */

/** Ordered [from, to] pairs to build, given the version ids oldest first and the current version's id. */
export function builtComparisons(idsOldestFirst: readonly string[], currentId: string): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  const add = (a: string, b: string) => {
    if (a === b) return;
    pairs.set(`${a}...${b}`, [a, b]);
    pairs.set(`${b}...${a}`, [b, a]);
  };
  idsOldestFirst.forEach((id, i) => {
    if (i > 0) add(idsOldestFirst[i - 1]!, id);
    if (idsOldestFirst.includes(currentId)) add(id, currentId);
  });
  return [...pairs.values()];
}

/** Whether the comparison from `from` to `to` is among `built`. */
export const isBuilt = (built: readonly (readonly [string, string])[], from: string, to: string) =>
  built.some(([a, b]) => a === from && b === to);
