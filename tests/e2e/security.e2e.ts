/**
 * Security and privacy of the built site in a real browser: a search keeps to the site's origin and its
 * policy, no third-party fonts or trackers in the built files, and hostile strings in permalinks (calculator
 * state, search query) never become markup. Every page's own origin and CSP checks are in every-page.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { builtPages, isAlias, launchBrowser, openPage, reusablePage } from './support/browser.ts';
import { cspViolations as violations, sameOrigin as sameOriginOf, TRAPS } from './support/csp-traps.ts';
import { forEachConcurrently } from './support/pool.ts';
import { calculatorNames } from '../../src/lib/calculators.ts';
import { paramName } from '../../src/islands/shared/url-state.ts';
import { distFiles } from '../../scripts/site-checks/dist-files.ts';
import { startTags } from '../../scripts/site-checks/html-scan.ts';

const base = inject('baseUrl');
const sameOrigin = (url: string) => sameOriginOf(base, url);
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.addInitScript(TRAPS);
});
afterAll(async () => {
  await browser?.close();
});

describe('search', () => {
  it('a search keeps to the policy and to the site origin (Pagefind, its worker and WebAssembly)', async () => {
    const { page, problems } = await openPage(context, `${base}/search/?q=energy`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/results? for/);
    expect(problems.requests.filter((r) => r.url.includes('/pagefind/')).length).toBeGreaterThan(2);
    expect(problems.requests.filter((r) => !sameOrigin(r.url))).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('the built files', () => {
  const files = distFiles('dist').map((f) => f.file);

  it('load no third-party fonts, stylesheets, scripts or images', () => {
    const remote = /^(?:https?:)?\/\//i;
    const report: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.css'))) {
      const css = readFileSync(file, 'utf8');
      if (/@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//i.test(css) || /url\(\s*["']?(?:https?:)?\/\//i.test(css))
        report.push(`${file}: remote @import or url()`);
    }
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      for (const tag of startTags(readFileSync(file, 'utf8'))) {
        // Anchors are navigation, not requests; canonical and alternate links are never fetched by a page.
        const rel = tag.attrs.rel ?? '';
        if (tag.name === 'link' && /\b(?:canonical|alternate)\b/.test(rel)) continue;
        for (const attribute of ['src', 'srcset', 'poster', 'data', ...(tag.name === 'link' ? ['href'] : [])]) {
          const value = tag.attrs[attribute];
          if (value && remote.test(value.trim())) report.push(`${file}: <${tag.name} ${attribute}="${value}">`);
        }
        if (tag.name === 'style' || tag.attrs.style?.includes('url(')) {
          if (/url\(\s*["']?(?:https?:)?\/\//i.test(tag.attrs.style ?? '')) report.push(`${file}: remote url() in a style attribute`);
        }
      }
    }
    expect(report).toEqual([]);
  });

  it('ship a _headers file with the policy for hosts that read one', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toMatch(/Content-Security-Policy: default-src 'self';[^\n]*'wasm-unsafe-eval'[^\n]*frame-ancestors 'none'/);
  });
});

/** Strings that would run script or add elements if they ever reached innerHTML or an attribute. */
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=2"><b data-pwned>',
  "'><script>window.__pwned=3</script>",
  'javascript:window.__pwned=4',
  '{"v":"0.2","cs":"cs-2026-11","in":{"name":"<img src=x onerror=window.__pwned=5 data-pwned>"}}',
  '{"v":"<b data-pwned>","cs":"cs-2026-11","in":{}}',
  '{"v":"0.2","cs":"cs-2026-11","in":{"__proto__":{"polluted":"<b data-pwned>"},"constructor":{"prototype":{"x":1}}}}',
  '%E0%A4%A',
  '\u0000\u202e<b data-pwned>',
  'x'.repeat(9_000),
];

async function expectNoInjection(page: Page, where: string) {
  await page.waitForLoadState('networkidle');
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned: number }).__pwned,
    markers: document.querySelectorAll('[data-pwned], img[src="x"], svg[onload]').length,
    polluted: ({} as Record<string, unknown>).polluted,
  }));
  expect(state, where).toEqual({ pwned: 0, markers: 0, polluted: undefined });
}

describe('permalinks with hostile strings', () => {
  const islandPages = builtPages().filter((p) => !isAlias(p) && /<astro-island/.test(readFileSync(join('dist', p, 'index.html'), 'utf8')));

  it('never inject markup into a calculator page', async () => {
    let dialogs = 0;
    const cases = islandPages.flatMap((path) => HOSTILE.map((value) => ({ path, value })));
    const CONCURRENCY = 4;
    // Each worker visits its cases in one page, each visit a new document (why: reusablePage).
    const workers = await Promise.all(Array.from({ length: CONCURRENCY }, () => reusablePage(context)));
    for (const { page } of workers) {
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
    }
    await forEachConcurrently(cases, CONCURRENCY, async ({ path, value }, worker) => {
      const query = new URLSearchParams();
      // A value over the parser's size limit goes in one parameter only, to stay within the header limit.
      const islands = [...calculatorNames, 'workbench'];
      for (const island of value.length > 1000 ? islands.slice(0, 1) : islands) query.set(paramName(island), value);
      const { page } = await workers[worker]!.visit(`${base}${path}?${query}#${encodeURIComponent(value.slice(0, 200))}`);
      await expectNoInjection(page, `${path} with ${value.slice(0, 40)}`);
      expect(await violations(page), path).toEqual([]);
    });
    await Promise.all(workers.map(({ page }) => page.close()));
    expect(dialogs).toBe(0);
  }, 600_000);

  it('never inject markup into the search page', async () => {
    for (const value of HOSTILE.slice(0, 4)) {
      const page = await context.newPage();
      await page.goto(`${base}/search/?q=${encodeURIComponent(value)}&version=${encodeURIComponent(value)}`);
      await expectNoInjection(page, `search with ${value.slice(0, 40)}`);
      await page.close();
    }
  });
});
