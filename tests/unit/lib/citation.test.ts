import { describe, expect, it, vi } from 'vitest';
import { bibtexCitation, citationKey, harvardCitation, risCitation, suggestedCitation } from '../../../src/lib/citation.ts';

const chapter = {
  version: '0.2',
  versionTitle: 'Consultation draft',
  released: '2026-11-20',
  chapterTitle: 'Working with partial data',
  chapterSlug: 'partial-data',
  url: 'https://example.org/0.2/partial-data/',
};

describe('citations', () => {
  it('gives a stable BibTeX key and entry for a chapter', () => {
    expect(citationKey(chapter)).toBe('dimpact-ai-2026-v0.2-partial-data');
    const bib = bibtexCitation(chapter);
    expect(bib).toMatch(/^@incollection\{dimpact-ai-2026-v0\.2-partial-data,/);
    expect(bib).toContain('author = {{DIMPACT AI Working Group}}');
    expect(bib).toContain('title = {Working with partial data}');
    expect(bib).toContain('edition = {Version 0.2 (Consultation draft)}');
    expect(bib).toContain('url = {https://example.org/0.2/partial-data/}');
    expect(bib.trim().endsWith('}')).toBe(true);
  });

  it('cites a whole version as a report', () => {
    const { chapterTitle: _t, chapterSlug: _s, ...version } = chapter;
    expect(bibtexCitation(version)).toMatch(/^@techreport\{dimpact-ai-2026-v0\.2,/);
    expect(risCitation(version).split('\n')[0]).toBe('TY  - RPRT');
  });

  it('gives a RIS record and a Harvard reference', () => {
    const ris = risCitation(chapter).split('\n');
    expect(ris[0]).toBe('TY  - CHAP');
    expect(ris).toContain('TI  - Working with partial data');
    expect(ris).toContain('DA  - 2026/11/20');
    expect(ris.at(-1)).toBe('ER  -');
    expect(harvardCitation(chapter)).toBe(
      'DIMPACT AI Working Group (2026) ‘Working with partial data’, in Energy use and greenhouse-gas emissions of generative AI in media and publishing: guidance. Version 0.2 (Consultation draft), released 20 November 2026. Available at: https://example.org/0.2/partial-data/',
    );
  });

  it('calls a draft opened, not released, in every format', () => {
    const draft = { ...chapter, version: '0.3', versionTitle: 'Draft', status: 'draft' as const, released: '2026-11-29' };
    for (const text of [suggestedCitation(draft), harvardCitation(draft)]) {
      expect(text).toContain('opened');
      expect(text).not.toContain('released');
    }
    expect(bibtexCitation(draft)).toContain('note = {Draft opened 2026-11-29; not released}');
    expect(risCitation(draft)).toContain('N1  - Draft opened 2026-11-29; not released');
    const current = { ...draft, status: 'current' as const };
    expect(suggestedCitation(current)).toContain('released 2026-11-29');
    expect(bibtexCitation(current)).not.toContain('note =');
    expect(risCitation(current)).not.toContain('N1');
  });
});

describe('the citation module when it loads', () => {
  it('makes no date formatter until a citation needs one (the first costs a hydrating page about 40 ms)', async () => {
    vi.resetModules();
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      const fresh = await import('../../../src/lib/citation.ts');
      expect(made).not.toHaveBeenCalled();
      expect(fresh.harvardCitation(chapter)).toContain('20 November 2026');
      expect(fresh.harvardCitation(chapter)).toContain('20 November 2026');
      expect(made).toHaveBeenCalledTimes(1);
    } finally {
      made.mockRestore();
    }
  });
});
