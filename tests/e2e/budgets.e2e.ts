/**
 * JavaScript budgets of the calculator islands, gzip-compressed as a static host sends them. KB here are
 * 1,024 bytes, as these budgets have always been counted.
 *
 * - At load (built files): what a page loads before any interaction, every script src, island
 *   component-url and renderer-url and their static imports in dist/_astro, plus inline scripts.
 * - After the first edit (in Chromium): the page is opened, the island scrolled into view and hydrated,
 *   and the first number of its form changed; then every script the page has fetched, plus its inline
 *   scripts, is counted. This is what a reader who uses a calculator downloads: the UI runtime (Preact's
 *   React layer, src/integrations/browser-runtime.ts), the island, its engine. The coefficient set the engine fetches as data is printed beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { builtPages, islandReady, launchBrowser, openPage } from './support/browser.ts';
import { BUDGETS } from '../../src/lib/page-budgets.ts';
import { isInlineCode, rawTextElements } from '../../scripts/site-checks/html-scan.ts';
import { distFiles } from '../../scripts/site-checks/dist-files.ts';

const DIST = 'dist';
const KB = 1024;
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const file = (url: string) => join(DIST, url.replace(/^\//, ''));
const kb = (n: number) => (n / KB).toFixed(1);

function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.\/[^"']+\.js)["']/g)].map((m) => m[1] as string);
}

/** Every module reachable by static imports from the entry URLs. */
function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(file(url), 'utf8');
    for (const rel of staticImports(code)) visit(new URL(rel, `http://x${url}`).pathname);
  };
  entries.forEach(visit);
  return seen;
}

const pageHtml = (page: string) => readFileSync(join(DIST, page, 'index.html'), 'utf8');
const islandCount = (html: string) => (html.match(/<astro-island /g) ?? []).length;
/** Inline JavaScript (not JSON data blocks such as the islands' results: html-scan.ts, isInlineCode). */
const inlineScripts = (html: string) =>
  rawTextElements(html)
    .filter((e) => e.name === 'script' && isInlineCode(e))
    .reduce((sum, e) => sum + gz(e.content), 0);

interface AtLoad {
  page: string;
  islands: number;
  atLoad: number;
  inline: number;
}

function atLoad(page: string): AtLoad {
  const html = pageHtml(page);
  const entries = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) entries.add(m[1] as string);
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) entries.add(m[1] as string);
  const loaded = closure([...entries].filter((u) => u.startsWith('/')));
  return {
    page,
    islands: islandCount(html),
    atLoad: [...loaded].reduce((sum, u) => sum + gz(readFileSync(file(u))), 0),
    inline: inlineScripts(html),
  };
}

const ready = existsSync(join(DIST, 'index.html'));
/** Every built page with an island: the chapters of every version and the workbenches ('0.2/partial-data'). */
const islandPages = ready
  ? builtPages(DIST)
      .filter((p) => /^\/\d+\.\d+\/[^/]+\/$/.test(p))
      .map((p) => p.slice(1, -1))
      .filter((p) => islandCount(pageHtml(p)) > 0)
  : [];
const textPages = ['0.2/introduction', '0.1/principles', '0.2/open-questions', '0.2/coefficients', '0.2/references', 'versions', ''];
const isWorkbench = (page: string) => page.endsWith('/calculator');
const budgetAfterEdit = (page: string) => (isWorkbench(page) ? BUDGETS.workbenchJsAfterEditGzip : BUDGETS.chapterIslandJsAfterEditGzip);

describe('JavaScript at load (gzipped, built files)', () => {
  const rows = ready ? [...islandPages, ...textPages].filter((p) => existsSync(join(DIST, p, 'index.html'))).map(atLoad) : [];

  it('prints the figures', () => {
    expect(ready).toBe(true);
    console.log(
      [
        'page | islands | JS files at load (KB) | inline (KB)',
        ...rows.map((r) => `/${r.page}/ | ${r.islands} | ${kb(r.atLoad)} | ${kb(r.inline)}`),
      ].join('\n'),
    );
  });

  it('a chapter with one island loads at most 90 KB at start; each further island at most 10 KB more', () => {
    for (const r of rows.filter((r) => r.islands > 0)) {
      const budget = (90 + 10 * (r.islands - 1)) * KB;
      expect(r.atLoad + r.inline, `/${r.page}/ loads ${kb(r.atLoad + r.inline)} KB with ${r.islands} island(s)`).toBeLessThanOrEqual(
        budget,
      );
    }
  });

  it('text pages load no JavaScript file', () => {
    for (const r of rows.filter((r) => textPages.includes(r.page))) {
      expect(r.islands, `/${r.page}/`).toBe(0);
      expect(r.atLoad, `/${r.page}/`).toBe(0);
    }
  });

  it("links the islands' stylesheet on exactly the pages with islands", () => {
    const pages = builtPages().map((p) => p.replace(/^\/|\/$/g, ''));
    const linksIslandCss = (html: string) => /<link rel="stylesheet" href="\/_astro\/islands\.[\w-]+\.css"/.test(html);
    const wrong = pages
      .filter((p) => existsSync(join(DIST, p, 'index.html')))
      .filter((p) => {
        const html = pageHtml(p);
        return linksIslandCss(html) !== islandCount(html) > 0;
      });
    expect(wrong).toEqual([]);
  });

  /** The browser's JavaScript chunks with their code, read once for the checks below. */
  let chunks: { path: string; code: string }[] | undefined;
  const browserChunks = () =>
    (chunks ??= distFiles(DIST)
      .filter((f) => f.path.startsWith('/_astro/') && f.path.endsWith('.js'))
      .map((f) => ({ path: f.path, code: readFileSync(f.file, 'utf8') })));

  it('no chunk carries React itself: the islands run on Preact’s React layer in the browser (src/integrations/browser-runtime.ts)', () => {
    // React DOM's production build links every error to react.dev; Preact's compat layer names its hooks' options.
    expect(
      browserChunks()
        .filter((c) => c.code.includes('react.dev/errors'))
        .map((c) => c.path),
    ).toEqual([]);
    expect(browserChunks().some((c) => c.code.includes('__H'))).toBe(true);
  });

  it("no chunk carries Vite's module-preload helper (src/integrations/client-bundle.ts replaces it)", () => {
    expect(
      browserChunks()
        .filter((c) => /vite:preloadError|__vite__mapDeps/.test(c.code))
        .map((c) => c.path),
    ).toEqual([]);
  });
});

describe('JavaScript after the first edit (gzipped, measured in Chromium)', () => {
  const base = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  // A fresh context (empty cache) per page: every file the page needs is fetched and counted.
  beforeEach(async () => {
    context = await browser.newContext();
  });
  afterEach(async () => {
    await context?.close();
  });

  const measured: { page: string; js: number; data: number; files: number }[] = [];

  it.each(islandPages)('/%s/: the first edit of its first island loads at most its budget', async (path) => {
    const { page, problems } = await openPage(context, `${base}/${path}/`);
    let pending = 0;
    let lastActivity = Date.now();
    const activity = (change: number) => () => {
      pending += change;
      lastActivity = Date.now();
    };
    page.on('request', activity(1));
    page.on('requestfinished', activity(-1));
    page.on('requestfailed', activity(-1));
    /** Nothing in flight for a second (waitForLoadState('networkidle') does not wait twice on one page). */
    const quiet = () => expect.poll(() => pending <= 0 && Date.now() - lastActivity > 1_000, { timeout: 20_000, interval: 200 }).toBe(true);
    const island = page.locator('astro-island').first();
    await island.scrollIntoViewIfNeeded();
    await expect.poll(() => islandReady(island), { timeout: 20_000 }).toBe(true);
    // The first number the form shows, doubled: the engine and the coefficient set load, the result is recomputed.
    const fields = island.locator('input[inputmode="decimal"]');
    const values = await fields.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const index = Math.max(
      0,
      values.findIndex((v) => Number(v) > 0),
    );
    const before = await island.textContent();
    await fields.nth(index).fill(String(Number(values[index]) * 2 || 1));
    await expect.poll(() => island.textContent(), { timeout: 20_000 }).not.toBe(before);
    await expect.poll(() => problems.requests.some((r) => /\/_astro\/engine\./.test(r.url)), { timeout: 20_000 }).toBe(true);
    await quiet();
    const scripts = [...new Set(problems.requests.filter((r) => r.type === 'script').map((r) => new URL(r.url).pathname))];
    const data = [...new Set(problems.requests.filter((r) => r.url.includes('/coefficient-sets/')).map((r) => new URL(r.url).pathname))];
    const js = scripts.reduce((sum, u) => sum + gz(readFileSync(file(u))), 0) + inlineScripts(pageHtml(path));
    const dataBytes = data.reduce((sum, u) => sum + gz(readFileSync(file(u))), 0);
    const budget = budgetAfterEdit(path);
    measured.push({ page: path, js, data: dataBytes, files: scripts.length });
    console.log(
      `/${path}/ after the first edit: ${kb(js)} KB of JavaScript (${scripts.length} files and inline scripts), budget ${kb(budget)} KB; coefficient data ${kb(dataBytes)} KB (${data.join(', ')})`,
    );
    expect(problems.consoleErrors).toEqual([]);
    expect(js, `/${path}/: ${kb(js)} KB after the first edit`).toBeLessThanOrEqual(budget);
    await page.close();
  });

  it('prints the figures', () => {
    expect(measured.length).toBe(islandPages.length);
    console.log(
      [
        `page | JS after first edit (KB) | budget (KB) | coefficient data (KB)`,
        ...measured.map((m) => `/${m.page}/ | ${kb(m.js)} | ${kb(budgetAfterEdit(m.page))} | ${kb(m.data)}`),
      ].join('\n'),
    );
  });
});
