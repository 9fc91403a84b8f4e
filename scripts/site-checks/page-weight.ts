/**
 * Page weight of the built site, measured from the files in dist/: what each kind of page makes a reader
 * download, raw and gzip-compressed (as a static host sends it). Used by the budget test
 * (tests/e2e/page-weight.e2e.ts), and by footprint.ts, which publishes the figures on /footprint/. The
 * budgets themselves are in src/lib/page-budgets.ts, because the footprint page quotes them too.
 */
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../../src/lib/page-budgets.ts';
import { RESULTS_PER_PAGE } from '../../src/lib/search-ranking.ts';
import { isInlineCode, rawTextElements, startTags } from './html-scan.ts';

export type PageType = 'text' | 'whole-version' | 'search' | 'calculator' | 'tool' | 'alias';

/**
 * How a page is classed: an alias redirects; the search page loads Pagefind; a whole-version page holds a
 * version (or the changes between two) in one page: print, changes and compare pages; a tool page is a
 * version's requirements explorer or contribution checker; a calculator page has islands; every other page
 * is a text page.
 */
export function pageType(path: string, html: string): PageType {
  const tags = startTags(html);
  if (tags.some((t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'refresh')) return 'alias';
  if (path === '/search/') return 'search';
  // /compare/ itself is a form that compares two versions in the browser: a tool; its built comparisons are whole versions.
  if (/^\/\d+\.\d+\/(?:requirements|contribute)\/$/.test(path) || path === '/compare/') return 'tool';
  if (/\/(?:print|changes)\/$/.test(path) || path.startsWith('/compare/')) return 'whole-version';
  if (tags.some((t) => t.name === 'astro-island')) return 'calculator';
  return 'text';
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export const sumBytes = (items: Bytes[]): Bytes =>
  items.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** Sizes already measured, by the bytes' identity: a shared stylesheet or script is compressed once, not once per page. */
const measured = new WeakMap<Uint8Array, Bytes>();

/**
 * Raw and gzip size of a file's bytes. Pagefind's own files are already compressed, so gzip adds nothing.
 * Remembered for the same bytes object, so a caller whose `read` returns one object per file (footprint.ts)
 * compresses each shared asset once.
 */
export function bytesOf(content: Uint8Array | string): Bytes {
  const known = typeof content === 'string' ? undefined : measured.get(content);
  if (known) return known;
  const buffer = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  const bytes = { raw: buffer.length, gzip: Math.min(buffer.length, gzipSync(buffer, { level: 9 }).length) };
  if (typeof content !== 'string') measured.set(content, bytes);
  return bytes;
}

export interface PageWeight {
  path: string;
  type: PageType;
  html: Bytes;
  css: Bytes;
  /** Scripts inline in the HTML (counted inside `html` too). */
  inlineJs: Bytes;
  /** JavaScript files the page loads before any interaction (entry scripts, islands and their imports). */
  js: Bytes;
  jsFiles: string[];
  cssFiles: string[];
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.m?js)["']/g;

/** Module specifiers a script imports statically (dynamic import() is left out: it loads on demand). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

const resolvePath = (specifier: string, from: string) => new URL(specifier, `https://site.invalid${from}`).pathname;

/**
 * Measures one page. `read` returns a built file's bytes by site path ('/_astro/x.js'), or undefined.
 * `markup`, when given, is the page as it was just parsed, before edits that add or remove no element the
 * measure reads (the hardening step's: a CSP meta element, attributes); its elements are read instead of
 * parsing `html` again. The bytes counted are always `html`'s.
 */
export function measurePage(path: string, html: string, read: (sitePath: string) => Uint8Array | undefined, markup = html): PageWeight {
  const tags = startTags(markup);
  const cssFiles = tags
    .filter((t) => t.name === 'link' && (t.attrs.rel ?? '').split(/\s+/).includes('stylesheet') && t.attrs.href)
    .map((t) => resolvePath(t.attrs.href!, path));
  const entries: string[] = [];
  const inline = rawTextElements(markup)
    .filter((e) => e.name === 'script' && isInlineCode(e))
    .map((e) => e.content);
  for (const content of inline) {
    for (const specifier of staticImports(content)) entries.push(resolvePath(specifier, path));
  }
  for (const t of tags) {
    if (t.name === 'script' && t.attrs.src) entries.push(resolvePath(t.attrs.src, path));
    if (t.name === 'link' && (t.attrs.rel ?? '').split(/\s+/).includes('modulepreload') && t.attrs.href)
      entries.push(resolvePath(t.attrs.href, path));
    if (t.name === 'astro-island') {
      for (const attribute of ['component-url', 'renderer-url', 'before-hydration-url']) {
        if (t.attrs[attribute]) entries.push(resolvePath(t.attrs[attribute]!, path));
      }
    }
  }
  const jsFiles = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    if (jsFiles.has(file)) continue;
    const content = read(file);
    if (!content) continue;
    jsFiles.add(file);
    for (const specifier of staticImports(Buffer.from(content).toString('utf8'))) queue.push(resolvePath(specifier, file));
  }
  const fileBytes = (files: Iterable<string>) =>
    sumBytes(
      [...files]
        .map((f) => read(f))
        .filter((c): c is Uint8Array => !!c)
        .map(bytesOf),
    );
  return {
    path,
    type: pageType(path, markup),
    html: bytesOf(html),
    css: fileBytes(cssFiles),
    inlineJs: sumBytes(inline.map(bytesOf)),
    js: fileBytes(jsFiles),
    jsFiles: [...jsFiles].sort(),
    cssFiles: [...new Set(cssFiles)].sort(),
  };
}

/** Words of the query the search model (searchPayloadModel) is an upper bound for, as the budget test's query has. */
export const MODELLED_QUERY_WORDS = 2;

/**
 * What a reader's first search downloads, modelled from Pagefind's files as an upper bound for a query of
 * `words` words: its script, entry, language metadata and WebAssembly (no worker: the search page runs
 * Pagefind on the main thread), the largest index chunk for each word, every filter chunk and the `results`
 * largest result fragments (the search page fetches the first RESULTS_PER_PAGE results' texts, more only
 * when asked). Sizes are as sent: `gzip` where a host would compress the file (scripts, JSON), else `size`
 * (Pagefind's index files are compressed already). The browser test checks that a real query transfers
 * less. A longer query can fetch an index chunk per further word: `perExtraWord`, the largest chunk, says
 * how much each can add, so that the figure is not read as a bound for every query.
 */
export function searchPayloadModel(
  files: { path: string; size: number; gzip?: number }[],
  { results = RESULTS_PER_PAGE, words = MODELLED_QUERY_WORDS }: { results?: number; words?: number } = {},
): { bytes: number; files: string[]; words: number; perExtraWord: number } {
  const pagefind = files.filter((f) => f.path.startsWith('/pagefind/'));
  const pick = (test: (p: string) => boolean) => pagefind.filter((f) => test(f.path));
  const largest = (list: typeof pagefind, n: number) => [...list].sort((a, b) => b.size - a.size).slice(0, n);
  const indexChunks = pick((p) => p.endsWith('.pf_index'));
  const chosen = [
    ...pick((p) => p === '/pagefind/pagefind.js' || p === '/pagefind/pagefind-entry.json'),
    ...pick((p) => p.endsWith('.pf_meta') || p.endsWith('.pf_filter')),
    ...largest(indexChunks, words),
    ...pick((p) => /^\/pagefind\/wasm\.(?!unknown)[^/]+\.pagefind$/.test(p)),
    ...largest(
      pick((p) => p.endsWith('.pf_fragment')),
      results,
    ),
  ];
  const perExtraWord = largest(indexChunks, 1)[0]?.size ?? 0;
  return { bytes: chosen.reduce((sum, f) => sum + (f.gzip ?? f.size), 0), files: chosen.map((f) => f.path), words, perExtraWord };
}

export interface PageTypeSummary {
  type: PageType;
  pages: number;
  /** Median and largest HTML + CSS (gzip). */
  htmlCssMedian: number;
  htmlCssMax: number;
  /** Largest JavaScript files total (gzip) and inline script (gzip). */
  jsMax: number;
  inlineJsMax: number;
  /** Largest page of the type by HTML + CSS + JS. */
  heaviest: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

/** One row per page type, in a fixed order. */
export function summarise(weights: PageWeight[]): PageTypeSummary[] {
  const order: PageType[] = ['text', 'calculator', 'tool', 'search', 'whole-version', 'alias'];
  return order
    .map((type) => {
      const pages = weights.filter((w) => w.type === type);
      const total = (w: PageWeight) => w.html.gzip + w.css.gzip + w.js.gzip;
      const heaviest = [...pages].sort((a, b) => total(b) - total(a))[0];
      return {
        type,
        pages: pages.length,
        htmlCssMedian: median(pages.map((w) => w.html.gzip + w.css.gzip)),
        htmlCssMax: Math.max(0, ...pages.map((w) => w.html.gzip + w.css.gzip)),
        jsMax: Math.max(0, ...pages.map((w) => w.js.gzip)),
        inlineJsMax: Math.max(0, ...pages.map((w) => w.inlineJs.gzip)),
        heaviest: heaviest?.path ?? '',
      };
    })
    .filter((row) => row.pages > 0);
}

/** Budget breaches for a set of measured pages, as readable lines (empty when every page is within). */
export function budgetBreaches(weights: PageWeight[]): string[] {
  const breaches: string[] = [];
  for (const w of weights) {
    const htmlCss = w.html.gzip + w.css.gzip;
    if (w.type === 'text') {
      if (htmlCss > BUDGETS.textPageHtmlCssGzip) breaches.push(`${w.path}: HTML+CSS ${htmlCss} B > ${BUDGETS.textPageHtmlCssGzip} B`);
      if (w.js.gzip > BUDGETS.textPageJsGzip)
        breaches.push(`${w.path}: text page loads ${w.js.gzip} B of JavaScript files (${w.jsFiles.join(', ')})`);
      if (w.inlineJs.gzip > BUDGETS.textPageInlineJsGzip)
        breaches.push(`${w.path}: inline script ${w.inlineJs.gzip} B > ${BUDGETS.textPageInlineJsGzip} B`);
    } else if (w.type === 'whole-version') {
      if (htmlCss > BUDGETS.wholeVersionPageHtmlCssGzip)
        breaches.push(`${w.path}: HTML+CSS ${htmlCss} B > ${BUDGETS.wholeVersionPageHtmlCssGzip} B`);
      if (w.js.gzip > BUDGETS.textPageJsGzip)
        breaches.push(`${w.path}: whole-version page loads ${w.js.gzip} B of JavaScript files (${w.jsFiles.join(', ')})`);
    } else if (w.type === 'tool') {
      if (htmlCss > BUDGETS.toolPageHtmlCssGzip) breaches.push(`${w.path}: HTML+CSS ${htmlCss} B > ${BUDGETS.toolPageHtmlCssGzip} B`);
      const jsBudget = w.path.endsWith('/requirements/') ? BUDGETS.explorerJsGzip : BUDGETS.toolPageJsGzip;
      if (w.js.gzip + w.inlineJs.gzip > jsBudget) breaches.push(`${w.path}: JavaScript ${w.js.gzip + w.inlineJs.gzip} B > ${jsBudget} B`);
    } else if (w.type === 'search') {
      if (w.js.gzip > BUDGETS.searchPageJsGzip) breaches.push(`${w.path}: JavaScript ${w.js.gzip} B > ${BUDGETS.searchPageJsGzip} B`);
    } else if (w.type === 'calculator') {
      if (htmlCss > BUDGETS.calculatorPageHtmlCssGzip)
        breaches.push(`${w.path}: HTML+CSS ${htmlCss} B > ${BUDGETS.calculatorPageHtmlCssGzip} B`);
      if (w.js.gzip > BUDGETS.calculatorPageJsGzip)
        breaches.push(`${w.path}: JavaScript ${w.js.gzip} B > ${BUDGETS.calculatorPageJsGzip} B`);
    }
  }
  return breaches;
}
