import { describe, expect, it } from 'vitest';
import { componentUses, emptySections, linkTargets, proseWordCount, stripFrontmatter } from '../../support/mdx-scan.ts';

const sample = `---
title: T
---

<KeyPoints>

- one

</KeyPoints>

## Filled

Text with <Cite id="elsworth-2025" loc="Table 2" /> and [a link](../partial-data/).

## Empty

## Parent

### Child

Child text. <Calculator name="boundary-explorer" example="gemini-median" />
`;

describe('MDX scanning', () => {
  it('finds component uses with their attributes and lines', () => {
    expect(componentUses(sample, ['Cite', 'Calculator'])).toEqual([
      { name: 'Cite', attributes: { id: 'elsworth-2025', loc: 'Table 2' }, line: 13 },
      { name: 'Calculator', attributes: { name: 'boundary-explorer', example: 'gemini-median' }, line: 21 },
    ]);
  });

  it('finds link targets', () => {
    expect(linkTargets(sample)).toEqual(['../partial-data/']);
  });

  it('reports a heading with nothing under it, but not a parent of a subsection', () => {
    expect(emptySections(sample)).toEqual(['Empty']);
    expect(emptySections('## Last\n\n')).toEqual(['Last']);
  });

  it('counts prose words without front matter or tags', () => {
    expect(stripFrontmatter(sample).startsWith('\n<KeyPoints>')).toBe(true);
    expect(proseWordCount('---\na: b\n---\nOne two <Cite id="x" /> three.')).toBe(3);
  });
});
