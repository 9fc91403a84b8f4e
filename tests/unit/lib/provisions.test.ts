/** Provisions in one shape across versions, and what changed between two versions, by id. */
import { describe, expect, it } from 'vitest';
import { rulebookSchema } from '../../../src/lib/content-schema.ts';
import {
  inlineProvisionTexts,
  provisionChanges,
  successors,
  versionProvisions,
  type VersionProvisions,
} from '../../../src/lib/provisions.ts';

const inline = (id: string, level: string, text: string) => `<Requirement id="${id}" level="${level}">\n\n${text}\n\n</Requirement>`;
const v02 = versionProvisions({
  id: '0.2',
  chapters: [
    {
      slug: 'intro',
      body: `Intro.\n\n${inline('1.1', 'shall', 'Name the <Term id="guidance">guidance</Term> version <Cite id="x" />.')}\n\n${inline('1.3', 'should', 'Say so.')}`,
    },
    {
      slug: 'boundaries',
      body: `${inline('2.3', 'shall', 'Cover the **minimum** boundary, see [partial data](../partial-data/).')}\n\n${inline('2.4', 'should', 'Include embodied.')}`,
    },
  ],
});
const book = rulebookSchema.parse({
  replacesVersion: '0.2',
  retired: [{ id: '1.3', reason: 'Now explanatory text in the introduction.' }],
  rules: [
    {
      id: 'GEN-1',
      level: 'shall',
      chapter: 'intro',
      title: 'Naming the version',
      text: 'An estimate shall name the guidance version.',
      audiences: ['reporting-lead'],
      replaces: ['1.1'],
    },
    {
      id: 'BND-1',
      level: 'shall',
      chapter: 'boundaries',
      title: 'Minimum boundary',
      text: 'A figure shall cover the minimum boundary.',
      audiences: ['practitioner'],
      replaces: ['2.3', '2.4'],
    },
    {
      id: 'BND-4',
      level: 'should',
      chapter: 'boundaries',
      title: 'Storage',
      text: 'Storage should be included.',
      audiences: ['practitioner'],
    },
  ],
});
const v03 = versionProvisions({ id: '0.3', rulebook: book, chapters: [] });
const v04 = versionProvisions({
  id: '0.4',
  rulebook: rulebookSchema.parse({
    replacesVersion: '0.3',
    rules: [
      { ...book.rules[0], level: 'should', text: 'An estimate should name the guidance version.' },
      book.rules[1],
      {
        id: 'CON-1',
        level: 'shall',
        chapter: 'data',
        title: 'Contributions',
        text: 'Contributions shall hold no personal data.',
        audiences: ['working-group'],
      },
    ],
  }),
  chapters: [],
});
const versions: VersionProvisions[] = [
  { id: '0.1', provisions: [], retired: [] },
  { id: '0.2', provisions: v02, retired: [] },
  { id: '0.3', provisions: v03, replacesVersion: '0.2', retired: book.retired },
  { id: '0.4', provisions: v04, replacesVersion: '0.3', retired: [] },
];

describe('provisions of a version', () => {
  it('reads numbered provisions from the chapters, as plain words and without audiences', () => {
    expect(v02.map((p) => [p.id, p.anchor, p.level, p.chapter])).toEqual([
      ['1.1', 'req-1.1', 'shall', 'intro'],
      ['1.3', 'req-1.3', 'should', 'intro'],
      ['2.3', 'req-2.3', 'shall', 'boundaries'],
      ['2.4', 'req-2.4', 'should', 'boundaries'],
    ]);
    expect(v02[0]!.text).toBe('Name the guidance version.');
    expect(v02[2]!.text).toBe('Cover the minimum boundary, see partial data.');
    expect(v02[0]!.audiences).toBeUndefined();
    expect(inlineProvisionTexts('<Requirement id="9.9" level="may">\n\nA <RuleRef id="BND-1" /> link.\n\n</Requirement>').get('9.9')).toBe(
      'A BND-1 link.',
    );
  });

  it('reads a rulebook with ids as anchors, titles and audiences', () => {
    expect(v03[1]).toMatchObject({
      id: 'BND-1',
      anchor: 'BND-1',
      title: 'Minimum boundary',
      audiences: ['practitioner'],
      replaces: ['2.3', '2.4'],
    });
  });
});

describe('across versions', () => {
  it('follows numbers to ids and ids to ids through the versions in between', () => {
    const { map, retired } = successors(versions, '0.2', '0.4');
    expect(Object.fromEntries(map)).toEqual({ '1.1': ['GEN-1'], '1.3': [], '2.3': ['BND-1'], '2.4': ['BND-1'] });
    expect(retired.get('1.3')).toBe('Now explanatory text in the introduction.');
  });

  it('lists what was added, changed and removed, by id, in either direction', () => {
    const forward = provisionChanges(versions, '0.2', '0.3');
    expect(forward.added.map((p) => p.id)).toEqual(['BND-4']);
    expect(forward.removed).toEqual([
      { provision: expect.objectContaining({ id: '1.3' }), reason: 'Now explanatory text in the introduction.' },
    ]);
    expect(forward.changed.map((c) => [c.to.id, c.from.map((f) => f.id), c.what])).toEqual([
      ['GEN-1', ['1.1'], ['was 1.1', 'text changed']],
      ['BND-1', ['2.3', '2.4'], ['merges 2.3, 2.4']],
    ]);
    expect(forward.renumbered).toBe(true);

    const between = provisionChanges(versions, '0.3', '0.4');
    expect(between.added.map((p) => p.id)).toEqual(['CON-1']);
    expect(between.removed.map((r) => r.provision.id)).toEqual(['BND-4']);
    expect(between.changed.map((c) => [c.to.id, c.what])).toEqual([['GEN-1', ['level shall → should', 'text changed']]]);
    expect(between.unchanged.map((p) => p.id)).toEqual(['BND-1']);

    const back = provisionChanges(versions, '0.4', '0.3');
    expect(back.added.map((p) => p.id)).toEqual(['BND-4']);
    expect(back.removed.map((r) => r.provision.id)).toEqual(['CON-1']);
    expect(back.changed.map((c) => [c.to.id, c.what])).toEqual([['GEN-1', ['level should → shall', 'text changed']]]);

    const fromNothing = provisionChanges(versions, '0.1', '0.3');
    expect(fromNothing.added.map((p) => p.id)).toEqual(['GEN-1', 'BND-1', 'BND-4']);
    expect(fromNothing.renumbered).toBe(false);
  });
});
