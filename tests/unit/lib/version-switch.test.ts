import { describe, expect, it } from 'vitest';
import type { ChapterRef } from '../../../src/lib/navigation.ts';
import { prevNext } from '../../../src/lib/navigation.ts';
import { equivalentChapter, SWITCHER_VERSIONS, switcherVersions, switchHref } from '../../../src/lib/version-switch.ts';

const ref = (version: string, slug: string, chapterId: string, order: number, previousChapterIds: string[] = []): ChapterRef => ({
  version,
  slug,
  chapterId,
  order,
  title: slug,
  previousChapterIds,
});

// Modelled on the real 0.1 -> 0.2 history: a renamed chapter, a chapter taken over by another, one dropped.
const v01 = [
  ref('0.1', 'purpose-and-scope', 'introduction', 1),
  ref('0.1', 'principles', 'principles', 2),
  ref('0.1', 'questions', 'open-questions', 3),
  ref('0.1', 'history', 'history', 4),
];
const v02 = [
  ref('0.2', 'introduction', 'introduction', 1),
  ref('0.2', 'boundaries-and-functional-units', 'boundaries', 2, ['principles']),
  ref('0.2', 'open-questions', 'open-questions', 9),
];

describe('version switcher mapping', () => {
  it('keeps the reader on the same chapter under a new slug', () => {
    expect(switchHref({ kind: 'chapter', chapter: v01[0]! }, '0.2', v02)).toBe('/0.2/introduction/');
    expect(switchHref({ kind: 'chapter', chapter: v02[0]! }, '0.1', v01)).toBe('/0.1/purpose-and-scope/');
  });

  it('follows a chapter that another took over, in both directions', () => {
    expect(equivalentChapter(v01[1]!, v02)?.slug).toBe('boundaries-and-functional-units');
    expect(switchHref({ kind: 'chapter', chapter: v02[1]! }, '0.1', v01)).toBe('/0.1/principles/');
  });

  it('goes to the contents when the chapter has no equivalent', () => {
    expect(switchHref({ kind: 'chapter', chapter: v01[3]! }, '0.2', v02)).toBe('/0.2/');
  });

  it('maps generated pages only to versions that have them', () => {
    const page = { kind: 'generated' as const, slug: 'glossary', availableIn: ['0.2'] };
    expect(switchHref(page, '0.2', v02)).toBe('/0.2/glossary/');
    expect(switchHref(page, '0.1', v01)).toBe('/0.1/');
    expect(switchHref({ kind: 'contents' }, '0.1', v01)).toBe('/0.1/');
  });
});

describe('previous and next', () => {
  it('follows chapter order, not file order', () => {
    const shuffled = [v02[2]!, v02[0]!, v02[1]!];
    expect(prevNext(shuffled, 'boundaries-and-functional-units')).toEqual({ prev: v02[0], next: v02[2] });
    expect(prevNext(shuffled, 'introduction').prev).toBeUndefined();
    expect(prevNext(shuffled, 'open-questions').next).toBeUndefined();
    expect(prevNext(shuffled, 'missing')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('the versions the switcher lists', () => {
  // Newest first, as the manifest lists them: a draft, the current version and ten superseded ones.
  const versions = [
    { id: '12.0', status: 'draft' },
    { id: '11.0', status: 'current' },
    ...Array.from({ length: 10 }, (_, i) => ({ id: `${10 - i}.0`, status: 'superseded' })),
  ];
  const ids = (own: string, limit?: number) => switcherVersions(versions, own, limit).map((v) => v.id);

  it('lists every version while there are no more than the limit', () => {
    expect(switcherVersions(versions.slice(0, SWITCHER_VERSIONS), '9.0')).toEqual(versions.slice(0, SWITCHER_VERSIONS));
  });

  it("lists no more than the limit however many versions there are: the page's own, current, drafts, then the nearest", () => {
    expect(ids('5.0')).toEqual(['12.0', '11.0', '7.0', '6.0', '5.0', '4.0']);
    expect(ids('11.0')).toEqual(['12.0', '11.0', '10.0', '9.0', '8.0', '7.0']);
    expect(ids('1.0')).toEqual(['12.0', '11.0', '4.0', '3.0', '2.0', '1.0']);
    for (const v of versions) expect(ids(v.id)).toHaveLength(SWITCHER_VERSIONS);
  });

  it("always keeps the page's own version, the current one and the drafts, even past the limit", () => {
    expect(ids('1.0', 2)).toEqual(['12.0', '11.0', '1.0']);
    expect(ids('6.0', 0)).toEqual(['12.0', '11.0', '6.0']);
  });
});
