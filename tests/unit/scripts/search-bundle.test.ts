import { describe, expect, it } from 'vitest';
import { unusedSearchFiles } from '../../../scripts/site-checks/search-bundle.ts';

/** pagefind-entry.json of an index of British English pages, as Pagefind 1.6 writes it (shortened). */
const englishOnly = { languages: { 'en-gb': { hash: 'en-gb_8b332c62bbb99', wasm: 'en-gb', page_count: 44 } } };

describe("the search bundle's unused files", () => {
  it("are Pagefind's interfaces, its highlighter and the fallback WebAssembly no language needs, never its engine or index", () => {
    // The top level of Pagefind 1.6's bundle, as it writes it.
    const bundle = [
      'filter',
      'fragment',
      'index',
      'pagefind-component-ui.css',
      'pagefind-component-ui.js',
      'pagefind-entry.json',
      'pagefind-highlight.js',
      'pagefind-modular-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-ui.css',
      'pagefind-ui.js',
      'pagefind-worker.js',
      'pagefind.en-gb_8b332c62bbb99.pf_meta',
      'pagefind.js',
      'wasm.en-gb.pagefind',
      'wasm.unknown.pagefind',
    ];
    expect(unusedSearchFiles(bundle, englishOnly)).toEqual([
      'pagefind-component-ui.css',
      'pagefind-component-ui.js',
      'pagefind-highlight.js',
      'pagefind-modular-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-ui.css',
      'pagefind-ui.js',
      'wasm.unknown.pagefind',
    ]);
  });

  it('keeps the fallback WebAssembly when a language has none of its own, and every language’s own', () => {
    const withoutStemmer = { languages: { 'en-gb': { wasm: 'en-gb' }, cy: { wasm: null } } };
    const wasm = ['wasm.en-gb.pagefind', 'wasm.unknown.pagefind', 'wasm.cy.pagefind'];
    expect(unusedSearchFiles(wasm, withoutStemmer)).toEqual(['wasm.cy.pagefind']);
    expect(unusedSearchFiles(['wasm.en-gb.pagefind'], englishOnly)).toEqual([]);
  });

  it('keeps a file it does not know (a later Pagefind may need it)', () => {
    expect(unusedSearchFiles(['pagefind-new-chunk.js', 'pagefind-ui-extra.js', 'pagefind-ui.json'], englishOnly)).toEqual([]);
  });
});
