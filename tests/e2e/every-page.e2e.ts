/**
 * One sweep over every built page, each page loaded twice and checked for several things at once, so the
 * sweep's time grows with the page count and not with the number of checks:
 *
 * - light theme, desktop width: no console errors or failed requests, nothing requested from another
 *   origin, a strict Content-Security-Policy that the page keeps to, and no axe-core violation of any impact
 *   at WCAG 2.0/2.1/2.2 A and AA (colour contrast included);
 * - dark theme, 360 px wide: the axe rules that depend on palette or layout (contrast, target size,
 *   scrollable regions) in the other palette and the phone layout, no sideways scrolling (wide tables
 *   scroll inside themselves), and no layout shift beyond Web Vitals' "good" once the page's scripts have
 *   run (controls a script reveals must not push the text down: the requirements explorer's did, 0.30).
 *
 * The /latest/ alias pages are checked with their meta refresh removed, so axe sees the alias page itself.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { APIResponse, Browser, BrowserContext, Route } from 'playwright-core';
import {
  builtPagesLargestFirst,
  describeViolations,
  isAlias,
  launchBrowser,
  layoutShift,
  reusablePage,
  runAxe,
  THEME_AND_LAYOUT_RULES,
} from './support/browser.ts';
import { cspViolations, sameOrigin, TRAPS } from './support/csp-traps.ts';
import { forEachConcurrently } from './support/pool.ts';

const base = inject('baseUrl');
/** Pages in flight at once: enough to overlap waiting, few enough for a 2-core machine. */
const CONCURRENCY = 4;
const NARROW = 360;
/** Cumulative layout shift a page may reach while loading: the "good" threshold of Google's Web Vitals. */
const MAX_LAYOUT_SHIFT = 0.1;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The alias page fetched by the test itself, tried a second time if the connection was reset: a socket the
 * server closed as it was reused is the network's fault, not the page's (a second failure still fails).
 */
async function fetchOnceMore(route: Route): Promise<APIResponse> {
  try {
    return await route.fetch();
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return route.fetch();
  }
}

async function themedContext(colorScheme: 'light' | 'dark', width?: number): Promise<BrowserContext> {
  const context = await browser.newContext({ colorScheme, ...(width ? { viewport: { width, height: 800 } } : {}) });
  await context.addInitScript(TRAPS);
  await context.route(/\/latest\//, async (route) => {
    const response = await fetchOnceMore(route);
    const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/i, '');
    await route.fulfill({ response, body });
  });
  return context;
}

describe('every page', () => {
  // The largest first, so that the slowest pages do not run alone at the end (why: builtPagesLargestFirst).
  const pages = builtPagesLargestFirst();

  it('exists for each version and the alias', () => {
    for (const path of [
      '/',
      '/versions/',
      '/search/',
      '/0.1/',
      '/0.1/principles/',
      '/0.2/',
      '/0.2/introduction/',
      '/latest/',
      '/latest/introduction/',
    ]) {
      expect(pages).toContain(path);
    }
  });

  it('loads cleanly within its CSP, passes axe in both themes and fits a 360 px screen', async () => {
    const light = await themedContext('light');
    const darkNarrow = await themedContext('dark', NARROW);
    const report: string[] = [];
    const started = Date.now();
    // Each of the sweep's workers visits its pages in one page of each context (why: reusablePage).
    const workers = await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => ({ light: await reusablePage(light), darkNarrow: await reusablePage(darkNarrow) })),
    );

    await forEachConcurrently(pages, CONCURRENCY, async (path, worker) => {
      const alias = isAlias(path);
      {
        const { page, problems } = await workers[worker]!.light.visit(`${base}${path}`);
        if (!alias) {
          const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
          if (scheme !== 'light') report.push(`${path} light: colour scheme is ${scheme}`);
          if (problems.consoleErrors.length) report.push(`${path} console: ${problems.consoleErrors.join(' | ')}`);
          if (problems.failedRequests.length) report.push(`${path} requests: ${problems.failedRequests.join(' | ')}`);
          await page.waitForLoadState('networkidle');
          const offsite = problems.requests.filter((r) => !sameOrigin(base, r.url)).map((r) => r.url);
          if (offsite.length) report.push(`${path} requested ${offsite.join(', ')}`);
          const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
          if (!csp || !/default-src 'self'/.test(csp) || /'unsafe-inline'|'unsafe-eval'/.test(csp))
            report.push(`${path} CSP missing or weak: ${csp}`);
          const blocked = await cspViolations(page);
          if (blocked.length) report.push(`${path} CSP violations: ${blocked.join(' | ')}`);
        }
        const violations = await runAxe(page);
        if (violations.length) report.push(`${path} axe (light):\n${describeViolations(violations)}`);
      }
      {
        const { page } = await workers[worker]!.darkNarrow.visit(`${base}${path}`);
        if (!alias) {
          const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
          if (scheme !== 'dark') report.push(`${path} dark: colour scheme is ${scheme}`);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > NARROW) report.push(`${path} is ${width} px wide at ${NARROW} px`);
          await page.waitForLoadState('networkidle');
          const shift = await layoutShift(page);
          if (shift > MAX_LAYOUT_SHIFT) report.push(`${path} shifts its layout by ${shift.toFixed(3)} at ${NARROW} px while loading`);
        }
        const violations = await runAxe(page, THEME_AND_LAYOUT_RULES);
        if (violations.length) report.push(`${path} axe (dark, ${NARROW} px):\n${describeViolations(violations)}`);
      }
    });

    await light.close();
    await darkNarrow.close();
    console.log(
      `every page: ${pages.length} pages, 2 loads each, in ${((Date.now() - started) / 1000).toFixed(0)} s; ${report.length} problems`,
    );
    expect(report.sort().join('\n')).toBe('');
  }, 900_000); // every built page: grows with each version
});
