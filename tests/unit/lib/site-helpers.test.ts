import { describe, expect, it } from 'vitest';
import { absoluteUrl, suggestedCitation } from '../../../src/lib/citation.ts';
import { versionFromPath } from '../../../src/lib/page-context.ts';
import { chapterHref, searchHref, versionHref } from '../../../src/lib/paths.ts';
import { pageTypeOf, searchSteps, topSections, versionSearchOrder } from '../../../src/lib/search-ranking.ts';
import { citationYear, citedIds, shortCitation } from '../../../src/lib/references.ts';
import { versionDateLabel, versionDateVerb } from '../../../src/lib/version-date.ts';

describe('paths', () => {
  it('builds versioned addresses with trailing slashes', () => {
    expect(versionHref('0.1')).toBe('/0.1/');
    expect(chapterHref('0.2', 'partial-data')).toBe('/0.2/partial-data/');
    expect(searchHref('0.2')).toBe('/search/?version=0.2');
  });

  it('reads the version from a page address, mapping /latest/ to the current one', () => {
    expect(versionFromPath('/0.1/principles/', '0.2')).toBe('0.1');
    expect(versionFromPath('/latest/glossary/', '0.2')).toBe('0.2');
    expect(versionFromPath('/versions/', '0.2')).toBeUndefined();
    expect(versionFromPath('/', '0.2')).toBeUndefined();
  });
});

describe('citation', () => {
  it('suggests a citation naming the version, its status title, date and address', () => {
    const text = suggestedCitation({
      version: '0.1',
      versionTitle: 'Scoping note',
      released: '2025-10-21',
      chapterTitle: 'Principles',
      url: 'https://example.org/0.1/principles/',
    });
    expect(text).toBe(
      'DIMPACT AI Working Group (2025). "Principles". In: Energy use and greenhouse-gas emissions of generative AI in media and publishing: guidance, version 0.1 (Scoping note), released 2025-10-21. https://example.org/0.1/principles/',
    );
  });

  it('makes absolute addresses only when the site address is known', () => {
    expect(absoluteUrl('/0.2/', 'https://example.org')).toBe('https://example.org/0.2/');
    expect(absoluteUrl('/0.2/', undefined)).toBe('/0.2/');
  });
});

describe('references', () => {
  const source = { id: 'x', title: 't', year: 2024, venue: 'v', note: 'n' };
  it('shortens author lists the usual way', () => {
    expect(shortCitation({ ...source, authors: 'Rincé, S. & Banse, A.' })).toBe('Rincé & Banse, 2024');
    expect(shortCitation({ ...source, authors: 'Elsworth, C. et al.' })).toBe('Elsworth et al., 2024');
    expect(shortCitation({ ...source, authors: 'Luccioni, A. S.; Viguier, S.; Ligozat, A.-L.' })).toBe('Luccioni et al., 2024');
    expect(shortCitation({ ...source, authors: 'Epoch AI' })).toBe('Epoch AI, 2024');
    expect(shortCitation({ ...source, authors: 'Luccioni, A. S., Viguier, S. & Ligozat, A.-L.' })).toBe('Luccioni et al., 2024');
    expect(shortCitation({ ...source, authors: 'Tomlinson, B., Black, R. W., Patterson, D. J. & Torrance, A. W.' })).toBe(
      'Tomlinson et al., 2024',
    );
    expect(shortCitation({ ...source, authors: 'You, J. (Epoch AI)' })).toBe('You, 2024');
    expect(shortCitation({ ...source, authors: 'World Resources Institute & World Business Council for Sustainable Development' })).toBe(
      'World Resources Institute & World Business Council for Sustainable Development, 2024',
    );
  });

  it('tells apart two sources with the same authors and year, in registry order', () => {
    const a = { ...source, id: 'a', authors: 'Meta' };
    const b = { ...source, id: 'b', authors: 'Meta' };
    const other = { ...source, id: 'c', authors: 'Meta', year: 2023 };
    expect([a, b, other].map((s) => shortCitation(s, [a, b, other]))).toEqual(['Meta, 2024a', 'Meta, 2024b', 'Meta, 2023']);
    expect(citationYear(b, [a, b])).toBe('2024b');
  });

  it('finds every cited id once, in order', () => {
    expect(citedIds('a <Cite id="b" /> c <Cite id="a" loc="p. 2" /> <Cite id="b"/>')).toEqual(['b', 'a']);
  });
});

describe('search ranking', () => {
  const versions = [
    { id: '0.3', status: 'draft' },
    { id: '0.2', status: 'current' },
    { id: '0.1', status: 'superseded' },
    { id: '0.0', status: 'withdrawn' },
  ];

  it('searches the current version first, then the draft, then superseded and withdrawn ones', () => {
    expect(versionSearchOrder(versions)).toEqual(['0.2', '0.3', '0.1', '0.0']);
  });

  it('searches only the version asked for, and nothing for an unknown one', () => {
    expect(versionSearchOrder(versions, '0.1')).toEqual(['0.1']);
    expect(versionSearchOrder(versions, '9.9')).toEqual([]);
  });

  it('lists a version’s changes page after its chapters and reference pages, one version after another', () => {
    expect(searchSteps(versions.slice(0, 2))).toEqual([
      { version: '0.2', type: { none: ['changes'] } },
      { version: '0.2', type: { any: ['changes'] } },
      { version: '0.3', type: { none: ['changes'] } },
      { version: '0.3', type: { any: ['changes'] } },
    ]);
    expect(searchSteps(versions, '0.1').map((step) => step.version)).toEqual(['0.1', '0.1']);
  });

  it('tells the index each page’s type, so the changes page can follow the chapters', () => {
    expect(pageTypeOf({ kind: 'chapter' })).toBe('chapter');
    expect(pageTypeOf({ kind: 'contents' })).toBe('contents');
    expect(pageTypeOf({ kind: 'generated', slug: 'changes' })).toBe('changes');
    expect(pageTypeOf({ kind: 'generated', slug: 'calculator' })).toBe('tool');
    expect(pageTypeOf({ kind: 'generated', slug: 'glossary' })).toBe('reference');
  });

  it('shows the sections with the most matches, in page order', () => {
    const sections = [
      { t: 'intro', locations: [1] },
      { t: 'scope', locations: [5, 6, 7] },
      { t: 'method' },
      { t: 'data', locations: [20, 21] },
      { t: 'notes', locations: [30, 31] },
    ];
    expect(topSections(sections).map((s) => s.t)).toEqual(['scope', 'data', 'notes']);
    expect(topSections(sections.slice(0, 2)).map((s) => s.t)).toEqual(['intro', 'scope']);
  });
});

describe('version dates', () => {
  it('call a draft’s date the day it was opened, and every other status’s its release', () => {
    expect(versionDateLabel('draft')).toBe('Draft opened');
    expect(versionDateVerb('draft')).toBe('opened');
    for (const status of ['current', 'superseded', 'withdrawn'] as const) {
      expect(versionDateLabel(status)).toBe('Released');
      expect(versionDateVerb(status)).toBe('released');
    }
  });
});
