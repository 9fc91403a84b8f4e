/**
 * Versioning in a real browser: the changes page shows an accessible diff, the compare pages work
 * without JavaScript, the switcher maps a renamed chapter, and every page offers its citation formats,
 * the releases feed and a print page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { siteOrigin } from '../../src/lib/site-origin.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestSchema } from '../../src/lib/content-schema.ts';

// The built site renders the manifest: the tests read it too, so they hold whichever versions exist.
const { versions } = manifestSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../content/versions.json'), 'utf8')));

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

describe('changes page', () => {
  it('lists chapter changes and shows inserted and deleted text with text labels, not colour alone', async () => {
    const { page } = await openPage(context, `${base}/0.2/changes/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Changes in version 0.2');
    await expect(page.getByRole('heading', { name: 'Release notes' }).count()).resolves.toBe(1);
    const renamed = page.getByRole('term').filter({ hasText: 'Renamed or moved' });
    await expect(renamed.count()).resolves.toBe(1);
    await expect(
      page.getByRole('definition').filter({ hasText: 'Purpose and scope (0.1) → Introduction and scope (0.2)' }).count(),
    ).resolves.toBe(1);
    const inserted = page.getByRole('insertion').first();
    const deleted = page.getByRole('deletion').first();
    await expect(inserted.textContent()).resolves.toMatch(/^Inserted paragraph: |^\[inserted: /);
    await expect(deleted.textContent()).resolves.toMatch(/^Deleted paragraph: |^\[deleted: /);
    // Coefficients and worked examples that changed between cs-2025-10 and cs-2026-11.
    await expect(page.getByRole('table', { name: /Coefficients that differ between cs-2025-10 and cs-2026-11/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'Worked examples whose results changed' }).count()).resolves.toBe(1);
    await page.close();
  });

  it('can be navigated: a contents list, added chapters summarised rather than diffed, and the change in per cent', async () => {
    const { page } = await openPage(context, `${base}/0.2/changes/`);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    for (const [name, target] of [
      ['Errata', '#errata'],
      ['Worked examples whose results changed', '#worked-examples'],
      ['Introduction and scope', '#diff-1'],
    ]) {
      await expect(contents.getByRole('link', { name, exact: true }).getAttribute('href')).resolves.toBe(target);
    }
    // An added chapter is listed with its summary and is not among the diffed chapters.
    const added = page.getByRole('term').filter({ hasText: 'Added' }).locator('xpath=following-sibling::dd[1]');
    await expect(added.getByRole('listitem').filter({ hasText: 'Training versus inference' }).textContent()).resolves.toMatch(
      /A model is trained once/,
    );
    await expect(contents.getByRole('link', { name: 'Training versus inference' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { level: 3, name: /^Training versus inference/ }).count()).resolves.toBe(0);
    const examples = page.getByRole('table', { name: /Headline result of each worked example/ });
    await expect(examples.getByRole('columnheader', { name: 'Change', exact: true }).count()).resolves.toBe(1);
    const row = examples.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^EcoLogits v0\.9\.1: dense 70 B model/ }) });
    await expect(row.getByRole('cell', { name: '−94 %', exact: true }).count()).resolves.toBe(1);
    await page.close();
  });

  it('for the first version says there is nothing to compare', async () => {
    const { page } = await openPage(context, `${base}/0.1/changes/`);
    await expect(page.getByRole('main').textContent()).resolves.toMatch(/first version of the guidance/);
    await page.close();
  });
});

describe('the versions page', () => {
  it('dates a draft by the day it was opened and a released version by its release', async () => {
    const { page } = await openPage(context, `${base}/versions/`);
    for (const v of versions) {
      const card = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(`^Version ${v.id.replace('.', '\\.')}:`) }) });
      const meta = ((await card.locator('.meta').textContent()) ?? '').replace(/\s+/g, ' ').trim();
      expect(meta, `version ${v.id}`).toMatch(new RegExp(`^${v.status === 'draft' ? 'Draft opened' : 'Released'} ${v.released} · `));
    }
    await page.close();
  });
});

describe('errata of references', () => {
  const [version, erratum] = versions.flatMap((v) => v.errata.filter((e) => e.sources).map((e) => [v, e] as const))[0] ?? [];

  it.runIf(version)('link each corrected entry from the changes page, and show on the references page', async () => {
    const href = (id: string) => `/${version!.id}/references/#ref-${id}`;
    const changes = (await openPage(context, `${base}/${version!.id}/changes/`)).page;
    const item = changes.locator('#errata + ul > li').filter({ hasText: 'Entries corrected:' }).first();
    for (const id of erratum!.sources!) await expect(item.locator(`a[href="${href(id)}"]`).count(), id).resolves.toBe(1);
    await changes.close();
    const references = (await openPage(context, `${base}/${version!.id}/references/`)).page;
    const aside = references.getByRole('complementary', { name: 'Corrected after release' });
    await expect(aside.textContent()).resolves.toContain(erratum!.why);
    for (const id of erratum!.sources!) await expect(references.locator(`li#ref-${id}`).count(), id).resolves.toBe(1);
    await references.close();
  });
});

describe('compare pages', () => {
  it('work without JavaScript from the index to a comparison; the other direction is compared in the browser', async () => {
    const { page } = await openPage(context, `${base}/compare/`);
    await page
      .getByRole('table', { name: /Comparisons between versions/ })
      .getByRole('link', { name: '0.1 to 0.2' })
      .click();
    await page.waitForURL(`${base}/compare/0.1...0.2/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('From version 0.1 to version 0.2');
    expect(await page.getByRole('insertion').count()).toBeGreaterThan(0);
    await expect(page.getByRole('term').filter({ hasText: 'Renamed or moved' }).count()).resolves.toBe(1);
    await expect(
      page.getByRole('definition').filter({ hasText: 'Purpose and scope (0.1) → Introduction and scope (0.2)' }).count(),
    ).resolves.toBe(1);
    // Built pages read from the older version to the newer (src/lib/compare-pairs.ts); the swap is made in the browser.
    const swap = page.getByRole('link', { name: 'Swap the direction' });
    await expect(swap.getAttribute('href')).resolves.toBe('/compare/?from=0.2&to=0.1#comparison');
    await page.close();
    const withScript = await browser.newContext();
    const swapped = await openPage(withScript, `${base}/compare/?from=0.2&to=0.1#comparison`);
    await expect.poll(() => swapped.page.locator('#comparison-status').textContent()).toBe('Compared version 0.2 with version 0.1.');
    await expect(
      swapped.page
        .locator('#comparison')
        .getByRole('definition')
        .filter({ hasText: 'Introduction and scope (0.2) → Purpose and scope (0.1)' })
        .count(),
    ).resolves.toBe(1);
    await withScript.close();
  });
});

describe('comparisons made in the browser', () => {
  it('compare a pair not built as a page, reached from its old address, with the same chapter map, provisions and text diff', async () => {
    const withScript = await browser.newContext();
    const { page } = await openPage(withScript, `${base}/compare/0.3...0.1/`);
    await page.waitForURL(`${base}/compare/?from=0.3&to=0.1#comparison`);
    const region = page.locator('#comparison');
    await expect.poll(() => page.locator('#comparison-status').textContent()).toBe('Compared version 0.3 with version 0.1.');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('comparison-title');
    await expect(region.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('From version 0.3 to version 0.1');
    await expect(
      region.getByRole('definition').filter({ hasText: 'Introduction and scope (0.3) → Purpose and scope (0.1)' }).count(),
    ).resolves.toBe(1);
    expect(await region.getByRole('insertion').count()).toBeGreaterThan(0);
    expect(await region.getByRole('deletion').count()).toBeGreaterThan(0);
    // Citations read as author-year links to the references page of the side the text belongs to.
    expect(await region.locator('a[href^="/0.3/references/#ref-"], a[href^="/0.1/references/#ref-"]').count()).toBeGreaterThan(0);
    await expect(region.textContent()).resolves.not.toMatch(/\[(?:example|calculator):\S/);
    // Provisions, by id, as the built pages list them (src/lib/provision-changes-view.ts), one level under the title.
    await expect(region.getByRole('heading', { level: 3, name: 'Provisions from 0.3 to 0.1' }).count()).resolves.toBe(1);
    await expect(
      region
        .getByText(/^Version 0\.3 has 43 provisions, version 0\.1 has 0\. By id, 0 were added, 0 changed, 43 removed and 0 are unchanged\./)
        .count(),
    ).resolves.toBe(1);
    await expect(
      region
        .locator('#comparison-provisions + p + dl.change-list dt')
        .filter({ hasText: /^Removed/ })
        .textContent(),
    ).resolves.toBe('Removed (43)');
    await expect(region.locator('ul.id-list a[href="/0.3/boundaries-and-functional-units/#BND-3"]').textContent()).resolves.toMatch(
      /^BND-3 /,
    );
    await expect(region.getByRole('link', { name: 'comparison of 0.2 with 0.3' }).getAttribute('href')).resolves.toBe(
      '/compare/0.2...0.3/',
    );
    // A built pair opens its page; two values that are not versions leave a notice and no markup.
    await page.goto(`${base}/compare/?from=0.1&to=0.2`);
    await page.waitForURL(`${base}/compare/0.1...0.2/`);
    await page.goto(`${base}/compare/?from=${encodeURIComponent('<img src=x onerror=alert(1)>')}&to=0.1`);
    await expect
      .poll(() => page.locator('#comparison-status').textContent())
      .toMatch(/^This link asks to compare “<img src=x onerror=alert\(1\)>” with “0\.1”/);
    await expect(page.locator('main img').count()).resolves.toBe(0);
    // The form: choosing a pair and pressing Compare.
    await page.goto(`${base}/compare/`);
    await page.getByLabel('From version').selectOption('0.1');
    await page.getByLabel('to version').selectOption('0.3');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => page.locator('#comparison-status').textContent()).toBe('Compared version 0.1 with version 0.3.');
    await expect(
      region
        .locator('#comparison-provisions + p + dl.change-list dt')
        .filter({ hasText: /^Added/ })
        .textContent(),
    ).resolves.toBe('Added (43)');
    await withScript.close();
  });
});

describe('the 0.3 draft and its rulebook', () => {
  it('renders a provision from the rulebook with its id as anchor, and keeps the old anchor it replaces', async () => {
    const { page } = await openPage(context, `${base}/0.3/reporting-and-transparency/`);
    await expect(page.getByRole('note', { name: 'Draft version' }).count()).resolves.toBe(1);
    const box = page.locator('#RPT-1');
    await expect(box.getByRole('link', { name: 'Requirement RPT-1' }).getAttribute('href')).resolves.toBe('#RPT-1');
    await expect(box.textContent()).resolves.toMatch(/Per-unit figures shall be location-based/);
    await expect(box.getByRole('link', { name: '7.10' }).getAttribute('href')).resolves.toBe('/0.2/reporting-and-transparency/#req-7.10');
    await expect(page.locator('[id="req-7.10"]').count()).resolves.toBe(1);
    await page.close();
  });

  it('maps every numbered provision of 0.2 to its id on the compare page, without JavaScript', async () => {
    const { page } = await openPage(context, `${base}/compare/0.2...0.3/`);
    const map = page.getByRole('table', { name: 'Where each provision of version 0.2 went in version 0.3' });
    await expect(map.getByRole('row').count()).resolves.toBe(92); // a header row and 91 provisions
    const row = map.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^2\.10 / }) });
    await expect(row.getByRole('link', { name: 'RPT-1' }).getAttribute('href')).resolves.toBe('/0.3/reporting-and-transparency/#RPT-1');
    await page.close();
  });

  it('is offered by the version switcher, which keeps the chapter', async () => {
    const { page } = await openPage(context, `${base}/0.2/partial-data/`);
    await page.getByText('Guidance version: Version 0.2').click();
    await page.getByRole('list', { name: 'Guidance versions' }).getByRole('link', { name: /^0\.3/ }).click();
    await page.waitForURL(`${base}/0.3/partial-data/`);
    await page.close();
  });
});

describe('version switcher', () => {
  it('maps a renamed chapter to its successor and back, without JavaScript', async () => {
    const { page } = await openPage(context, `${base}/0.2/boundaries-and-functional-units/`);
    await page.getByText('Guidance version: Version 0.2').click();
    await page.getByRole('list', { name: 'Guidance versions' }).getByRole('link', { name: /^0\.1/ }).click();
    await page.waitForURL(`${base}/0.1/principles/`);
    const banner = page.getByRole('note', { name: 'Superseded version' });
    await expect(banner.getByRole('link').getAttribute('href')).resolves.toBe('/0.2/boundaries-and-functional-units/');
    await page.close();
  });
});

describe('citation, feed and print', () => {
  it('offers Harvard, BibTeX and RIS for the chapter, as text', async () => {
    const { page } = await openPage(context, `${base}/0.2/partial-data/`);
    const cite = page.getByRole('region', { name: 'Cite this page' });
    await cite.getByText('Citation in Harvard style, BibTeX and RIS').click();
    await expect(cite.getByText(/@incollection\{dimpact-ai-2026-v0\.2-partial-data,/).isVisible()).resolves.toBe(true);
    await expect(cite.getByText(/TY {2}- CHAP/).isVisible()).resolves.toBe(true);
    await expect(cite.getByText(/‘Working with partial data’, in Energy use/).isVisible()).resolves.toBe(true);
    // Every format, and the canonical link, give the absolute address: a citation pasted elsewhere resolves.
    const address = new URL('0.2/partial-data/', siteOrigin(process.env.SITE_URL)).href;
    const text = (await cite.textContent()) ?? '';
    expect(text.match(new RegExp(address.replaceAll('.', '\\.'), 'g'))?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(text).not.toMatch(/[\s(<{]\/0\.2\/partial-data\//);
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(address);
    await page.close();
  });

  it('links the Atom feed of releases from the head, and the feed lists both versions', async () => {
    const { page } = await openPage(context, `${base}/0.2/introduction/`);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).resolves.toBe('/releases.xml');
    const response = await page.request.get(`${base}/releases.xml`);
    const feed = await response.text();
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed).toContain('Version 0.2 released: Consultation draft');
    expect(feed).toContain('Version 0.1 released: Scoping note');
    await page.close();
  });

  it('puts every chapter of a version on one printable page', async () => {
    const { page, problems } = await openPage(context, `${base}/0.2/print/`);
    const chapters = page.getByRole('article');
    expect(await chapters.count()).toBe(9);
    await expect(chapters.first().getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe('1. Introduction and scope');
    expect(problems.requests.filter((r) => r.type === 'script')).toEqual([]);
    // Glossary terms link to the glossary as in the chapters, without their definitions as hover titles.
    const terms = page.locator('a.term');
    expect(await terms.count()).toBeGreaterThan(50);
    await expect(terms.first().getAttribute('href')).resolves.toMatch(/^\/0\.2\/glossary\/#/);
    expect(await page.locator('a.term[title]').count()).toBe(0);
    await page.close();
  });
});
