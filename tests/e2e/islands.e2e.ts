/**
 * Calculator islands in Chromium against the built site: typing by label, inline errors, permalinks,
 * malformed links, pinned coefficient sets, downloads, keyboard use and accessibility.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describeViolations, islandReady, launchBrowser, openPage, runAxe } from './support/browser.ts';
import { siteOrigin } from '../../src/lib/site-origin.ts';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
});
afterAll(async () => {
  await browser?.close();
});

/** Scrolls the island into view (client:visible) and waits until it is ready for input (islandReady). */
async function island(page: Page, title: RegExp): Promise<Locator> {
  const region = page.getByRole('region', { name: title });
  await region.scrollIntoViewIfNeeded();
  await expect.poll(() => islandReady(region), { timeout: 10_000 }).toBe(true);
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
    await expect(page.locator(`[id="${errorId}"]`).textContent()).resolves.toMatch(
      /^Enter reported energy per request between 0 and 10,000,000 Wh$/,
    );
    await expect(region.getByLabel(/^Network transfer/).isChecked()).resolves.toBe(true);
    await energy.fill('abc');
    await expect
      .poll(() => page.locator(`[id="${errorId}"]`).textContent())
      .toMatch(/^Enter reported energy per request as a number in Wh, like 1\.5 or 20,000$/);
    // The GOV.UK error summary above the form links to the field.
    const summary = region.locator('.calc-error-summary');
    await expect(summary.getByRole('heading').textContent()).resolves.toBe('There is a problem');
    await summary.getByRole('link', { name: /Enter reported energy per request as a number/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await energy.getAttribute('id'));
    await energy.fill('1,5');
    await expect.poll(() => page.locator(`[id="${errorId}"]`).textContent()).toMatch(/with a full stop for decimals, like 1\.5/);
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
    for (const value of [
      '%7Bbad',
      encodeURIComponent(
        '{"v":"0.2","cs":"cs-2026-11","in":{"label":"<img src=x onerror=alert(1)>","estimate":{"method":"reported","energyWhPerRequest":1}}}',
      ),
    ]) {
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
    const state = {
      v: '0.1',
      cs: 'cs-2025-10',
      in: {
        functionalUnit: 'request',
        outputTokensPerRequest: 500,
        estimate: { method: 'parametric', activeParamsB: 70 },
        grid: { preset: 'grid-ecologits-wor' },
      },
    };
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
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    const json = JSON.parse(readFileSync((await jsonDownload.path()) as string, 'utf8'));
    expect(json).toMatchObject({ calculator: 'boundary-explorer', guidanceVersion: '0.2', coefficientSet: 'cs-2026-11' });
    expect(json.input.estimate.energyWhPerRequest).toBe(0.24);
    expect(json.results[0].central).toBeCloseTo(0.24, 6);
    // The Markdown is written by code loaded on the click (export-files.ts) and still reaches the clipboard.
    await region.getByRole('button', { name: 'Copy result as Markdown' }).click();
    await expect.poll(() => region.locator('.calc-export__status').textContent()).toBe('Markdown copied to the clipboard.');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^### Boundary explorer/);
    expect(markdown).toContain('coefficient set `cs-2026-11`');
    // The suggested citation gives the result at the site's public address, not the address being read.
    const cited = await region.getByLabel('Suggested citation for this result').inputValue();
    expect(cited).toContain(`${siteOrigin(process.env.SITE_URL)}0.2/boundaries-and-functional-units/`);
    expect(cited).not.toContain(base);
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
    await expect(region.textContent()).resolves.toContain('0.051 gCO2e');
    await region.getByLabel('Expected lifetime inferences of the model (inferences)', { exact: true }).fill('1e8');
    await expect.poll(() => headline(region)).toContain('0.51 gCO2e');
    const slider = region.getByRole('slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => headline(region)).not.toContain('0.51 gCO2e');
    await region.getByLabel('Expected lifetime inferences of the model (inferences)', { exact: true }).fill('0');
    await expect.poll(() => region.getByText(/Enter expected lifetime inferences of the model between 1 and/).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('counterfactual: rebound and human time change the verdict', async () => {
    const { page } = await openPage(context, `${base}/0.2/counterfactuals-and-rebound/`);
    const region = await island(page, /Counterfactual/);
    await expect(region.textContent()).resolves.toContain('Top-down per-capita method (advised against)');
    await region.getByLabel('Time without AI (min)', { exact: true }).fill('480');
    await region.getByLabel('Time without AI: upper end of range (min)').fill('');
    await expect.poll(() => region.textContent()).toMatch(/Per task: the AI-assisted workflow saves emissions across the likely range/);
    await region.getByLabel('Time without AI (min)', { exact: true }).fill('6');
    await expect.poll(() => region.textContent()).toMatch(/Per task: the AI-assisted workflow adds emissions across the likely range/);
    await page.close();
  });

  it('data-quality tiers: a measured figure changes the measured row only', async () => {
    const { page } = await openPage(context, `${base}/0.2/partial-data/`);
    const region = await island(page, /Data-quality tiers/);
    await region.getByLabel('Measured energy per request (Wh)', { exact: true }).fill('2');
    await region.getByLabel('Measured energy per request: upper end of range (Wh)').fill('');
    await expect.poll(() => headline(region)).toContain('gCO2e');
    await expect.poll(() => region.locator('dd').first().textContent()).toMatch(/^0\.[5-9]\d* gCO2e|^1(\.\d+)? gCO2e/);
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

describe('disclosure builder: records for model cards and registers', () => {
  const url = `${base}/0.3/reporting-and-transparency/`;
  async function downloaded(page: Page, region: Locator, label: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: label }).click()]);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  }
  /** The scripts the page has loaded so far that hold the training model (its input schema's words). */
  const trainingScripts = (problems: { requests: { url: string; type: string }[] }) =>
    problems.requests
      .filter((r) => r.type === 'script' && new URL(r.url).pathname.startsWith('/_astro/'))
      .filter((r) => readFileSync(`dist${new URL(r.url).pathname}`, 'utf8').includes('Kind must be pretraining or fine-tuning'));

  it('downloads the "Environmental impact" section of an inference statement, and offers no co2_eq_emissions block for it', async () => {
    const { page, problems } = await openPage(context, url);
    const region = await island(page, /Disclosure builder/);
    await region.getByLabel('Reported by the supplier').check();
    await expect.poll(() => region.getByLabel('Disclosure statement in Markdown').textContent()).toContain('Data-quality tier: reported');
    await expect(region.getByRole('button', { name: 'Download model-card metadata (co2_eq_emissions)' }).count()).resolves.toBe(0);
    const section = await downloaded(page, region, 'Download “Environmental impact” section');
    expect(section.name).toMatch(/-environmental-impact\.md$/);
    expect(section.text).toMatch(/^## Environmental impact\n\n- \*\*Energy per article:\*\* /);
    expect(section.text).toContain('- **Functional unit:** one article');
    expect(section.text).toContain('- **Data tier:** reported');
    expect(section.text).toMatch(/- \*\*Boundary:\*\* \S/);
    expect(section.text).toContain('version 0.3, with coefficient set `cs-2026-12`');
    // Disclosing inference loads the inference model only.
    expect(trainingScripts(problems)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('discloses a training run when chosen, loading its model then, with field messages and the co2_eq_emissions block', async () => {
    const { page, problems } = await openPage(context, url);
    const region = await island(page, /Disclosure builder/);
    await region.getByLabel('What the statement discloses').selectOption('training');
    const markdown = region.getByLabel('Disclosure statement in Markdown');
    await expect.poll(() => markdown.textContent()).toContain('Training emissions');
    expect(trainingScripts(problems)).toHaveLength(1);
    await expect(region.getByLabel('Kind of run').inputValue()).resolves.toBe('fine-tuning');
    // The run's form is as accessible as the inference form the page opened with.
    const violations = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(describeViolations(violations)).toBe('');
    // A bad value is refused beside its field; the last good statement stays.
    const hours = region.getByLabel('Accelerator-hours (h)', { exact: true });
    await hours.fill('lots');
    await expect.poll(() => hours.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await hours.getAttribute('aria-describedby')) ?? '').split(' ')[0] ?? '';
    await expect(page.locator(`[id="${errorId}"]`).textContent()).resolves.toBe(
      'Enter accelerator-hours as a number in h, like 1.5 or 20,000',
    );
    await hours.fill('48');
    await region.getByLabel('Accelerator-hours: upper end of range (h)').fill('');
    await expect.poll(() => hours.getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => region.getByLabel('Disclosure statement in JSON').textContent()).toContain('"value": 48');

    const card = await downloaded(page, region, 'Download model-card metadata (co2_eq_emissions)');
    expect(card.name).toMatch(/-model-card\.yaml$/);
    const block = parse(card.text).co2_eq_emissions;
    expect(Object.keys(block)).toEqual(['emissions', 'source', 'training_type', 'geographical_location', 'hardware_used']);
    expect(block).toMatchObject({
      training_type: 'fine-tuning',
      geographical_location: 'United Kingdom (EcoLogits mix)',
      hardware_used: '48 accelerator-hours at 700 W per accelerator',
    });
    expect(block.source).toMatch(/, version 0\.3, coefficient set cs-2026-12: http.*\?/);
    // Grams, two significant figures of the statement's training emissions.
    const statement = JSON.parse((await region.getByLabel('Disclosure statement in JSON').textContent()) ?? '{}');
    const emissions = statement.results.find((r: { quantity: string }) => r.quantity === 'Training emissions');
    expect(emissions.unit).toBe('gCO2e');
    expect(block.emissions).toBe(Number(emissions.value.central.toPrecision(2)));
    const section = await downloaded(page, region, 'Download “Environmental impact” section');
    expect(section.text).toMatch(/^## Environmental impact\n\n- \*\*Training energy:\*\* /);
    expect(section.text).toContain('- **Training emissions:** ');
    // Its permalink reopens the run: the training model loads before the link's input is run.
    await page.reload();
    await island(page, /Disclosure builder/);
    await expect.poll(() => region.getByLabel('Disclosure statement in JSON').textContent()).toContain('"value": 48');
    await expect(region.getByLabel('What the statement discloses').inputValue()).resolves.toBe('training');
    await expect(
      region
        .getByRole('alert')
        .filter({ hasText: /could not be read/ })
        .count(),
    ).resolves.toBe(0);
    // Back to inference: the statement the reader left.
    await region.getByLabel('What the statement discloses').selectOption('inference');
    await expect.poll(() => markdown.textContent()).toContain('# AI-assisted article drafting, per article');
    expect(problems.consoleErrors).toEqual([]);
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
    // Inputs that cannot work are disabled, and a note says so.
    expect(await region.textContent()).toContain('The inputs need JavaScript');
    expect(await region.locator('input:not([disabled]), select:not([disabled])').count()).toBe(0);
    expect(await region.locator('input[disabled]').count()).toBeGreaterThan(0);
    await noJs.close();
  });
});

describe('loading an island', () => {
  it('fetches its props only when it comes into view, and says in place when it cannot load them', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const fetched: string[] = [];
    await page.route('**/_data/islands/**', (route) => {
      fetched.push(new URL(route.request().url()).pathname);
      return route.abort();
    });
    await page.goto(`${base}/0.2/boundaries-and-functional-units/`, { waitUntil: 'load' });
    const region = page.getByRole('region', { name: /Boundary explorer/ });
    // Below the first screen, so nothing of it is fetched yet.
    expect((await region.boundingBox())!.y).toBeGreaterThan(page.viewportSize()!.height);
    await page.waitForTimeout(300);
    expect(fetched).toEqual([]);
    await region.scrollIntoViewIfNeeded();
    await expect.poll(() => region.textContent(), { timeout: 10_000 }).toContain('The calculator could not be loaded');
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(/^\/_data\/islands\/[0-9a-f]{16}\.json\.gz$/);
    // The worked example's result stays, with its inputs disabled; the console names the file.
    expect(await region.textContent()).toMatch(/0\.24 Wh/);
    expect(await region.locator('input:not([disabled]), select:not([disabled])').count()).toBe(0);
    expect(errors.join('\n')).toContain(fetched[0]);
    await page.close();
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
    // 0.3's estimate panel: "How this is worked out" loads its code when opened with JavaScript; without it, the
    // server's copy is there to read (inputs, assumptions and the export controls, disabled).
    await page.goto(`${base}/0.3/calculator/`);
    const estimate = page.getByRole('region', { name: /Estimate my use case/ });
    await estimate.getByText('How this is worked out').click();
    await expect(estimate.getByRole('table', { name: /Comparison inputs/ }).isVisible()).resolves.toBe(true);
    await expect(estimate.getByLabel('Link to these inputs').isDisabled()).resolves.toBe(true);
    await noJs.close();
  });

  it('switches preset and method', async () => {
    const { page, problems } = await openPage(context, `${base}/0.2/calculator/`);
    const region = await island(page, /Inference: energy and emissions/);
    await region.getByLabel('Media preset').selectOption('summarisation');
    await expect.poll(() => headline(region)).toContain('0.039 Wh');
    await region.getByLabel('Method').selectOption('reported');
    await expect.poll(() => region.getByLabel('Energy per request (Wh)', { exact: true }).inputValue()).toBe('0.24');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('accessibility of calculator pages', () => {
  for (const path of [
    '/0.2/boundaries-and-functional-units/',
    '/0.2/training-and-inference/',
    '/0.2/counterfactuals-and-rebound/',
    '/0.2/partial-data/',
    '/0.2/media-use-cases/',
    '/0.2/reporting-and-transparency/',
    '/0.2/calculator/',
  ]) {
    it(`${path}: no serious or critical axe violations after hydration; islands fit 360 px`, async () => {
      for (const width of [1280, 360]) {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${base}${path}`);
        for (const el of await page.locator('astro-island').all()) await el.scrollIntoViewIfNeeded();
        await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr], .calc-static-note').length === 0);
        // The whole page at desktop width; at 360 px the islands only (chapter text is checked elsewhere).
        const violations = (await runAxe(page))
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .filter((v) => width === 1280 || v.nodes.some((n) => n.target.join(' ').includes('calc')));
        expect(describeViolations(violations)).toBe('');
        const overflow = await page.evaluate(() =>
          [...document.querySelectorAll('section.calc')]
            .map((el) => Math.round(el.getBoundingClientRect().right))
            .filter((right) => right > innerWidth),
        );
        expect(overflow).toEqual([]);
        // The results headline is pinned to the top of the screen beside the form, and only there: in one
        // column it would cover the charts and tables under it (on a phone, most of the screen).
        const headlines = await page.evaluate(() =>
          [...document.querySelectorAll('.calc__results > .calc-headline')].map((headline) => {
            const results = headline.parentElement!.getBoundingClientRect();
            const form = headline.closest('.calc__layout')?.querySelector('.calc__form')?.getBoundingClientRect();
            return {
              besideForm: form !== undefined && form.right <= results.left,
              pinned: getComputedStyle(headline).position === 'sticky',
            };
          }),
        );
        expect(
          headlines.filter((h) => h.pinned !== h.besideForm),
          `${path} at ${width} px`,
        ).toEqual([]);
        if (path === '/0.2/calculator/')
          expect(headlines.some((h) => h.besideForm) === (width === 1280), `${path} at ${width} px`).toBe(true);
        await page.close();
      }
    });
  }
});

describe('estimate my use case', () => {
  const url = `${base}/0.3/calculator/#estimate`;
  /** The practitioner's case of issue 13: 20,000 summaries a month, a frontier-class model, the UK grid, 10 minutes by hand. */
  async function enterCase(page: Page): Promise<Locator> {
    const region = await island(page, /Estimate my use case/);
    await region.getByLabel('Task', { exact: true }).selectOption('summarisation');
    await region.getByLabel('Model', { exact: true }).selectOption('frontier');
    await region.getByLabel('How many (tasks)', { exact: true }).fill('20,000');
    await region.getByLabel('Per', { exact: true }).selectOption('month');
    await region.getByLabel('Country where the work is done').selectOption('grid-ecologits-gbr');
    await region.getByLabel('Time for a person without AI: upper end of range (min)').fill('');
    // Cleared first: the task's default is 10 as well, and typing the same value changes nothing.
    await region.getByLabel('Time for a person without AI (min)', { exact: true }).fill('');
    await region.getByLabel('Time for a person without AI (min)', { exact: true }).fill('10');
    return region;
  }
  /** The summary's figures, and whether each is inside the viewport as it is (nothing scrolled by the test). */
  const summaryInView = (page: Page) =>
    page.evaluate(() => {
      const summary = document.querySelector('.estimate-summary');
      if (!summary) return undefined;
      return [...summary.querySelectorAll('dl > div')]
        .filter((d) => getComputedStyle(d).display !== 'none')
        .map((d) => {
          const rect = d.getBoundingClientRect();
          return {
            text: (d.textContent ?? '').replace(/\s+/g, ' ').trim(),
            visible: rect.top >= 0 && rect.bottom <= innerHeight && rect.height > 0,
          };
        });
    });

  for (const [width, height] of [
    [1280, 800],
    [375, 740],
  ] as const) {
    it(`reads the AI footprint, the by-hand footprint and the difference with its range without scrolling, at ${width}x${height}`, async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(url);
      await enterCase(page);
      // The reader looks at the field they have just typed in: the summary stays in view beside or below it.
      await page.getByLabel('Time for a person without AI (min)', { exact: true }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect
        .poll(async () => (await summaryInView(page))?.find((d) => d.text.startsWith('With AI'))?.text)
        .toMatch(/a month for 20,000 articles/);
      const figures = (await summaryInView(page)) ?? [];
      const line = (label: string) => figures.find((d) => d.text.startsWith(label));
      expect(line('With AI')).toMatchObject({
        visible: true,
        text: expect.stringMatching(/With AI:? ?[\d.]+ kgCO2e a month for 20,000 articles/),
      });
      expect(line('By hand')).toMatchObject({
        visible: true,
        text: expect.stringMatching(/By hand:? ?[\d.]+ kgCO2e a month for 20,000 articles/),
      });
      expect(line('Difference')).toMatchObject({
        visible: true,
        text: expect.stringMatching(/Using AI (saves|adds) about [\d.]+ kgCO2e a month.*likely range: /),
      });
      // The field just typed in is on screen too.
      const field = await page.getByLabel('Time for a person without AI (min)', { exact: true }).boundingBox();
      expect(field && field.y >= 0 && field.y + field.height <= height).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('keeps what the reader typed when the task changes, names it as entered, and loads "How this is worked out" when opened', async () => {
    const { page, problems } = await openPage(context, url);
    const region = await enterCase(page);
    await region.getByLabel('Task', { exact: true }).selectOption('translation');
    await expect.poll(() => region.getByLabel('How many (tasks)', { exact: true }).inputValue()).toBe('20,000');
    await expect(region.getByLabel('Country where the work is done').inputValue()).resolves.toBe('grid-ecologits-gbr');
    await expect(region.getByLabel('Model', { exact: true }).inputValue()).resolves.toBe('frontier');
    await expect(region.getByLabel('Time for a person without AI (min)', { exact: true }).inputValue()).resolves.toBe('10');
    await expect.poll(() => region.locator('.estimate-summary').textContent()).toContain('20,000 articles');
    // The inputs tables, assumptions and exports load when the reader opens the section, not with the form.
    const workedOutLoaded = () => problems.requests.some((r) => /\/_astro\/WorkedOut\./.test(r.url));
    expect(workedOutLoaded()).toBe(false);
    await region.getByText('How this is worked out').click();
    await expect.poll(workedOutLoaded).toBe(true);
    await expect.poll(() => region.getByLabel('Link to these inputs').isEnabled()).toBe(true);
    await expect
      .poll(async () => decodeURIComponent(await region.getByLabel('Link to these inputs').inputValue()))
      .toContain('"translation"');
    const origin = (label: string) =>
      region
        .locator('tr', { has: page.getByRole('rowheader', { name: label, exact: true }) })
        .first()
        .locator('td')
        .last()
        .textContent();
    await expect(origin('Tasks per period')).resolves.toBe('you entered');
    await expect(origin('Human review time per task')).resolves.toBe('task default');
    // "Advanced" renders its fields when first opened, not as the panel hydrates with the page (issue 12),
    // keeps what the reader typed, and its errors link to their field as the short form's do.
    const advanced = region.locator('details.calc-advanced');
    await expect(advanced.locator('input, select').count()).resolves.toBe(0);
    await advanced.locator('summary').click();
    const review = region.getByLabel('Review time with AI (min)', { exact: true });
    await expect.poll(() => review.isEnabled()).toBe(true);
    await review.fill('-5');
    const link = region.locator('.calc-error-summary a');
    await expect.poll(() => link.textContent()).toMatch(/review time with AI between 0/);
    await advanced.locator('summary').click();
    await link.click();
    await expect.poll(() => review.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(review.inputValue()).resolves.toBe('-5');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('keeps typed values when the workbench preset changes', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/0.3/calculator/#calc-workbench-inference`);
    const region = await island(page, /Inference: energy and emissions/);
    await region.getByLabel('Volume (units per period)', { exact: true }).fill('20,000');
    await region.getByLabel('Electricity grid').selectOption('grid-ecologits-gbr');
    await region.getByLabel('Media preset').selectOption('summarisation');
    await expect.poll(() => region.getByLabel('Volume (units per period)', { exact: true }).inputValue()).toBe('20,000');
    await expect(region.getByLabel('Electricity grid').inputValue()).resolves.toBe('grid-ecologits-gbr');
    await expect.poll(() => headline(region)).toMatch(/\d/);
    await expect(region.textContent()).resolves.toMatch(/Emissions per month \(20,000 articles\)/);
    await page.close();
  });

  it('opens a permalink scrolled to its calculator, with its inputs', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${base}/0.3/counterfactuals-and-rebound/`);
    const region = await island(page, /Counterfactual/);
    await region.getByLabel('Time without AI (min)', { exact: true }).fill('200');
    // 200 minutes, kept in hours in the link.
    await expect
      .poll(async () => decodeURIComponent(await region.getByLabel('Link to these inputs').inputValue()))
      .toContain('"humanTimeH":3.33');
    const link = await region.getByLabel('Link to these inputs').inputValue();
    expect(new URL(link).hash).toBe('#calc-counterfactual');
    const second = await context.newPage();
    await second.setViewportSize({ width: 1280, height: 800 });
    await second.goto(link);
    const top = await second.evaluate(() => document.getElementById('calc-counterfactual')?.getBoundingClientRect().top ?? -1);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(800);
    const again = await island(second, /Counterfactual/);
    await expect.poll(() => again.getByLabel('Time without AI (min)', { exact: true }).inputValue()).toBe('200');
    await page.close();
    await second.close();
  });
});
