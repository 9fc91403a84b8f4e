/**
 * Page-weight budgets over the built files (src/lib/page-budgets.ts holds the budgets): HTML + CSS of every
 * text page, JavaScript per page type, and, in the browser, what each page type really loads and what a
 * first search fetches. The figures are printed; the same measurement is published on /footprint/.
 * Per-island JavaScript budgets are the islands' own test (tests/e2e/budgets.e2e.ts).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { builtPages, launchBrowser, openPage } from './support/browser.ts';
import { readDistFile } from '../../scripts/site-checks/dist-files.ts';
import { rawTextElements, startTags } from '../../scripts/site-checks/html-scan.ts';
import {
  budgetBreaches,
  bytesOf,
  measurePage,
  MODELLED_QUERY_WORDS,
  sumBytes,
  summarise,
  type PageType,
  type PageWeight,
} from '../../scripts/site-checks/page-weight.ts';
import { BUDGETS } from '../../src/lib/page-budgets.ts';

const base = inject('baseUrl');
const read = (sitePath: string) => readDistFile('dist', sitePath);
const weights: PageWeight[] = builtPages().map((path) => measurePage(path, read(`${path}index.html`)!.toString('utf8'), read));

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

/** Bytes as a host would send them: a request's file from dist/, gzip-compressed (Pagefind's own files are already compressed). */
function transferOf(urls: string[]) {
  const contents = urls.map((url) => read(new URL(url).pathname.replace(/\/$/, '/index.html')));
  return sumBytes(contents.flatMap((content) => (content ? [bytesOf(content)] : [])));
}

describe('page weight', () => {
  it('prints the figures per page type', () => {
    console.log(['type', 'pages', 'HTML+CSS median', 'HTML+CSS max', 'JS files max', 'inline JS max', 'heaviest'].join(' | '));
    for (const row of summarise(weights)) {
      console.log([row.type, row.pages, row.htmlCssMedian, row.htmlCssMax, row.jsMax, row.inlineJsMax, row.heaviest].join(' | '));
    }
    expect(summarise(weights).find((r) => r.type === 'text')?.pages).toBeGreaterThan(5);
  });

  it('keeps every page within its budget (measured from the built files)', () => {
    expect(budgetBreaches(weights)).toEqual([]);
  });

  it('hydrates each island from its own props file, fetched with it, not from its escaped props attribute', () => {
    const islandPages = weights.filter((w) => w.type === 'calculator');
    expect(islandPages.length).toBeGreaterThan(5);
    const files = new Set<string>();
    let islandsSeen = 0;
    for (const { path } of islandPages) {
      const html = read(`${path}index.html`)!.toString('utf8');
      const islands = startTags(html).filter((t) => t.name === 'astro-island');
      expect(islands.length, path).toBeGreaterThan(0);
      islandsSeen += islands.length;
      // No data block on the built page: the props travel in their file.
      expect(
        rawTextElements(html).filter((e) => e.attrs.type === 'application/json' && e.attrs.id?.startsWith('calc-')),
        path,
      ).toEqual([]);
      for (const island of islands) {
        // Astro's encoding of { propsOnPage: id }: nothing else travels in the attribute.
        const { propsOnPage } = JSON.parse(island.attrs.props!) as { propsOnPage: [0, string] };
        expect(Object.keys(JSON.parse(island.attrs.props!)), path).toEqual(['propsOnPage']);
        // The directive's value names the same block and the file that fills it.
        const { name, value } = JSON.parse(island.attrs.opts!) as { name: string; value: { id: string; src: string } };
        expect(island.attrs.client, `${path} ${name}`).toBe('visible-data');
        expect(value.id, `${path} ${name}`).toBe(propsOnPage[1]);
        expect(value.src, `${path} ${name}`).toMatch(/^\/_data\/islands\/[0-9a-f]{16}\.json\.gz$/);
        const file = read(value.src);
        expect(file, `${path} ${value.src}`).toBeDefined();
        expect(JSON.parse(gunzipSync(file!).toString('utf8')), `${path} ${value.src}`).toHaveProperty('outcome.ok');
        files.add(value.src);
      }
    }
    // One file per distinct props: a chapter and the workbench showing the same example share it.
    console.log(`island props: ${files.size} files for ${islandsSeen} islands on ${islandPages.length} pages`);
    expect(files.size).toBeLessThan(islandsSeen);
  });

  it('loads in the browser no more JavaScript per page type than the files say, within budget', async () => {
    const sample = new Map<PageType, string>();
    for (const w of weights) if (!sample.has(w.type) && w.type !== 'alias') sample.set(w.type, w.path);
    const limits: Partial<Record<PageType, number>> = {
      text: BUDGETS.textPageJsGzip,
      'whole-version': BUDGETS.textPageJsGzip,
      search: BUDGETS.searchPageJsGzip,
      calculator: BUDGETS.calculatorPageJsGzip,
      tool: BUDGETS.toolPageJsGzip,
    };
    for (const [type, path] of sample) {
      const { page, problems } = await openPage(context, `${base}${path}`);
      // Islands may hydrate when visible: bring every part of the page into view first.
      for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(20);
      }
      await page.waitForLoadState('networkidle');
      const scripts = problems.requests.filter((r) => r.type === 'script').map((r) => r.url);
      const js = transferOf(scripts);
      console.log(`${type} page ${path}: ${scripts.length} script files, ${js.gzip} B gzip (${js.raw} B raw) loaded in the browser`);
      expect(js.gzip, `${type} page ${path}`).toBeLessThanOrEqual(limits[type] ?? 0);
      await page.close();
    }
  });

  it('fetches at most the search budget for a first query', async () => {
    const query = 'grid intensity';
    // The published upper bound is modelled for a query of this many words (page-weight.ts).
    expect(query.split(' ')).toHaveLength(MODELLED_QUERY_WORDS);
    const { page, problems } = await openPage(context, `${base}/search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/results? for/);
    await page.waitForLoadState('networkidle');
    const pagefind = problems.requests.filter((r) => r.url.includes('/pagefind/')).map((r) => r.url.split('?')[0]!);
    const bytes = transferOf([...new Set(pagefind)]);
    const model = JSON.parse(readFileSync('dist/footprint/figures.json', 'utf8')).search.bytes as number;
    console.log(
      `search: first query for "${query}" fetched ${new Set(pagefind).size} files from /pagefind/, ${bytes.gzip} B as sent (${bytes.raw} B raw); published upper bound ${model} B; budget ${BUDGETS.searchQueryBytes} B`,
    );
    expect(bytes.gzip).toBeLessThanOrEqual(BUDGETS.searchQueryBytes);
    expect(bytes.gzip, [...new Set(pagefind)].join('\n')).toBeLessThanOrEqual(model);
    await page.close();
  });
});
