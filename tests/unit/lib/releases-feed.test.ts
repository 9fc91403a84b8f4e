import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../../src/lib/content-schema.ts';
import { feedEntries, releasesFeed } from '../../../src/lib/releases-feed.ts';

const summary = 'A summary long enough to satisfy the schema for version entries in the manifest.';
const { versions } = manifestSchema.parse({
  versions: [
    {
      id: '0.1',
      title: 'First',
      status: 'withdrawn',
      released: '2025-10-21',
      summary,
      coefficientSet: 'cs-2025-10',
      withdrawnReason: 'Wrong grid factor & more.',
      withdrawnDate: '2026-12-01',
    },
    {
      id: '0.2',
      title: 'Second',
      status: 'current',
      released: '2026-11-20',
      summary,
      coefficientSet: 'cs-2026-11',
      releaseNotes: ['Adds <partial data>.'],
      errata: [{ date: '2027-01-15', chapter: 'partial-data', what: 'Fixed a figure in Table 2.', why: 'A reader spotted it.' }],
    },
    { id: '0.3', title: 'Draft', status: 'draft', released: '2027-02-01', summary, coefficientSet: 'cs-2026-11' },
  ],
});

describe('releases feed', () => {
  it('has one entry per release, erratum and withdrawal, newest first, and no drafts', () => {
    expect(feedEntries(versions).map((e) => e.title)).toEqual([
      'Erratum to version 0.2: partial-data',
      'Version 0.1 withdrawn',
      'Version 0.2 released: Second',
      'Version 0.1 released: First',
    ]);
  });

  it('names the entries an erratum of references corrected and links to the references page', () => {
    const [second] = manifestSchema.parse({
      versions: [
        {
          ...versions[1],
          errata: [
            { date: '2027-01-20', sources: ['ember-2024', 'llopis-2026'], what: 'Cited Ember directly.', why: 'Statista republishes it.' },
          ],
        },
      ],
    }).versions;
    const [erratum] = feedEntries([second!]).filter((e) => e.title.startsWith('Erratum'));
    expect(erratum).toMatchObject({
      title: 'Erratum to version 0.2: references (ember-2024, llopis-2026)',
      href: '/0.2/references/',
      summary: 'Cited Ember directly. Why: Statista republishes it.',
    });
  });

  it('is well-formed Atom with escaped text and absolute links when the site is known', () => {
    const xml = releasesFeed(versions, 'https://guidance.example.org');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://guidance.example.org/releases.xml"/>');
    expect(xml).toContain('Adds &lt;partial data&gt;.');
    expect(xml).toContain('Wrong grid factor &amp; more.');
    expect(xml).toContain('<updated>2027-01-15T00:00:00Z</updated>');
    expect(xml).toContain('<id>tag:dimpact-ai-guidance,2026:release/0.2</id>');
    expect(xml).not.toContain('0.3');
  });
});
