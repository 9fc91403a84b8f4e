import { describe, expect, it } from 'vitest';
import { pagePathOf } from '../../../scripts/site-checks/dist-files.ts';
import { checkLinks, externalLinksWithoutNoopener, pageReferences } from '../../../scripts/site-checks/link-check.ts';

const site = (pages: Record<string, string>, other: string[] = [], siteUrl?: string) => ({
  files: new Set([...Object.keys(pages), ...other]),
  html: new Map(Object.entries(pages)),
  site: siteUrl,
});

describe('checkLinks', () => {
  it('accepts links that resolve to a built page, file and fragment', () => {
    const report = checkLinks(
      site(
        {
          '/index.html': '<a href="/0.2/">v</a><a href="0.2/#scope">s</a><link rel="icon" href="/favicon.svg"><a href="#top">top</a>',
          '/0.2/index.html': '<h2 id="scope">Scope</h2><a href="../">home</a><img src="chart.svg" srcset="chart.svg 1x, chart@2x.svg 2x">',
        },
        ['/favicon.svg', '/0.2/chart.svg', '/0.2/chart@2x.svg'],
      ),
    );
    expect(report.broken).toEqual([]);
    expect(report.checked).toBe(8);
  });

  it('reports missing pages, missing fragments, a missing trailing slash and javascript: links', () => {
    const report = checkLinks(
      site({
        '/index.html': '<a href="/0.3/">a</a><a href="/0.2/#nowhere">b</a><a href="/0.2">c</a><a href="javascript:void(0)">d</a>',
        '/0.2/index.html': '<h1 id="top-heading">x</h1>',
      }),
    );
    expect(report.broken.map((b) => b.reason)).toEqual([
      'no such page or file: /0.3/',
      'no element with id "nowhere" in /0.2/',
      'no such page or file: /0.2 (add the trailing slash)',
      'javascript: address',
    ]);
  });

  it('lists external links without fetching them, and treats SITE_URL as internal', () => {
    const report = checkLinks(
      site(
        {
          '/index.html':
            '<a href="https://doi.org/10.1/x" rel="noopener">d</a><a href="mailto:a@b.c">m</a><link rel="canonical" href="https://guidance.example/">',
        },
        [],
        'https://guidance.example/',
      ),
    );
    expect([...report.external.keys()]).toEqual(['https://doi.org/10.1/x']);
    expect(report.broken).toEqual([]);
  });

  it('checks island modules and meta refresh targets', () => {
    const refs = pageReferences(
      '/latest/',
      '<meta http-equiv="refresh" content="0; url=/0.2/"><astro-island component-url="/_astro/A.js" renderer-url="/_astro/client.js">',
    );
    expect(refs.map((r) => `${r.where} ${r.value}`)).toEqual([
      'meta[refresh] /0.2/',
      'astro-island[component-url] /_astro/A.js',
      'astro-island[renderer-url] /_astro/client.js',
    ]);
  });
});

describe('helpers', () => {
  it('maps built files to the address they are served at', () => {
    expect(pagePathOf('/0.2/index.html')).toBe('/0.2/');
    expect(pagePathOf('/404.html')).toBe('/404.html');
  });
  it('finds external links without rel="noopener"', () => {
    expect(
      externalLinksWithoutNoopener(
        '/',
        '<a href="https://x.example">x</a><a href="https://y.example" rel="noopener noreferrer">y</a><a href="/z/">z</a>',
      ),
    ).toEqual(['/: https://x.example']);
  });
});
