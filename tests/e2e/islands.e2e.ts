/**
 * Calculator islands in Chromium against the built site: typing by label, inline errors, permalinks,
 * malformed links, pinned coefficient sets, downloads, keyboard use and accessibility.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describeViolations, launchBrowser, openPage, runAxe } from './support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ acceptDownloads: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Scrolls the island into view (client:visible) and waits until it has hydrated. */
async function island(page: Page, title: RegExp): Promise<Locator> {
  const region = page.getByRole('region', { name: title });
  await region.scrollIntoViewIfNeeded();
  await expect.poll(() => region.evaluate((el) => !el.closest('astro-island')?.hasAttribute('ssr'))).toBe(true);
  return region;
}

const headline = (region: Locator) => region.locator('dd').first().textContent();

describe('boundary explorer', () => {
  const url = `${base}/0.2/boundaries-and-functional-units/`;

  it('recalculates on typing, shows an inline error for a bad value and keeps the other fields', async () => {
    const { page, problems } = await openPage(context, url);
    const region = await island(page, /Boundary explorer/);
    await expect(headline(region)).resolves.toContain('0.24 Wh');
    const energy = region.getByLabel('Reported energy per request (Wh)', { exact: true });
    await energy.fill('0.5');
    await expect.poll(() => headline(region)).toContain('0.5 Wh');
    await region.getByLabel(/^Network transfer/).check();
    await expect.poll(() => region.getByText('Network transfer (modelled, flagged)').count()).toBe(1);
    await energy.fill('-3');
    await expect.poll(() => energy.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await energy.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ')[0] ?? '';
    await expect(page.locator(`[id="${errorId}"]`).textContent()).resolves.toMatch(/Energy per request must be between 0 and/);
    await expect(region.getByLabel(/^Network transfer/).isChecked()).resolves.toBe(true);
    await energy.fill('abc');
    await expect.poll(() => page.locator(`[id="${errorId}"]`).textContent()).toMatch(/must be a number in Wh/);
    await energy.fill('0.5');
    await expect.poll(() => energy.getAttribute('aria-invalid')).toBe(null);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('reopens exactly the same inputs from its permalink', async () => {
    const { page } = await openPage(context, url);
    const region = await island(page, /Boundary explorer/);
    await region.getByLabel('Reported energy per request (Wh)', { exact: true }).fill('0.3');
    await region.getByLabel('Reported energy per request: upper end of range (Wh)').fill('0.6');
    await region.getByLabel(/^Embodied hardware/).check();
    await expect.poll(() => region.getByLabel('Link to these inputs').inputValue()).toContain('calc-boundary-explorer=');
    await expect.poll(() => region.getByLabel('Link to these inputs').inputValue()).toContain('0.6');
    const link = await region.getByLabel('Link to these inputs').inputValue();
    const result = await headline(region);
    const { page: second } = await openPage(context, link);
    const again = await island(second, /Boundary explorer/);
    await expect.poll(() => again.getByLabel('Reported energy per request (Wh)', { exact: true }).inputValue()).toBe('0.3');
    await expect(again.getByLabel('Reported energy per request: upper end of range (Wh)').inputValue()).resolves.toBe('0.6');
    await expect(again.getByLabel(/^Embodied hardware/).isChecked()).resolves.toBe(true);
    await expect.poll(() => headline(again)).toBe(result);
    await page.close();
    await second.close();
  });

  it('opens a malformed or tampered link with the defaults and a notice, rendering nothing as HTML', async () => {
    for (const value of ['%7Bbad', encodeURIComponent('{"v":"0.2","cs":"cs-2026-11","in":{"label":"<img src=x onerror=alert(1)>","estimate":{"method":"reported","energyWhPerRequest":1}}}')]) {
      const { page, problems } = await openPage(context, `${url}?calc-boundary-explorer=${value}`);
      const region = await island(page, /Boundary explorer/);
      await expect.poll(() => region.getByRole('alert').textContent()).toMatch(/could not be read/);
      await expect(headline(region)).resolves.toContain('0.24 Wh');
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(problems.consoleErrors).toEqual([]);
      await page.close();
    }
  });

  it('offers to recompute a link pinned to an older coefficient set and shows the difference', async () => {
    const state = { v: '0.1', cs: 'cs-2025-10', in: { functionalUnit: 'request', outputTokensPerRequest: 500, estimate: { method: 'parametric', activeParamsB: 70 }, grid: { preset: 'grid-ecologits-wor' } } };
    const { page } = await openPage(context, `${url}?calc-boundary-explorer=${encodeURIComponent(JSON.stringify(state))}`);
    const region = await island(page, /Boundary explorer/);
    await expect.poll(() => region.getByRole('status').first().textContent()).toMatch(/version 0\.1 with coefficient set cs-2025-10/);
    await region.getByRole('button', { name: 'Recompute with the latest coefficients' }).click();
    await expect.poll(() => region.getByText(/With cs-2026-11:/).textContent()).toMatch(/[+−]\d/);
    await page.close();
  });

  it('downloads CSV and JSON with inputs, results, coefficient set, version and date', async () => {
    const { page } = await openPage(context, url);
    const region = await island(page, /Boundary explorer/);
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await csvDownload.path()) as string, 'utf8');
    expect(csv).toContain('"result","Energy per request","0.2399');
    expect(csv).toContain('"meta","coefficient set","cs-2026-11"');
    expect(csv).toContain('"meta","guidance version","0.2"');
    expect(csv).toMatch(/"meta","date","\d{4}-\d{2}-\d{2}"/);
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: 'Download JSON' }).click()]);
    const json = JSON.parse(readFileSync((await jsonDownload.path()) as string, 'utf8'));
    expect(json).toMatchObject({ calculator: 'boundary-explorer', guidanceVersion: '0.2', coefficientSet: 'cs-2026-11' });
    expect(json.input.estimate.energyWhPerRequest).toBe(0.24);
    expect(json.results[0].central).toBeCloseTo(0.24, 6);
    await page.close();
  });

  it('works with the keyboard alone', async () => {
    const { page } = await openPage(context, url);
    const region = await island(page, /Boundary explorer/);
    await region.getByLabel(/^Accelerators/).focus();
    await page.keyboard.press('Tab'); // host CPU and memory
    await page.keyboard.press('Space');
    await expect.poll(() => headline(region)).not.toContain('0.24 Wh');
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(focused).toContain('hostCpuRam');
    await page.close();
  });
});

describe('other islands respond to input by label', () => {
  it('training amortisation: lifetime volume moves the per-request share', async () => {
    const { page } = await openPage(context, `${base}/0.2/training-and-inference/`);
    const region = await island(page, /Training amortisation/);
    await expect(region.textContent()).resolves.toContain('0.051 g CO2e');
    await region.getByLabel('Expected lifetime inferences of the model (inferences)', { exact: true }).fill('1e8');
    await expect.poll(() => headline(region)).toContain('0.51 g CO2e');
    const slider = region.getByRole('slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => headline(region)).not.toContain('0.51 g CO2e');
    await region.getByLabel('Expected lifetime inferences of the model (inferences)', { exact: true }).fill('0');
    await expect.poll(() => region.getByText(/Expected lifetime inferences of the model must be/).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('counterfactual: rebound and human time change the verdict', async () => {
    const { page } = await openPage(context, `${base}/0.2/counterfactuals-and-rebound/`);
    const region = await island(page, /Counterfactual/);
    await expect(region.textContent()).resolves.toContain('Top-down per-capita method (advised against)');
    await region.getByLabel('Human time per task (h)', { exact: true }).fill('8');
    await region.getByLabel('Human time per task: upper end of range (h)').fill('');
    await expect.poll(() => region.textContent()).toMatch(/reduces emissions across the whole/);
    await region.getByLabel('Human time per task (h)', { exact: true }).fill('0.1');
    await expect.poll(() => region.textContent()).toMatch(/increases emissions across the whole/);
    await page.close();
  });

  it('data-quality tiers: a measured figure changes the measured row only', async () => {
    const { page } = await openPage(context, `${base}/0.2/partial-data/`);
    const region = await island(page, /Data-quality tiers/);
    await region.getByLabel('Measured energy per request (Wh)', { exact: true }).fill('2');
    await region.getByLabel('Measured energy per request: upper end of range (Wh)').fill('');
    await expect.poll(() => headline(region)).toContain('g CO2e');
    await expect.poll(() => region.locator('dd').first().textContent()).toMatch(/^0\.[5-9]\d* g CO2e|^1(\.\d+)? g CO2e/);
    await page.close();
  });

  it('disclosure builder: choosing a tier and unit rewrites the statement', async () => {
    const { page } = await openPage(context, `${base}/0.2/reporting-and-transparency/`);
    const region = await island(page, /Disclosure builder/);
    await region.getByLabel('Reported by the supplier').check();
    await expect.poll(() => region.getByLabel('Disclosure statement in Markdown').textContent()).toContain('Data-quality tier: reported');
    await region.getByLabel('Title of the statement').fill('Our <b>AI</b> use');
    await expect.poll(() => region.getByText(/must be plain text/).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('without JavaScript', () => {
  // Every chapter that embeds a calculator, with the worked-example figure its server render must show.
  const embeds: [string, RegExp, RegExp][] = [
    ['/0.2/boundaries-and-functional-units/', /Boundary explorer/, /0\.24 Wh/],
    ['/0.2/training-and-inference/', /Training amortisation/, /\d[\d.,]* (k|M)?tCO2e|\d[\d.,]* (k|M)?gCO2e/],
    ['/0.2/counterfactuals-and-rebound/', /Counterfactual/, /\d[\d.,]* (m|k)?g ?CO2e/],
    ['/0.2/media-use-cases/', /Data-quality tiers/, /\d[\d.,]* m?Wh/],
    ['/0.2/partial-data/', /Data-quality tiers/, /\d[\d.,]* m?Wh/],
    ['/0.2/reporting-and-transparency/', /Disclosure builder/, /\d[\d.,]* (m|k)?g ?CO2e|\d[\d.,]* m?Wh/],
  ];
  it.each(embeds)('%s shows its calculator with the worked example’s result', async (path, title, figure) => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}${path}`);
    const region = page.getByRole('region', { name: title }).first();
    expect(await region.textContent()).toMatch(figure);
    await noJs.close();
  });
});

describe('workbench', () => {
  it('renders every model without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/0.2/calculator/`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Energy per month');
    expect(text).toContain('Training emissions per request');
    expect(text).toContain('Net change in emissions per task');
    await noJs.close();
  });

  it('switches preset and method', async () => {
    const { page, problems } = await openPage(context, `${base}/0.2/calculator/`);
    const region = await island(page, /Inference: energy and emissions/);
    await region.getByLabel('Media preset').selectOption('summarisation');
    await expect.poll(() => headline(region)).toContain('0.034 Wh');
    await region.getByLabel('Method').selectOption('reported');
    await expect.poll(() => region.getByLabel('Energy per request (Wh)', { exact: true }).inputValue()).toBe('0.24');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('accessibility of calculator pages', () => {
  for (const path of ['/0.2/boundaries-and-functional-units/', '/0.2/training-and-inference/', '/0.2/counterfactuals-and-rebound/', '/0.2/partial-data/', '/0.2/media-use-cases/', '/0.2/reporting-and-transparency/', '/0.2/calculator/']) {
    it(`${path}: no serious or critical axe violations after hydration; islands fit 360 px`, async () => {
      for (const width of [1280, 360]) {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${base}${path}`);
        for (const el of await page.locator('astro-island').all()) await el.scrollIntoViewIfNeeded();
        await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
        // The whole page at desktop width; at 360 px the islands only (chapter text is checked elsewhere).
        const violations = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .filter((v) => width === 1280 || v.nodes.some((n) => n.target.join(' ').includes('calc')));
        expect(describeViolations(violations)).toBe('');
        const overflow = await page.evaluate(() => [...document.querySelectorAll('section.calc')].map((el) => Math.round(el.getBoundingClientRect().right)).filter((right) => right > innerWidth));
        expect(overflow).toEqual([]);
        await page.close();
      }
    });
  }
});
