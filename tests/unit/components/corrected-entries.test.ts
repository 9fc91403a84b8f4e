/** How an erratum of references names the entries it corrected: short citations, linked, in one sentence. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import CorrectedEntries from '../../../src/components/CorrectedEntries.astro';
import { textOf } from '../../support/html-text.ts';

const render = async (sources: string[]) =>
  (await AstroContainer.create()).renderToString(CorrectedEntries, { props: { version: '0.2', sources } });

describe('corrected entries', () => {
  it('links each entry to the version’s references page, separated by semicolons as citations hold commas', async () => {
    const html = await render(['ember-2024', 'llopis-2026']);
    expect(textOf(html)).toBe('Entries corrected: Ember, 2024; Llopis, 2026.');
    expect(html).toContain('<a href="/0.2/references/#ref-ember-2024">Ember, 2024</a>');
    expect(html).toContain('<a href="/0.2/references/#ref-llopis-2026">Llopis, 2026</a>');
  });

  it('names an entry the registry no longer has by its id, without a link', async () => {
    const html = await render(['no-such-source']);
    expect(textOf(html)).toBe('Entries corrected: no-such-source.');
    expect(html).not.toContain('<a ');
  });
});
