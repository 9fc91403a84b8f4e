import { describe, expect, it } from 'vitest';
import { unusedSearchFiles } from '../../../scripts/site-checks/search-bundle.ts';

describe("the search bundle's unused files", () => {
  it("are Pagefind's interfaces and highlighter, never its engine, index or WebAssembly", () => {
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
    expect(unusedSearchFiles(bundle)).toEqual([
      'pagefind-component-ui.css',
      'pagefind-component-ui.js',
      'pagefind-highlight.js',
      'pagefind-modular-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-ui.css',
      'pagefind-ui.js',
    ]);
  });

  it('keeps a file it does not know (a later Pagefind may need it)', () => {
    expect(unusedSearchFiles(['pagefind-new-chunk.js', 'pagefind-ui-extra.js', 'pagefind-ui.json'])).toEqual([]);
  });
});
