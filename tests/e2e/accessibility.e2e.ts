/**
 * axe-core over every built page, in the light and the dark theme, at WCAG 2.0/2.1/2.2 A and AA: no
 * violation of any impact is allowed (colour contrast included, so both palettes are checked). The
 * /latest/ alias pages are checked too, with their meta refresh removed so that axe sees the alias page
 * itself rather than the page it leads to.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { builtPages, describeViolations, isAlias, launchBrowser, openPage, runAxe } from './support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function themedContext(colorScheme: 'light' | 'dark'): Promise<BrowserContext> {
  const context = await browser.newContext({ colorScheme });
  await context.route(/\/latest\//, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/i, '');
    await route.fulfill({ response, body });
  });
  return context;
}

describe.each(['light', 'dark'] as const)('every page in the %s theme', (theme) => {
  it('has no axe violations of any impact (WCAG 2.2 A and AA)', async () => {
    const context = await themedContext(theme);
    const pages = builtPages();
    const report: string[] = [];
    let checked = 0;
    for (const path of pages) {
      const { page } = await openPage(context, `${base}${path}`);
      if (!isAlias(path)) {
        // The palette really is the one under test (the site follows prefers-color-scheme).
        const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
        expect(scheme, `${path} colour scheme`).toBe(theme);
      }
      const violations = await runAxe(page);
      if (violations.length) report.push(`${path}:\n${describeViolations(violations)}`);
      checked += 1;
      await page.close();
    }
    await context.close();
    console.log(`axe (${theme} theme): ${checked} pages checked, ${report.length} with violations`);
    expect(report.join('\n')).toBe('');
  }, 900_000);
});
