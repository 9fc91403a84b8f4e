/** Which sources a references page lists, and the entry text the release tool locks for each. */
import { describe, expect, it } from 'vitest';
import { referenceEntryText, referenceSourceIds } from '../../../src/lib/reference-list.ts';
import { coefficientSourceIds } from '../../../src/lib/coefficients.ts';

const chapter = (body: string, relatedCalculators: string[] = []) => ({ body, relatedCalculators });

describe('referenceSourceIds', () => {
  it('lists cited sources first, then those of the worked examples, each once with its first reason', () => {
    const listed = referenceSourceIds({
      chapters: [
        chapter('A figure <Cite id="elsworth-2025" /> and <Cite id="patterson-2021" loc="Table 4" />.'),
        chapter('<WorkedExample model="inference" example="gemini-median" />\n\nAgain <Cite id="elsworth-2025" />.'),
      ],
      coefficientSet: 'cs-2026-11',
    });
    // gemini-median cites elsworth-2025 (already cited in the text) and ecologits-2025.
    expect([...listed]).toEqual([
      ['elsworth-2025', 'text'],
      ['patterson-2021', 'text'],
      ['ecologits-2025', 'example'],
    ]);
  });

  it('adds the coefficient set only when the version has calculators, as only then does it show the set', () => {
    const without = referenceSourceIds({ chapters: [chapter('<Cite id="iso-14040" />')], coefficientSet: 'cs-2026-11' });
    expect([...without.keys()]).toEqual(['iso-14040']);
    const withCalculators = referenceSourceIds({
      chapters: [chapter('<Cite id="iso-14040" />', ['boundary-explorer'])],
      coefficientSet: 'cs-2026-11',
    });
    for (const id of coefficientSourceIds('cs-2026-11')) expect(withCalculators.has(id), id).toBe(true);
    expect(withCalculators.get('iso-14040')).toBe('text');
    expect(withCalculators.get('ember-2024')).toBe('coefficients');
  });
});

describe('referenceEntryText', () => {
  it('is undefined for a source the registry does not have', () => {
    expect(referenceEntryText('no-such-source')).toBeUndefined();
  });

  it('holds what the references page prints, the year as cited included', () => {
    const text = JSON.parse(referenceEntryText('ecologits-2025')!);
    expect(Object.keys(text).sort()).toEqual(['authors', 'doi', 'note', 'title', 'url', 'venue', 'year']);
    // Two GenAI Impact entries of 2025: the letter is part of what readers see, so a new twin changes the entry.
    expect(text).toMatchObject({ authors: 'GenAI Impact', year: '2025a' });
    expect(JSON.parse(referenceEntryText('ember-2024')!)).toMatchObject({ year: '2024', doi: null });
  });
});
