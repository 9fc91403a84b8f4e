/**
 * The corrections shown with a page (Errata.astro): a short notice before a chapter's text with the
 * corrections in a disclosure, and the corrections in full on the print page.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Errata from '../../../src/components/Errata.astro';
import type { Erratum } from '../../../src/lib/content-schema.ts';
import { textOf } from '../../support/html-text.ts';

const older: Erratum = { date: '2026-11-29', chapter: 'scope', what: 'The scope named the wrong year.', why: 'A typing error.' };
const newer: Erratum = {
  date: '2026-11-30',
  chapter: 'scope',
  what: 'A worked example left out idle capacity.',
  why: 'Requirement 2.3 asks for it.',
};
const render = async (errata: Erratum[], compact: boolean) =>
  (await AstroContainer.create()).renderToString(Errata, { props: { version: '0.2', errata, compact } });

describe('errata', () => {
  it('shows nothing on a page without corrections', async () => {
    expect(textOf(await render([], true))).toBe('');
  });

  it('on a chapter, says when the page was corrected and keeps what and why in a closed disclosure', async () => {
    const html = await render([newer], true);
    expect(textOf(html)).toContain('This page was corrected on 2026-11-30, after version 0.2 was released.');
    expect(html).toMatch(/<details class="errata__list"><summary>What was corrected, and why<\/summary><ul><li>/);
    expect(html).not.toMatch(/<details[^>]* open/);
    expect(textOf(html)).toContain('A worked example left out idle capacity. Why: Requirement 2.3 asks for it.');
    expect(html).toContain('<a href="/0.2/changes/#errata">All errata and changes in version 0.2</a>');
  });

  it('counts several corrections, dates the notice by the latest and lists them newest first', async () => {
    const html = await render([older, newer], true);
    expect(textOf(html)).toContain('This page has had 2 corrections, the latest on 2026-11-30, after version 0.2 was released.');
    expect(textOf(html).indexOf(newer.what)).toBeLessThan(textOf(html).indexOf(older.what));
  });

  it('on the print page, shows every correction in full, with no disclosure to open on paper', async () => {
    const html = await render([older, newer], false);
    expect(html).not.toContain('<details');
    expect(html).not.toContain('<summary');
    expect(textOf(html)).not.toContain('This page');
    expect(textOf(html)).toContain(`${older.what} Why: ${older.why}`);
  });
});
