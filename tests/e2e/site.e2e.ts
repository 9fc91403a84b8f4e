/**
 * The site foundation in a real browser: version switching, version-scoped search, status banners,
 * keyboard use and the /latest/ aliases. Every page's console, requests, accessibility and width are checked
 * once, in every-page.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it, type ExpectStatic } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, layoutShift, openPage } from './support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

describe('version switcher', () => {
  it('keeps the reader on the same chapter across a rename', async () => {
    const { page } = await openPage(context, `${base}/0.1/purpose-and-scope/`);
    await page.getByText('Guidance version: Version 0.1').click();
    await page.getByRole('list', { name: 'Guidance versions' }).getByRole('link', { name: /^0\.2/ }).click();
    await page.waitForURL(`${base}/0.2/introduction/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Introduction and scope');
    await page.close();
  });

  it('goes to the contents of a version that lacks the chapter', async () => {
    const { page } = await openPage(context, `${base}/0.2/media-use-cases/`);
    await page.getByText('Guidance version: Version 0.2').click();
    await page.getByRole('list', { name: 'Guidance versions' }).getByRole('link', { name: /^0\.1/ }).click();
    await page.waitForURL(`${base}/0.1/`);
    await page.close();
  });
});

/** Waits for a search's first results, then shows the rest; returns the results list. */
async function allResults(page: Page, expect: ExpectStatic) {
  await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/results? for|No results/);
  const results = page.getByRole('list').filter({ has: page.locator('h2 a') });
  const items = results.locator(':scope > li');
  const more = page.getByRole('button', { name: /^Show more results/ });
  while (await more.isVisible()) {
    const shown = await items.count();
    await more.click();
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBeGreaterThan(shown);
  }
  return results;
}

describe('search', () => {
  it('finds a phrase only in the version being read, then in all versions', async () => {
    const { page, problems } = await openPage(context, `${base}/0.1/principles/`);
    // Pagefind must not load before the reader searches.
    expect(problems.requests.filter((r) => r.url.includes('pagefind'))).toEqual([]);
    const siteSearch = page.getByRole('search', { name: 'Site search' });
    await siteSearch.getByRole('searchbox', { name: /Search the guidance/ }).fill('framework before figures');
    await siteSearch.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=framework/);
    const results = page.getByRole('list').filter({ has: page.locator('h2 a') });
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
      .toMatch(/results? for “framework before figures” in version 0\.1/);
    const scoped = await results.locator('.status-pill').allTextContents();
    expect(scoped.length).toBeGreaterThan(0);
    expect(new Set(scoped)).toEqual(new Set(['v0.1']));

    const options = page.getByRole('search', { name: 'Search options' });
    await options.getByRole('checkbox', { name: 'Search all versions' }).check();
    await options.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/in all versions/);
    const everywhere = await (await allResults(page, expect)).locator('.status-pill').allTextContents();
    expect(new Set(everywhere)).toEqual(new Set(['v0.1', 'v0.2', 'v0.3']));
    // The current version ranks first, then the draft, then the superseded version.
    const order = ['v0.2', 'v0.3', 'v0.1'];
    expect(everywhere.map((v) => order.indexOf(v))).toEqual([...everywhere.map((v) => order.indexOf(v))].sort((a, b) => a - b));
    await page.close();
  });

  it.concurrent('links each hit to its section and, in an older version, says how many results the current one has', async ({ expect }) => {
    const own = await browser.newContext();
    const { page } = await openPage(own, `${base}/search/?q=idle+capacity&version=0.1`);
    const results = await allResults(page, expect);
    const sections = results.getByRole('list', { name: /^Matching sections of / }).getByRole('link');
    expect(await sections.count()).toBeGreaterThan(0);
    for (const link of await sections.all()) {
      await expect(link.getAttribute('href')).resolves.toMatch(/^\/0\.1\/[a-z-]+\/#[a-z0-9-]+$/);
      // Heading anchors are out of the index: a section's title is the heading's own text.
      await expect(link.textContent()).resolves.not.toMatch(/#\s*$/);
    }
    const note = page.getByText(
      /^Version 0\.1 is not the current version\. The current version, 0\.2, has \d+ results? for “idle capacity”/,
    );
    await expect(note.getByRole('link', { name: 'search version 0.2' }).getAttribute('href')).resolves.toBe(
      '/search/?q=idle+capacity&version=0.2',
    );
    await own.close();
  });

  it.concurrent('leaves calculators out of the index and lists the changes page after the chapters', async ({ expect }) => {
    const own = await browser.newContext();
    const [island, ranked] = await Promise.all([
      // A field label only the calculators show: no excerpt quotes it, and no section found is a calculator's.
      openPage(own, `${base}/search/?q=lifetime+requests+of+the+model&version=0.2`),
      openPage(own, `${base}/search/?q=boundary&version=0.2`),
    ]);
    const found = await allResults(island.page, expect);
    expect(await found.locator(':scope > li').count()).toBeGreaterThan(0);
    expect((await found.locator('p').allTextContents()).filter((text) => /lifetime requests of the model/i.test(text))).toEqual([]);
    expect(
      (await found.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).filter((href) =>
        href.includes('#calc-'),
      ),
    ).toEqual([]);
    const hrefs = await (
      await allResults(ranked.page, expect)
    )
      .locator(':scope > li > h2 > a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/0.2/changes/');
    expect(hrefs.at(-1)).toBe('/0.2/changes/');
    await own.close();
  });

  it('searches a draft within the draft when the reader comes from it', async () => {
    const { page } = await openPage(context, `${base}/0.3/quick-start/`);
    const siteSearch = page.getByRole('search', { name: 'Site search' });
    await siteSearch.getByRole('searchbox', { name: /Search the guidance \(version 0\.3\)/ }).fill('attention time');
    await siteSearch.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=attention/);
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
      .toMatch(/results? for “attention time” in version 0\.3/);
    const pills = await page
      .getByRole('list')
      .filter({ has: page.locator('h2 a') })
      .locator('.status-pill')
      .allTextContents();
    expect(pills.length).toBeGreaterThan(0);
    expect(new Set(pills)).toEqual(new Set(['v0.3']));
    await expect(page.getByRole('combobox', { name: 'Version' }).getByRole('option', { name: '0.3 (draft)' }).count()).resolves.toBe(1);
    await page.close();
  });
});

describe('On this page', () => {
  it('is a disclosure at the top of a chapter on a phone and beside it on a desktop, both listing its calculator', async () => {
    const [phone, desktop] = await Promise.all([
      browser.newContext({ viewport: { width: 375, height: 740 } }),
      browser.newContext({ viewport: { width: 1280, height: 800 } }),
    ]);
    const [small, wide] = await Promise.all([
      openPage(phone, `${base}/0.2/training-and-inference/`),
      openPage(desktop, `${base}/0.2/training-and-inference/`),
    ]);
    const calculator = { name: 'Calculator: Training amortisation' };
    // Phone: the aside is hidden; the disclosure opens on a tap and links to the island's heading.
    await expect(small.page.getByRole('navigation', { name: 'On this page' }).count()).resolves.toBe(0);
    const summary = small.page.locator('summary', { hasText: 'On this page' });
    await expect(summary.isVisible()).resolves.toBe(true);
    const box = await summary.boundingBox();
    expect(box && box.y < 740).toBe(true);
    await summary.click();
    const onPhone = small.page.getByRole('navigation', { name: 'On this page' });
    await expect(onPhone.getByRole('link', { name: 'Why allocation is hard' }).isVisible()).resolves.toBe(true);
    await expect(onPhone.getByRole('link', calculator).getAttribute('href')).resolves.toBe('#calc-training-amortisation-title');
    await expect(small.page.locator('#calc-training-amortisation-title').count()).resolves.toBe(1);
    // Desktop: the aside lists the same calculator; the disclosure is hidden.
    await expect(wide.page.getByRole('navigation', { name: 'On this page' }).getByRole('link', calculator).isVisible()).resolves.toBe(true);
    await expect(wide.page.locator('summary', { hasText: 'On this page' }).isVisible()).resolves.toBe(false);
    await Promise.all([phone.close(), desktop.close()]);
  });
});

describe('status banners', () => {
  it('marks superseded pages and links to the same chapter in the current version', async () => {
    const { page } = await openPage(context, `${base}/0.1/purpose-and-scope/`);
    const banner = page.getByRole('note', { name: 'Superseded version' });
    await expect(banner.textContent()).resolves.toMatch(/version 0\.1, which has been superseded/);
    await expect(banner.getByRole('link').getAttribute('href')).resolves.toBe('/0.2/introduction/');
    await page.close();
  });

  it('shows no banner on the current version', async () => {
    const { page } = await openPage(context, `${base}/0.2/introduction/`);
    expect(await page.getByRole('note', { name: /version$/ }).count()).toBe(0);
    await page.close();
  });
});

describe('corrections', () => {
  it('open a corrected chapter with a short notice, its title on a phone’s first screen, what changed a keypress away and on paper', async () => {
    const { page } = await openPage(context, `${base}/0.2/reporting-and-transparency/`);
    await page.setViewportSize({ width: 360, height: 800 });
    const notice = page.getByRole('complementary', { name: 'Corrected after release' });
    await expect(notice.locator('p').first().textContent()).resolves.toMatch(
      /^This page (was corrected on|has had \d+ corrections, the latest on) \d{4}-\d{2}-\d{2}, after version 0\.2 was released\.$/,
    );
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(title!.y + title!.height).toBeLessThanOrEqual(800);
    const why = notice.locator('li em', { hasText: 'Why:' }).first();
    expect(await why.isVisible()).toBe(false);
    // Printed from its own page, the chapter keeps its corrections (versions.css).
    await page.emulateMedia({ media: 'print' });
    expect(await why.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await notice.getByText('What was corrected, and why').focus();
    await page.keyboard.press('Enter');
    expect(await why.isVisible()).toBe(true);
    await page.close();
  });
});

describe('text pages', () => {
  it('load no JavaScript file, only the inline theme script', async () => {
    const { page, problems } = await openPage(context, `${base}/0.1/principles/`);
    expect(problems.requests.filter((r) => r.type === 'script')).toEqual([]);
    expect(await page.locator('script[src]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    await page.close();
  });

  it('remember the chosen theme across pages without a flash', async () => {
    const { page } = await openPage(context, `${base}/0.2/introduction/`);
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    const before = await page.evaluate(() => document.documentElement.dataset.theme ?? 'system');
    await toggle.click();
    const chosen = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(chosen).not.toBe(before);
    await page.goto(`${base}/0.2/`);
    // The inline script in <head> applies the theme before first paint.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(chosen);
    await page.close();
  });

  it('lay out their header once on a phone: the theme toggle is in place from first paint, nothing shifts', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    // A slow phone: the processor slowed sixteenfold makes Chromium paint the header before all of it is
    // parsed, as a slow device or network does, which is when a header that wraps late would shift.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 16 });
    await page.goto(`${base}/0.2/introduction/`);
    expect(await layoutShift(page)).toBe(0);
    expect(await page.locator('#theme-toggle').isVisible()).toBe(true);
    await page.close();
  });
});

describe('keyboard', () => {
  it('offers a visible skip link that moves focus to the main content', async () => {
    const { page } = await openPage(context, `${base}/0.2/introduction/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });

  it('shows a focus indicator on every control reached by Tab', async () => {
    const { page } = await openPage(context, `${base}/0.2/boundaries-and-functional-units/`);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'body';
        const style = getComputedStyle(el);
        return `${el.tagName}:${style.outlineStyle}:${style.outlineWidth}`;
      });
      expect(outline).not.toMatch(/:none:|:0px$/);
    }
    await page.close();
  });
});

describe('aliases', () => {
  it('the /latest/ alias leads to the versioned address', async () => {
    const { page } = await openPage(context, `${base}/latest/introduction/`);
    await page.waitForURL(`${base}/0.2/introduction/`);
    await page.close();
  });
});
