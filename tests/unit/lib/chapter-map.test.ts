import { describe, expect, it } from 'vitest';
import { equivalentAcross, mapChapters } from '../../../src/lib/chapter-map.ts';
import type { ChapterRef } from '../../../src/lib/navigation.ts';
import { switchHrefAcross, versionChain } from '../../../src/lib/version-switch.ts';

const ref = (
  version: string,
  slug: string,
  chapterId: string,
  order: number,
  previousChapterIds: string[] = [],
  title = slug,
): ChapterRef => ({ version, slug, chapterId, order, title, previousChapterIds });

// 0.1 -> 0.2: "scope" renamed (same id, new slug); "principles" taken over by "boundaries"; "history" dropped.
// 0.2 -> 0.3: "boundaries" split into "boundaries" and "functional-units"; "data" and "quality" merged.
const v01 = [ref('0.1', 'purpose', 'introduction', 1), ref('0.1', 'principles', 'principles', 2), ref('0.1', 'history', 'history', 3)];
const v02 = [
  ref('0.2', 'introduction', 'introduction', 1),
  ref('0.2', 'boundaries', 'boundaries', 2, ['principles']),
  ref('0.2', 'data', 'data', 3),
  ref('0.2', 'quality', 'quality', 4),
];
const v03 = [
  ref('0.3', 'introduction', 'introduction', 1),
  ref('0.3', 'boundaries', 'boundaries', 2),
  ref('0.3', 'functional-units', 'functional-units', 3, ['boundaries']),
  ref('0.3', 'data-and-quality', 'data-quality', 4, ['data', 'quality']),
  ref('0.3', 'new-topic', 'new-topic', 5),
];

describe('mapChapters', () => {
  it('classifies renames, take-overs, additions and removals between neighbours', () => {
    const kinds = mapChapters([v01, v02]).map((r) => r.kind);
    expect(kinds).toEqual(['renamed', 'renamed', 'added', 'added', 'removed']);
  });

  it('recognises splits and merges', () => {
    const relations = mapChapters([v02, v03]);
    expect(relations.find((r) => r.kind === 'split')).toMatchObject({
      from: { slug: 'boundaries' },
      to: [{ slug: 'boundaries' }, { slug: 'functional-units' }],
    });
    expect(relations.find((r) => r.kind === 'merged')).toMatchObject({
      from: [{ slug: 'data' }, { slug: 'quality' }],
      to: { slug: 'data-and-quality' },
    });
    expect(relations.find((r) => r.kind === 'same')).toMatchObject({ from: { slug: 'introduction' } });
    expect(relations.filter((r) => r.kind === 'added').map((r) => (r.kind === 'added' ? r.to.slug : ''))).toEqual(['new-topic']);
  });

  it('follows a chapter across several versions', () => {
    expect(equivalentAcross({ chapterId: 'principles' }, [v01, v02, v03])?.slug).toBe('boundaries');
    expect(equivalentAcross({ chapterId: 'functional-units' }, [v03, v02, v01])?.slug).toBe('principles');
    expect(equivalentAcross({ chapterId: 'history' }, [v01, v02, v03])).toBeUndefined();
  });
});

describe('switchHrefAcross', () => {
  const versions = [
    { id: '0.1', refs: v01 },
    { id: '0.2', refs: v02 },
    { id: '0.3', refs: v03 },
  ];
  it('orders the chain in the direction of travel', () => {
    expect(versionChain(versions, '0.3', '0.1').map((v) => v.id)).toEqual(['0.3', '0.2', '0.1']);
    expect(versionChain(versions, '0.1', '0.2').map((v) => v.id)).toEqual(['0.1', '0.2']);
  });

  it('lands on the same topic, or on the contents, never on a missing page', () => {
    const chapter = (c: ChapterRef) => ({ kind: 'chapter' as const, chapter: c });
    expect(switchHrefAcross(chapter(v01[1]!), '0.1', '0.3', versions)).toBe('/0.3/boundaries/');
    expect(switchHrefAcross(chapter(v03[3]!), '0.3', '0.2', versions)).toBe('/0.2/data/');
    expect(switchHrefAcross(chapter(v01[2]!), '0.1', '0.3', versions)).toBe('/0.3/');
    expect(switchHrefAcross(chapter(v03[4]!), '0.3', '0.1', versions)).toBe('/0.1/');
    expect(switchHrefAcross({ kind: 'generated', slug: 'changes', availableIn: ['0.1', '0.2', '0.3'] }, '0.1', '0.3', versions)).toBe(
      '/0.3/changes/',
    );
    const everyHref = versions.flatMap((from) =>
      from.refs.flatMap((c) => versions.map((to) => switchHrefAcross(chapter(c), from.id, to.id, versions))),
    );
    const pages = new Set(versions.flatMap((v) => [`/${v.id}/`, ...v.refs.map((c) => `/${v.id}/${c.slug}/`)]));
    expect(everyHref.filter((href) => !pages.has(href))).toEqual([]);
  });
});
