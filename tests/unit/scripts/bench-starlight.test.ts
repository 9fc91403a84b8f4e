/** The Starlight yardstick of `npm run bench:site -- --starlight` gets the same words as this site's chapters. */
import { describe, expect, it } from 'vitest';
import { chapterAsMarkdown } from '../../../scripts/bench-starlight.mjs';

const chapter = `---
title: Media use cases
description: Seven worked media use cases.
chapterId: media-use-cases
order: 5
relatedCalculators: [counterfactual]
---
import Calculator from '../../src/components/Calculator.astro';

<KeyPoints>

- A point about <Term id="inference">inference</Term> energy <Cite id="epoch-2025" />.

</KeyPoints>

<Requirement id="BND-1" level="must">
Report the boundary.
</Requirement>

<WorkedExample model="inference"
  example="summary" />

{/* an editor's comment */}
<Calculator name="counterfactual" />
`;

describe('a chapter as Starlight Markdown', () => {
  const md = chapterAsMarkdown(chapter);

  it('keeps the title and description, and only those, in the front matter', () => {
    expect(md.startsWith('---\ntitle: Media use cases\ndescription: Seven worked media use cases.\n---\n')).toBe(true);
    expect(md).not.toMatch(/chapterId|relatedCalculators|order:/);
  });

  it('keeps the words inside components and drops the components and imports', () => {
    expect(md).toContain('- A point about inference energy .');
    expect(md).toContain('Report the boundary.');
    expect(md).not.toMatch(/<[A-Z]|import |editor's comment/);
  });

  it('refuses a file without front matter', () => {
    expect(() => chapterAsMarkdown('# No front matter')).toThrow(/front matter/);
  });
});
