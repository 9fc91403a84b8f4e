import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../../../content/versions.json';
import { DEFAULT_SITE_ORIGIN, siteOrigin } from '../../../src/lib/site-origin.ts';

describe('siteOrigin', () => {
  it('is the default public address when SITE_URL is unset or empty', () => {
    expect(siteOrigin()).toBe('https://ai-guidance.dimpact.org/');
    expect(siteOrigin('')).toBe(DEFAULT_SITE_ORIGIN);
    expect(siteOrigin('  ')).toBe(DEFAULT_SITE_ORIGIN);
  });

  it('takes a deployment’s SITE_URL, with or without the trailing slash', () => {
    expect(siteOrigin('https://guidance.example.org')).toBe('https://guidance.example.org/');
    expect(siteOrigin('http://127.0.0.1:4321/')).toBe('http://127.0.0.1:4321/');
  });

  it('refuses what is not an http(s) origin, saying what it expected', () => {
    expect(() => siteOrigin('guidance.example.org')).toThrow(/expected an address such as https:\/\/guidance\.example\.org\//);
    expect(() => siteOrigin('ftp://guidance.example.org/')).toThrow(/http or https/);
    expect(() => siteOrigin('https://example.org/guidance/')).toThrow(/origin only/);
  });
});

describe('CITATION.cff', () => {
  it('gives the current version’s absolute address under the default origin', () => {
    const current = manifest.versions.find((v) => v.status === 'current')!;
    const urls = [...readFileSync('CITATION.cff', 'utf8').matchAll(/^\s*url: "(.*)"$/gm)].map((m) => m[1]);
    expect(urls).toEqual([`${DEFAULT_SITE_ORIGIN}${current.id}/`, `${DEFAULT_SITE_ORIGIN}${current.id}/`]);
  });
});
