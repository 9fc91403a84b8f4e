import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { siteHardener } from '../../../src/integrations/site-hardening.ts';

const page = (main: string) =>
  `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>t</title></head><body>${main}<script>go()</script></body></html>`;

describe('the hardening step hands the search its pages', () => {
  let dist: string | undefined;
  afterEach(() => {
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('passes on each page the search indexes, once, as hardened; and no other page', async () => {
    dist = mkdtempSync(join(tmpdir(), 'hardening-'));
    const write = (path: string, html: string) => {
      mkdirSync(dirname(join(dist!, path)), { recursive: true });
      writeFileSync(join(dist!, path), html);
    };
    write('0.3/scope/index.html', page('<main data-pagefind-body><h1>Scope</h1></main>'));
    write('0.3/print/index.html', page('<main><h1>All chapters</h1></main>'));
    write('index.html', page('<main data-pagefind-body><h1>Home</h1></main>'));
    const handed: { path: string; html: string }[] = [];
    const hardener = siteHardener(dist, { onSearchable: (path, html) => handed.push({ path, html }) });
    // One page handed over early, as while Astro renders; the rest found by `finish`.
    hardener.harden('/0.3/scope/index.html');
    hardener.harden('/0.3/scope/index.html');
    const { pages, early } = await hardener.finish();
    expect({ pages, early }).toEqual({ pages: 3, early: 1 });
    expect(handed.map((h) => h.path)).toEqual(['/0.3/scope/index.html', '/index.html']);
    for (const { path, html } of handed) {
      expect(html).toContain('http-equiv="content-security-policy"');
      expect(html).toBe(readFileSync(join(dist, path), 'utf8'));
    }
  }, 30_000);

  it('passes pages on in the order Astro started them, whichever was written or hardened first', async () => {
    dist = mkdtempSync(join(tmpdir(), 'hardening-'));
    // The first page is much the longest, so a second thread finishes the others before it.
    const long = `<main data-pagefind-body>${'<p>Grid intensity, <a href="https://example.org/">a source</a>.</p>'.repeat(20_000)}</main>`;
    const paths = ['/a/index.html', '/b/index.html', '/c/index.html', '/d/index.html'];
    paths.forEach((path, i) => {
      mkdirSync(dirname(join(dist!, path)), { recursive: true });
      writeFileSync(join(dist!, path), page(i === 0 ? long : `<main data-pagefind-body><h1>${path}</h1></main>`));
    });
    const handed: string[] = [];
    const hardener = siteHardener(dist, { threads: 2, onSearchable: (path) => handed.push(path) });
    // Astro starts c, a, d and b (rendering several at once), and writes them in another order.
    for (const path of ['/c/index.html', '/a/index.html', '/d/index.html', '/b/index.html']) hardener.started(path);
    for (const path of ['/d/index.html', '/b/index.html', '/a/index.html', '/c/index.html']) hardener.harden(path);
    await hardener.finish();
    expect(handed).toEqual(['/c/index.html', '/a/index.html', '/d/index.html', '/b/index.html']);
  }, 30_000);

  it('puts pages whose start was not seen after the rest, in path order, and skips a started page never written', async () => {
    dist = mkdtempSync(join(tmpdir(), 'hardening-'));
    for (const path of ['/z/index.html', '/b/index.html', '/a/index.html']) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), page(`<main data-pagefind-body><h1>${path}</h1></main>`));
    }
    const handed: string[] = [];
    const hardener = siteHardener(dist, { onSearchable: (path) => handed.push(path) });
    hardener.started('/z/index.html');
    hardener.started('/empty/index.html');
    hardener.harden('/b/index.html');
    const { pages } = await hardener.finish();
    expect(pages).toBe(3);
    expect(handed).toEqual(['/z/index.html', '/a/index.html', '/b/index.html']);
  }, 30_000);

  it('fails `finish` with the error of a page it could not harden, and with no unhandled rejection before it', async () => {
    dist = mkdtempSync(join(tmpdir(), 'hardening-'));
    const hardener = siteHardener(dist, { onSearchable: () => {} });
    // Reported written, but not there: the thread cannot read it.
    hardener.harden('/gone/index.html');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(hardener.finish()).rejects.toThrow(/gone/);
  }, 30_000);
});
