import { describe, expect, it } from 'vitest';
import {
  collapseUnchanged,
  diffChapters,
  diffParagraphs,
  diffWords,
  foldLongRuns,
  lcsDiff,
  mdxToPlainText,
  nameMarkers,
  similarity,
  splitSections,
} from '../../../src/lib/text-diff.ts';

describe('lcsDiff', () => {
  it('keeps the longest common subsequence and marks the rest', () => {
    expect(lcsDiff([...'abcde'], [...'abxde'])).toEqual([
      { type: 'same', items: ['a', 'b'] },
      { type: 'del', items: ['c'] },
      { type: 'ins', items: ['x'] },
      { type: 'same', items: ['d', 'e'] },
    ]);
    expect(lcsDiff([], ['a'])).toEqual([{ type: 'ins', items: ['a'] }]);
    expect(lcsDiff(['a'], [])).toEqual([{ type: 'del', items: ['a'] }]);
    expect(lcsDiff(['a', 'b'], ['a', 'b'])).toEqual([{ type: 'same', items: ['a', 'b'] }]);
  });

  it('reads back both texts', () => {
    const a = 'the quick brown fox jumps over the lazy dog'.split(' ');
    const b = 'a quick red fox leaps over the dog today'.split(' ');
    const ops = lcsDiff(a, b);
    expect(ops.filter((o) => o.type !== 'ins').flatMap((o) => o.items)).toEqual(a);
    expect(ops.filter((o) => o.type !== 'del').flatMap((o) => o.items)).toEqual(b);
  });
});

describe('word and paragraph diffs', () => {
  it('marks changed words and keeps spacing', () => {
    const segments = diffWords('PUE was 1.6 at site B.', 'PUE was 1.16 at site B.');
    expect(segments).toEqual([
      { type: 'same', text: 'PUE was ' },
      { type: 'del', text: '1.6 ' },
      { type: 'ins', text: '1.16 ' },
      { type: 'same', text: 'at site B.' },
    ]);
  });

  it('treats a small edit as an edit and a rewrite as delete plus insert', () => {
    expect(similarity('one two three four', 'one two three five')).toBeCloseTo(0.75);
    const blocks = diffParagraphs(
      ['Keep this.', 'Grid factor is 400 g per kWh.', 'Old idea entirely.'],
      ['Keep this.', 'Grid factor is 350 g per kWh.', 'Something unrelated now.'],
    );
    expect(blocks.map((b) => b.type)).toEqual(['same', 'edit', 'del', 'ins']);
  });

  it('collapses unchanged runs into counts', () => {
    expect(
      collapseUnchanged([
        { type: 'same', text: 'a' },
        { type: 'same', text: 'b' },
        { type: 'ins', text: 'c' },
        { type: 'same', text: 'd' },
      ]),
    ).toEqual([
      { type: 'unchanged', count: 2 },
      { type: 'ins', text: 'c' },
      { type: 'unchanged', count: 1 },
    ]);
  });
});

describe('chapters', () => {
  const before = `---
title: T
---
import X from 'y';

Intro with <Term id="pue">PUE</Term> and a [link](../x/).

## Scope

First paragraph <Cite id="iea-2025" />.

Second paragraph stays.

## Removed section

Gone.
`;
  const after = `Intro with PUE and a link.

## Scope

First paragraph, now longer <Cite id="iea-2025" />.

Second paragraph stays.

## New section

- item one
- item two
`;

  it('reduces MDX to prose with markers', () => {
    expect(mdxToPlainText(before)).not.toMatch(/title:|import|<Term|\]\(/);
    expect(mdxToPlainText(before)).toContain('First paragraph (iea-2025).');
  });

  it('keeps a citation as its id in brackets, with its location, never as a link target', () => {
    expect(mdxToPlainText('As shown <Cite id="kaplan-2020" loc="p. 3" />.')).toBe('As shown (kaplan-2020, p. 3).');
    expect(mdxToPlainText('[Table 2](#t2)<Cite id="kaplan-2020" />')).toBe('Table 2(kaplan-2020)');
  });

  it('marks worked examples and calculators with one word each, which nameMarkers words for readers', () => {
    const text = mdxToPlainText(
      '<WorkedExample model="inference" example="gemini-median" />\n\n<Calculator name="boundary-explorer" example="gemini-median" />\n\n<Calculator name="counterfactual" />',
    );
    expect(text.split(/\s+/)).toEqual([
      '[example:inference/gemini-median]',
      '[calculator:boundary-explorer/gemini-median]',
      '[calculator:counterfactual]',
    ]);
    const names = {
      example: (model: string, id: string) => (id === 'gemini-median' ? `Gemini (${model})` : undefined),
      calculator: (name: string, example: string | undefined) => `${name} with ${example ?? 'its default'}`,
    };
    expect(nameMarkers(text, names).split('\n\n')).toEqual([
      '[worked example: Gemini (inference)]',
      '[calculator: boundary-explorer with gemini-median]',
      '[calculator: counterfactual with its default]',
    ]);
    expect(nameMarkers('[example:inference/unknown]', names)).toBe('[example:inference/unknown]');
  });

  it('splits into sections of paragraphs, list items separately', () => {
    const sections = splitSections(mdxToPlainText(after));
    expect(sections.map((s) => s.heading)).toEqual(['', 'Scope', 'New section']);
    expect(sections[2]!.paragraphs).toEqual(['• item one', '• item two']);
  });

  it('matches sections by heading and diffs within them', () => {
    const diff = diffChapters(before, after);
    expect(diff.map((s) => `${s.heading}:${s.status}`)).toEqual([':same', 'Scope:changed', 'Removed section:removed', 'New section:added']);
    const scope = diff[1]!;
    expect(scope.blocks[0]).toMatchObject({ type: 'edit' });
    expect(scope.blocks[1]).toEqual({ type: 'same', text: 'Second paragraph stays.' });
  });
});

describe('foldLongRuns', () => {
  it('keeps the first two paragraphs of a long run of insertions and deletions in view and folds the rest', () => {
    const run = ['a', 'b', 'c', 'd'].map((text, i) => ({ type: i % 2 ? ('del' as const) : ('ins' as const), text }));
    const edit = { type: 'edit' as const, segments: [{ type: 'same' as const, text: 'x' }] };
    expect(foldLongRuns([{ type: 'unchanged', count: 3 }, ...run, edit, run[0]!])).toEqual([
      { type: 'unchanged', count: 3 },
      run[0],
      run[1],
      { type: 'more', blocks: [run[2], run[3]] },
      edit,
      run[0],
    ]);
  });

  it('leaves short runs alone', () => {
    const short = [
      { type: 'ins' as const, text: 'a' },
      { type: 'ins' as const, text: 'b' },
    ];
    expect(foldLongRuns(short)).toEqual(short);
    expect(foldLongRuns([])).toEqual([]);
  });
});
