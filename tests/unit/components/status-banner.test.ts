import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import StatusBanner from '../../../src/components/StatusBanner.astro';
import type { VersionEntry } from '../../../src/lib/content-schema.ts';

const current: VersionEntry = {
  id: '0.2',
  title: 'Consultation draft',
  status: 'current',
  released: '2026-11-20',
  summary: 's'.repeat(40),
  coefficientSet: 'cs-2026-11',
  releaseNotes: [],
  errata: [],
  knownIssues: [],
};
const render = async (version: VersionEntry) =>
  (await AstroContainer.create()).renderToString(StatusBanner, { props: { version, current, currentHref: '/0.2/introduction/' } });

describe('status banner', () => {
  it('warns that a draft is not adopted and points to the version in force', async () => {
    const html = await render({ ...current, id: '0.3', status: 'draft', title: 'Next draft' });
    expect(html).toMatch(/aria-label="Draft version"/);
    expect(html).toMatch(/Draft version 0\.3\..*not been adopted/s);
    expect(html).toContain('href="/0.2/introduction/"');
  });

  it('links a superseded page to the same chapter in the current version', async () => {
    const html = await render({ ...current, id: '0.1', status: 'superseded' });
    expect(html).toMatch(/version 0\.1, which has been superseded/);
    expect(html).toMatch(/<a href="\/0\.2\/introduction\/">Read this in the current version \(0\.2\)<\/a>/);
  });

  it('gives the reason a version was withdrawn', async () => {
    const html = await render({
      ...current,
      id: '0.1',
      status: 'withdrawn',
      withdrawnReason: 'It used a grid factor with the wrong unit.',
    });
    expect(html).toMatch(/Version 0\.1 has been withdrawn and must not be used\..*wrong unit/s);
  });

  it('shows nothing on the current version', async () => {
    expect((await render(current)).trim()).toBe('');
  });
});
