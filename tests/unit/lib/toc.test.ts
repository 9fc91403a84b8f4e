import { describe, expect, it } from 'vitest';
import { sourceHeadingLines, tocItems } from '../../../src/lib/toc.ts';

const source = `---
title: A chapter
---

## Why

Text.

\`\`\`md
## Not a heading (inside a fence)
\`\`\`

### Method

<Calculator name="training-amortisation" example="bloom" />

## Results

<Calculator name="boundary-explorer" />
<Calculator name="boundary-explorer" example="gemini-median" />
`;
const headings = [
  { depth: 1, slug: 'a-chapter', text: 'A chapter' },
  { depth: 2, slug: 'why', text: 'Why' },
  { depth: 3, slug: 'method', text: 'Method' },
  { depth: 2, slug: 'results', text: 'Results' },
];

describe('On this page', () => {
  it('finds the headings of MDX source, not those in front matter or code', () => {
    expect(sourceHeadingLines(source)).toEqual([5, 13, 17]);
  });

  it('lists each calculator once, under the heading whose section holds it', () => {
    expect(tocItems(headings, source).map((i) => `${i.depth} ${i.id} ${i.text}`)).toEqual([
      '2 why Why',
      '3 method Method',
      '4 calc-training-amortisation-title Calculator: Training amortisation',
      '2 results Results',
      '3 calc-boundary-explorer-title Calculator: Boundary explorer',
    ]);
  });

  it('puts calculators at the end when the source’s headings do not line up with the rendered ones', () => {
    const items = tocItems(headings.slice(0, 3), source);
    expect(items.map((i) => i.id)).toEqual(['why', 'method', 'calc-training-amortisation-title', 'calc-boundary-explorer-title']);
  });

  it('lists only headings when there is no source', () => {
    expect(tocItems(headings).map((i) => i.kind)).toEqual(['heading', 'heading', 'heading']);
  });
});
