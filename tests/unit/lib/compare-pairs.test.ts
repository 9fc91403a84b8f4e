/** Which comparisons are built as pages: linear in the number of versions, from the older version to the newer. */
import { describe, expect, it } from 'vitest';
import { builtComparisons, isBuilt } from '../../../src/lib/compare-pairs.ts';
import { COMPARE_PATH, compareInBrowserHref } from '../../../src/lib/paths.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `0.${i + 1}`);

describe('built comparisons', () => {
  it('pair each version with the one before it and with the current one, from the older to the newer', () => {
    const built = builtComparisons(['0.1', '0.2', '0.3'], '0.2');
    // 0.3 is a draft after the current 0.2: the pair still reads from the older to the newer.
    expect(built.map(([a, b]) => `${a}...${b}`).sort()).toEqual(['0.1...0.2', '0.2...0.3']);
    expect(isBuilt(built, '0.1', '0.3')).toBe(false);
    // The other direction is compared in the browser.
    expect(isBuilt(built, '0.3', '0.2')).toBe(false);
  });

  it('grow linearly with the number of versions: at most 2(N-1) pages where every ordered pair is N(N-1)', () => {
    for (const n of [1, 2, 5, 10, 20]) {
      const versions = ids(n);
      const built = builtComparisons(versions, versions.at(-2) ?? versions[0]!);
      expect(built.length, `${n} versions`).toBeLessThanOrEqual(2 * (n - 1));
      expect(new Set(built.map((p) => p.join('...'))).size).toBe(built.length);
      for (const [from, to] of built) expect(versions.indexOf(from), `${from}...${to}`).toBeLessThan(versions.indexOf(to));
    }
    // Nine with the version before, eight more with the current one (0.9 with 0.10 is both).
    expect(builtComparisons(ids(10), '0.10')).toHaveLength(9 + 8);
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
