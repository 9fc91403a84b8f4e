import { describe, expect, it } from 'vitest';
import { rulebookSchema, type Rulebook } from '../../../src/lib/content-schema.ts';
import {
  compareProvisionNumbers,
  expandRequirementTags,
  legacyProvisions,
  parseRuleText,
  provisionMap,
  rulebookCounts,
  ruleTextPlain,
  ruleTextProblems,
} from '../../../src/lib/rulebook.ts';

const book: Rulebook = rulebookSchema.parse({
  replacesVersion: '0.2',
  retired: [{ id: '1.3', reason: 'Now part of the conventions text.' }],
  rules: [
    {
      id: 'BND-1',
      level: 'shall',
      chapter: 'boundaries',
      title: 'Minimum boundary',
      text: 'An inference figure shall cover the minimum boundary <Cite id="elsworth-2025" loc="Table 1" />.',
      audiences: ['practitioner'],
      replaces: ['2.3', '2.10'],
    },
    {
      id: 'RPT-1',
      level: 'shall',
      chapter: 'reporting',
      title: 'Location-based',
      text: 'Per-unit figures shall be location-based; see BND-1.',
      audiences: ['reporting-lead'],
      replaces: ['2.10'],
    },
    {
      id: 'BND-3',
      level: 'may',
      chapter: 'boundaries',
      title: 'Materiality',
      text: 'An element may be left out when small.',
      audiences: ['practitioner'],
    },
  ],
});

describe('provision text', () => {
  it('splits text into words, citations, terms, links and rule references', () => {
    const { segments, unsupported } = parseRuleText(
      'Count the <Term id="host">host</Term> <Cite id="gsf-sci-2024" /> as in [the chapter](../partial-data/) and RPT-1.',
    );
    expect(unsupported).toEqual([]);
    expect(segments).toEqual([
      { kind: 'text', value: 'Count the ' },
      { kind: 'term', id: 'host', text: 'host' },
      { kind: 'text', value: ' ' },
      { kind: 'cite', id: 'gsf-sci-2024' },
      { kind: 'text', value: ' as in ' },
      { kind: 'link', href: '../partial-data/', text: 'the chapter' },
      { kind: 'text', value: ' and ' },
      { kind: 'rule', id: 'RPT-1' },
      { kind: 'text', value: '.' },
    ]);
  });

  it('reports markup it cannot render rather than passing it through', () => {
    expect(parseRuleText('A <b>bold</b> claim with {braces} and `code`.').unsupported).toEqual(['<b>', '</b>', '{', '}', '`', '`']);
  });

  it('reads as plain words without citations', () => {
    expect(ruleTextPlain(book.rules[0]!.text)).toBe('An inference figure shall cover the minimum boundary.');
  });

  it('names what points nowhere', () => {
    const context = {
      sourceIds: new Set(['elsworth-2025']),
      termIds: new Set(['host']),
      ruleIds: new Set(['BND-1']),
      chapterSlugs: new Set(['partial-data']),
    };
    expect(
      ruleTextProblems('See <Cite id="elsworth-2025" />, <Term id="host">hosts</Term>, BND-1 and [data](../partial-data/).', context),
    ).toEqual([]);
    const problems = ruleTextProblems(
      'See <Cite id="x" />, <Term id="y">y</Term>, ABC-2, [a](../z/) and [b](https://example.org/).',
      context,
    );
    expect(problems).toHaveLength(5);
  });
});

describe('chapter bodies and the map between versions', () => {
  it('writes provisions into a body for diffs and citation lists, leaving other bodies alone', () => {
    const body = 'Intro.\n\n<Requirement id="BND-1" />\n\nSee <RuleRef id="RPT-1" />.';
    const expanded = expandRequirementTags(body, book);
    expect(expanded).toContain('<Requirement id="BND-1" level="shall">');
    expect(expanded).toContain('**BND-1: Minimum boundary.** An inference figure shall cover');
    expect(expanded).toContain('<Cite id="elsworth-2025" loc="Table 1" />');
    expect(expanded).toContain('See RPT-1.');
    expect(expandRequirementTags(body, undefined)).toBe(body);
  });

  it('finds the numbered provisions of a version written before the rulebook', () => {
    const old = legacyProvisions([
      { slug: 'introduction', body: '<Requirement id="1.3" level="should">\n\nText.\n\n</Requirement>' },
      {
        slug: 'boundaries',
        body: '<Requirement id="2.10" level="shall">\n\nA.\n\n</Requirement>\n<Requirement id="2.3" level="shall">\n\nB.\n\n</Requirement>',
      },
    ]);
    expect(old.map((p) => `${p.id}/${p.level}/${p.chapter}`)).toEqual([
      '1.3/should/introduction',
      '2.10/shall/boundaries',
      '2.3/shall/boundaries',
    ]);
    const map = provisionMap(old, book);
    expect(map.map((row) => row.old.id)).toEqual(['1.3', '2.3', '2.10']);
    expect(map[0]).toMatchObject({ rules: [], retiredReason: 'Now part of the conventions text.' });
    expect(map[1]!.rules.map((r) => r.id)).toEqual(['BND-1']);
    expect(map[2]!.rules.map((r) => r.id)).toEqual(['BND-1', 'RPT-1']);
  });

  it('sorts provision numbers numerically and counts rules by level', () => {
    expect(['2.10', '2.9', '10.1', '2.1'].sort(compareProvisionNumbers)).toEqual(['2.1', '2.9', '2.10', '10.1']);
    expect(rulebookCounts(book)).toEqual({ total: 3, shall: 2, should: 0, may: 1 });
  });

  it('refuses a number that is both retired and replaced', () => {
    const parsed = rulebookSchema.safeParse({ ...book, retired: [{ id: '2.3', reason: 'Dropped in this version.' }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['retired', 0, 'id'] });
  });
});
