import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTags } from '../../../scripts/site-checks/html-scan.ts';
import { isSearchable, searchIndexer } from '../../../scripts/site-checks/search-index.ts';

const page = (body: string) => `<!doctype html><html lang="en-gb"><head><title>t</title></head><body>${body}</body></html>`;

const tagsOf = (body: string) => startTags(page(body));

describe('which pages the search indexes', () => {
  it('is the pages that mark an element with data-pagefind-body, however the attribute is written', () => {
    expect(isSearchable(tagsOf('<main id="m" data-pagefind-body>Scope</main>'))).toBe(true);
    expect(isSearchable(tagsOf('<main data-pagefind-body="">Scope</main>'))).toBe(true);
    expect(isSearchable(tagsOf('<main\n  class="c"\n  data-pagefind-body\n>Scope</main>'))).toBe(true);
  });

  it('is not a page that only names the attribute in its text or in another attribute', () => {
    expect(isSearchable(tagsOf('<main><p>Pages carry data-pagefind-body on their main element.</p></main>'))).toBe(false);
    expect(isSearchable(tagsOf('<main data-pagefind-body-like="x">Scope</main>'))).toBe(false);
    expect(isSearchable(tagsOf('<main>Scope</main>'))).toBe(false);
  });
});

describe('the search indexer (Pagefind run as a service)', () => {
  let out: string | undefined;
  afterEach(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('writes an index of the pages handed over, with one fragment each', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-index-'));
    const search = await searchIndexer();
    search.add('/0.3/scope/index.html', page('<main data-pagefind-body><h1>Scope</h1><p>Grid intensity and boundaries.</p></main>'));
    search.add('/0.3/training/index.html', page('<main data-pagefind-body><h1>Training</h1><p>Amortised over inferences.</p></main>'));
    await expect(search.write(out)).resolves.toBe(2);
    const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([2]);
    expect(readdirSync(join(out, 'fragment'))).toHaveLength(2);
  }, 30_000);
});
