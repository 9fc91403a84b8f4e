/**
 * Which comparisons between versions are built as pages. A page for every ordered pair grows as N(N-1):
 * at ten versions, 90 pages of about 230 kB each made most of the build's time and output (issue 12).
 * Built instead: each version against the one before it and against the current version, from the older
 * to the newer, at most 2(N-1) pages: the directions readers follow from a version's changes page, the
 * version switcher and the errata. Any other pair, the other direction of a built one included ("Swap the
 * direction"), is compared in the reader's browser on /compare/ (src/pages/compare/_compare.ts), from the
 * per-version data files (/compare/data/<id>.json.gz); its page address, where an earlier build had one,
 * leads there too (src/pages/404.astro). Both directions were built until 2026-12 (about 0.25 MB at 10
 * versions for a view the browser makes from the same data). Pure.
 */

/** Ordered [from, to] pairs to build, given the version ids oldest first and the current version's id. */
export function builtComparisons(idsOldestFirst: readonly string[], currentId: string): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  const position = (id: string) => idsOldestFirst.indexOf(id);
  const add = (a: string, b: string) => {
    if (a === b) return;
    const [older, newer] = position(a) < position(b) ? [a, b] : [b, a];
    pairs.set(`${older}...${newer}`, [older, newer]);
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
