/** The prose reader behind the readability and normative-word tests, on small literal chapters. */
import { describe, expect, it } from 'vitest';
import { normativeUses, proseOf, readability } from './support/prose.ts';

const chapter = `---
title: A chapter that should not count
---
import X from './x.mdx';

<KeyPoints>

- A key point with a <Term id="t">term</Term>.

</KeyPoints>

## A heading

First sentence with a citation <Cite id="elsworth-2025" />. Second sentence, see <RuleRef id="BND-1" /> and \`inline code\`.

| Column | Cell |
|---|---|
| a table | has cells |

<WorkedExample model="inference" example="gemini-median" />

<Requirement id="BND-1" />
`;

describe('prose of a chapter', () => {
  it('keeps paragraphs, list items and provisions as sentences; headings and cells as other words', () => {
    const prose = proseOf(chapter, (id) => (id === 'BND-1' ? 'The provision shall apply.' : undefined));
    expect(prose.sentenceBlocks).toEqual([
      'A key point with a term.',
      'First sentence with a citation. Second sentence, see BND-1 and.',
      'The provision shall apply.',
    ]);
    expect(prose.otherBlocks).toEqual(['A heading', 'Column', 'Cell', 'a table', 'has cells']);
  });

  it('leaves provisions out when no rule text is given (for the normative-word check)', () => {
    expect(proseOf(chapter).sentenceBlocks).not.toContain('The provision shall apply.');
  });

  it('measures words, sentences, grade and the longest sentence', () => {
    const figures = readability(proseOf(chapter));
    expect(figures.sentences).toBe(3);
    expect(figures.words).toBe(5 + 5 + 6 + 2 + 1 + 1 + 2 + 2);
    expect(figures.longestSentenceWords).toBe(6);
    expect(figures.grade).toBeGreaterThan(-5);
    expect(figures.grade).toBeLessThan(12);
  });
});

describe('normative words', () => {
  it('finds shall, must and should used outside quotation marks, whatever their case', () => {
    expect(normativeUses('Results Shall be rounded; you must check; it should work.')).toEqual(['Shall', 'must', 'should']);
  });

  it('finds "may", a permission in a rulebook, but not the month of May', () => {
    expect(normativeUses('Figures may vary. May I add one?')).toEqual(['may', 'May']);
    expect(normativeUses('Measured in May 2025, and again on 21 May; the mayor agreed.')).toEqual([]);
  });

  it('allows a mention in quotation marks', () => {
    expect(normativeUses('The word “shall” marks a requirement; "should" a recommendation and ‘may’ a permission.')).toEqual([]);
  });
});
