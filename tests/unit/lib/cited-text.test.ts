import { describe, expect, it } from 'vitest';
import { citationsAsText, splitCitations } from '../../../src/lib/cited-text.ts';
import { citationLabels } from '../../../src/lib/references.ts';

const labels = citationLabels();

describe('splitCitations', () => {
  it('turns registry ids into author-year citations and keeps the text around them', () => {
    const segments = splitCitations('per-unit gains can raise total use (luccioni-2025-jevons).', labels);
    expect(segments).toEqual([
      { text: 'per-unit gains can raise total use (' },
      { sourceId: 'luccioni-2025-jevons', label: labels['luccioni-2025-jevons'] },
      { text: ').' },
    ]);
    expect(labels['luccioni-2025-jevons']).toMatch(/^Luccioni et al\., 2025/);
  });

  it('finds several ids, the longest first, and never inside a longer id', () => {
    const text = 'method (tomlinson-2024), critique (rockpool-2024); ecologits-2025 and ecologits-joss-2025';
    const ids = splitCitations(text, labels).flatMap((s) => ('sourceId' in s ? [s.sourceId] : []));
    expect(ids).toEqual(['tomlinson-2024', 'rockpool-2024', 'ecologits-2025', 'ecologits-joss-2025']);
    expect(splitCitations('see xecologits-2025 or ecologits-2025x', labels)).toEqual([{ text: 'see xecologits-2025 or ecologits-2025x' }]);
  });

  it('leaves unknown ids and empty text alone', () => {
    expect(splitCitations('nothing cited here (no-such-2099).', labels)).toEqual([{ text: 'nothing cited here (no-such-2099).' }]);
    expect(splitCitations('', labels)).toEqual([]);
    expect(splitCitations('text', {})).toEqual([{ text: 'text' }]);
  });

  it('writes plain text for exports', () => {
    expect(citationsAsText('(malmodin-2020): weakly founded', labels)).toBe(`(${labels['malmodin-2020']}): weakly founded`);
  });
});
