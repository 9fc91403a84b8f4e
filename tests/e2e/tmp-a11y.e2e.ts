import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeViolations, launchBrowser, openPage, runAxe } from './support/browser.ts';
const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });
it('new pages', async () => {
  const report: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    for (const path of ['/0.3/requirements/', '/0.2/requirements/', '/0.3/contribute/', '/0.1/contribute/', '/compare/0.2...0.3/', '/compare/0.1...0.2/', '/0.3/changes/', '/0.3/contributing-data/']) {
      const { page } = await openPage(context, `${base}${path}`);
      const v = await runAxe(page);
      if (v.length) report.push(`${colorScheme} ${path}: ${describeViolations(v)}`);
      await page.close();
    }
    await context.close();
  }
  expect(report.join('\n')).toBe('');
}, 300_000);
