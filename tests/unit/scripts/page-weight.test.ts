import { describe, expect, it } from 'vitest';
import { BUDGETS, formatBytes } from '../../../src/lib/page-budgets.ts';
import {
  budgetBreaches,
  bytesOf,
  measurePage,
  pageType,
  searchPayloadModel,
  staticImports,
  summarise,
} from '../../../scripts/site-checks/page-weight.ts';
import { hardenPage } from '../../../src/integrations/csp.ts';

const files: Record<string, string> = {
  '/_astro/site.css': 'body{color:red}',
  '/_astro/Island.js': 'import{a}from"./client.js";import"./shared.js";const lazy=()=>import("./lazy.js");',
  '/_astro/client.js': 'export const a=1;',
  '/_astro/shared.js': 'export{}',
  '/_astro/lazy.js': 'x'.repeat(5000),
};
const read = (path: string) => (files[path] === undefined ? undefined : Buffer.from(files[path]!));

describe('pageType', () => {
  it('classes aliases, search, whole-version, calculator and text pages', () => {
    expect(pageType('/latest/', '<meta http-equiv="refresh" content="0; url=/0.2/">')).toBe('alias');
    expect(pageType('/search/', '<p>')).toBe('search');
    expect(pageType('/0.2/print/', '<p>')).toBe('whole-version');
    expect(pageType('/compare/0.1...0.2/', '<p>')).toBe('whole-version');
    expect(pageType('/compare/', '<p>')).toBe('tool');
    expect(pageType('/0.2/scope/', '<astro-island component-url="/_astro/Island.js">')).toBe('calculator');
    expect(pageType('/0.2/scope/', '<p>')).toBe('text');
  });
});

describe('measurePage', () => {
  it('counts linked CSS and the JavaScript an island loads statically, not its lazy chunks', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/site.css"><script>theme()</script><astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island>';
    const weight = measurePage('/0.2/scope/', html, read);
    expect(weight.type).toBe('calculator');
    expect(weight.cssFiles).toEqual(['/_astro/site.css']);
    expect(weight.jsFiles).toEqual(['/_astro/Island.js', '/_astro/client.js', '/_astro/shared.js']);
    expect(weight.css.raw).toBe(15);
    expect(weight.inlineJs.raw).toBe('theme()'.length);
  });

  it('reads the elements of the page as hardened from its markup before, and counts the hardened bytes', () => {
    const markup =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/site.css"></head><body><script>theme()</script><astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island><table></table></body></html>';
    const { html, markup: parsed } = hardenPage(markup);
    expect(parsed).toBe(markup);
    const fromMarkup = measurePage('/0.2/scope/', html, read, parsed);
    expect(fromMarkup).toEqual(measurePage('/0.2/scope/', html, read));
    expect(fromMarkup.html.raw).toBe(html.length);
    expect(fromMarkup.html.raw).toBeGreaterThan(markup.length);
  });

  it('follows the imports of an inline module script', () => {
    expect(measurePage('/search/', '<script type="module">import "/_astro/client.js"</script>', read).jsFiles).toEqual([
      '/_astro/client.js',
    ]);
  });
});

describe('staticImports', () => {
  it('finds minified static imports and re-exports but not dynamic import()', () => {
    expect(staticImports('import{a}from"./a.js";export*from"./b.js";import"./c.js";import("./d.js")')).toEqual([
      './a.js',
      './b.js',
      './c.js',
    ]);
  });
});

describe('budgets', () => {
  it('reports a text page over budget or loading a script file', () => {
    const heavy = {
      path: '/0.2/x/',
      type: 'text' as const,
      html: { raw: 0, gzip: BUDGETS.textPageHtmlCssGzip + 1 },
      css: { raw: 0, gzip: 0 },
      inlineJs: { raw: 0, gzip: 0 },
      js: { raw: 9, gzip: 9 },
      jsFiles: ['/a.js'],
      cssFiles: [],
    };
    expect(budgetBreaches([heavy])).toHaveLength(2);
    expect(summarise([heavy])[0]).toMatchObject({ type: 'text', pages: 1, jsMax: 9, heaviest: '/0.2/x/' });
  });
});

describe('searchPayloadModel', () => {
  it('counts the script, WebAssembly, the largest index chunk per word and the largest fragments, no worker', () => {
    const model = searchPayloadModel(
      [
        { path: '/pagefind/pagefind.js', size: 100, gzip: 40 },
        { path: '/pagefind/pagefind-worker.js', size: 90, gzip: 35 },
        { path: '/pagefind/wasm.en-gb.pagefind', size: 50 },
        { path: '/pagefind/wasm.unknown.pagefind', size: 50 },
        { path: '/pagefind/index/a.pf_index', size: 30 },
        { path: '/pagefind/index/b.pf_index', size: 20 },
        { path: '/pagefind/index/c.pf_index', size: 10 },
        { path: '/pagefind/fragment/a.pf_fragment', size: 5 },
        { path: '/pagefind/fragment/b.pf_fragment', size: 3 },
      ],
      { results: 1, words: 2 },
    );
    expect(model.bytes).toBe(40 + 50 + 30 + 20 + 5);
    // What a third word could add: the largest index chunk, so the figure is not read as every query's bound.
    expect(model.words).toBe(2);
    expect(model.perExtraWord).toBe(30);
  });

  it('grows by at most perExtraWord for each further word of the query', () => {
    const files = [
      { path: '/pagefind/pagefind.js', size: 100, gzip: 40 },
      { path: '/pagefind/index/a.pf_index', size: 30 },
      { path: '/pagefind/index/b.pf_index', size: 20 },
      { path: '/pagefind/index/c.pf_index', size: 10 },
    ];
    const two = searchPayloadModel(files, { results: 0, words: 2 });
    const three = searchPayloadModel(files, { results: 0, words: 3 });
    expect(three.bytes - two.bytes).toBe(10);
    expect(three.bytes - two.bytes).toBeLessThanOrEqual(two.perExtraWord);
  });
});

describe('bytesOf and formatBytes', () => {
  it('never reports a gzip size above the raw size', () => {
    expect(bytesOf('a')).toEqual({ raw: 1, gzip: 1 });
    expect(bytesOf('a'.repeat(1000)).gzip).toBeLessThan(100);
  });
  it('formats decimal kilobytes', () => {
    expect([formatBytes(999), formatBytes(12_345), formatBytes(2_500_000)]).toEqual(['999 B', '12.3 kB', '2.50 MB']);
  });
});
