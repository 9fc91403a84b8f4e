/**
 * The provisions part of a comparison in words and links, which the built compare pages and the
 * comparisons made in the browser both render (src/lib/provision-changes-view.ts).
 */
import { describe, expect, it } from 'vitest';
import { provisionChangesView } from '../../../src/lib/provision-changes-view.ts';
import type { Provision, VersionProvisions } from '../../../src/lib/provisions.ts';

const numbered = (id: string, chapter: string, text: string): Provision => ({
  id,
  anchor: `req-${id}`,
  level: 'shall',
  chapter,
  text,
  replaces: [],
});
const rule = (id: string, chapter: string, text: string, replaces: string[] = [], title = `Title of ${id}`): Provision => ({
  id,
  anchor: id,
  level: 'shall',
  chapter,
  title,
  text,
  audiences: ['practitioner'],
  replaces,
});

const versions: VersionProvisions[] = [
  { id: '0.1', provisions: [], retired: [] },
  {
    id: '0.2',
    provisions: [
      numbered('1.1', 'intro', 'Name the version.'),
      numbered('1.2', 'intro', 'Say so.'),
      numbered('2.1', 'boundaries', 'Cover it.'),
    ],
    retired: [],
  },
  {
    id: '0.3',
    replacesVersion: '0.2',
    retired: [{ id: '1.2', reason: 'Now explanatory text.' }],
    provisions: [rule('GEN-1', 'intro', 'Name the version.', ['1.1']), rule('BND-1', 'boundaries', 'Cover it.', ['2.1'])],
  },
  {
    id: '0.4',
    replacesVersion: '0.3',
    retired: [],
    provisions: [rule('GEN-1', 'intro', 'Name the version and the set.', ['1.1']), rule('CON-1', 'data', 'No personal data.')],
  },
];
const comparisonHref = (from: string, to: string) => `/compare/${from}...${to}/`;

describe('the provisions of a comparison', () => {
  it('follows provisions through the versions in between, with links into each side and the reasons for removals', () => {
    const view = provisionChangesView(versions, '0.2', '0.4', { comparisonHref, mapHere: false });
    expect(view.heading).toBe('Provisions from 0.2 to 0.4');
    expect(view.summary).toBe(
      'Version 0.2 has 3 provisions, version 0.4 has 2. By id, 1 was added, 1 changed, 2 removed and 0 are unchanged. ' +
        'The two versions number their provisions differently, so every provision carried on is listed as changed with the ids it replaces.',
    );
    expect(view.added).toEqual([{ href: '/0.4/data/#CON-1', text: 'CON-1 Title of CON-1', level: 'shall' }]);
    expect(view.changed).toEqual([
      {
        href: '/0.4/intro/#GEN-1',
        text: 'GEN-1 Title of GEN-1',
        what: 'was 1.1; text changed',
        from: [{ href: '/0.2/intro/#req-1.1', text: '1.1' }],
      },
    ]);
    expect(view.removed).toEqual([
      { href: '/0.2/intro/#req-1.2', text: '1.2', reason: 'Now explanatory text.' },
      { href: '/0.2/boundaries/#req-2.1', text: '2.1' },
    ]);
    expect(view.explorers?.links.map((l) => l.href)).toEqual(['/0.2/requirements/', '/0.4/requirements/']);
  });

  it('counts in the singular, and names no predecessors for a provision that kept its id', () => {
    const view = provisionChangesView(versions, '0.3', '0.4', { comparisonHref, mapHere: false });
    expect(view.summary).toBe(
      'Version 0.3 has 2 provisions, version 0.4 has 2. By id, 1 was added, 1 changed, 1 removed and 0 are unchanged.',
    );
    expect(view.changed[0]).toMatchObject({ what: 'text changed', from: [] });
    const back = provisionChangesView(versions.slice(0, 3), '0.3', '0.2', { comparisonHref, mapHere: true });
    expect(back.summary).toMatch(
      /^Version 0\.3 has 2 provisions, version 0\.2 has 3\. By id, 1 was added, 2 changed, 0 removed and 0 are unchanged\./,
    );
    expect(back.mapElsewhere).toBeUndefined();
  });

  it('points to the comparison that maps numbers to ids when this one does not', () => {
    const view = provisionChangesView(versions, '0.1', '0.3', { comparisonHref, mapHere: false });
    expect(view.summary).toBe(
      'Version 0.1 has 0 provisions, version 0.3 has 2. By id, 2 were added, 0 changed, 0 removed and 0 are unchanged.',
    );
    expect(view.explorers).toEqual({
      intro: 'Every provision of a version, with filters: ',
      links: [{ href: '/0.3/requirements/', text: 'requirements of version 0.3' }],
    });
    expect(view.mapElsewhere).toEqual({
      text: 'Version 0.3 gives every provision a stable id. The map from the provision numbers of version 0.2 to those ids is on the ',
      link: { href: '/compare/0.2...0.3/', text: 'comparison of 0.2 with 0.3' },
    });
  });

  it('says so when neither version states provisions, and lists nothing', () => {
    const view = provisionChangesView([...versions, { id: '0.0', provisions: [], retired: [] }], '0.0', '0.1', {
      comparisonHref,
      mapHere: false,
    });
    expect(view).toMatchObject({ none: true, summary: 'Neither version states numbered provisions.', added: [], changed: [], removed: [] });
    expect(view.explorers).toBeUndefined();
  });
});
