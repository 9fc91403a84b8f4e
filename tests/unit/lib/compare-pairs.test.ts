/** Which comparisons are built as pages: linear in the number of versions, and always both ways. */
import { describe, expect, it } from 'vitest';
import { builtComparisons, isBuilt } from '../../../src/lib/compare-pairs.ts';
import { COMPARE_PATH, compareInBrowserHref } from '../../../src/lib/paths.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `0.${i + 1}`);

describe('built comparisons', () => {
  it('pair each version with the one before it and with the current one, in both directions', () => {
    const built = builtComparisons(['0.1', '0.2', '0.3'], '0.2');
    expect(built.map(([a, b]) => `${a}...${b}`).sort()).toEqual(['0.1...0.2', '0.2...0.1', '0.2...0.3', '0.3...0.2']);
    expect(isBuilt(built, '0.1', '0.3')).toBe(false);
    expect(isBuilt(built, '0.3', '0.2')).toBe(true);
  });

  it('grow linearly with the number of versions: at most 4(N-1) pages where every ordered pair is N(N-1)', () => {
    for (const n of [1, 2, 5, 10, 20]) {
      const versions = ids(n);
      const built = builtComparisons(versions, versions.at(-2) ?? versions[0]!);
      expect(built.length, `${n} versions`).toBeLessThanOrEqual(4 * (n - 1));
      expect(new Set(built.map((p) => p.join('...'))).size).toBe(built.length);
      for (const [from, to] of built) expect(isBuilt(built, to, from), `${from}...${to} has its swap`).toBe(true);
    }
    expect(builtComparisons(ids(10), '0.10')).toHaveLength(2 * 9 + 2 * 8);
  });

  it('never compare a version with itself', () => {
    expect(builtComparisons(['0.1'], '0.1')).toEqual([]);
  });
});

describe('addresses of comparisons', () => {
  it('read the two versions from a built address and send others to the browser comparison', () => {
    expect(COMPARE_PATH.exec('/compare/0.3...0.1/')?.slice(1)).toEqual(['0.3', '0.1']);
    expect(COMPARE_PATH.exec('/compare/0.3...0.1')?.slice(1)).toEqual(['0.3', '0.1']);
    expect(COMPARE_PATH.exec('/compare/')).toBeNull();
    expect(COMPARE_PATH.exec('/compare/0.3...<img>/')).toBeNull();
    expect(compareInBrowserHref('0.3', '0.1')).toBe('/compare/?from=0.3&to=0.1#comparison');
  });
});
