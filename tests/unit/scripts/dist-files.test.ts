import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtPages,
  builtPagesLargestFirst,
  cachedDistReader,
  isMeasuredPage,
  pagePathOf,
  sitePathOf,
} from '../../../scripts/site-checks/dist-files.ts';

describe('the built site’s files', () => {
  it('measures directory indexes and the 404 page as pages, nothing else', () => {
    expect(['/index.html', '/0.2/scope/index.html', '/404.html'].every(isMeasuredPage)).toBe(true);
    expect(['/_astro/x.js', '/0.2/scope/extra.html', '/compare/data/0.2.json'].some(isMeasuredPage)).toBe(false);
    expect(pagePathOf('/0.2/scope/index.html')).toBe('/0.2/scope/');
    expect(pagePathOf('/404.html')).toBe('/404.html');
  });

  it('names a file under the build folder by its site path, and none outside it', () => {
    const dist = join(tmpdir(), 'site', 'dist');
    expect(sitePathOf(dist, join(dist, '0.2', 'scope', 'index.html'))).toBe('/0.2/scope/index.html');
    expect(sitePathOf(dist, join(dist, '404.html'))).toBe('/404.html');
    expect(sitePathOf(dist, join(dist, '..', 'src', 'page.html'))).toBeUndefined();
    expect(sitePathOf(dist, join(tmpdir(), 'elsewhere.html'))).toBeUndefined();
  });

  it('reads each file once through a cached reader, and answers undefined for a missing one', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-files-'));
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, '_astro', 'site.css'), 'body{}');
    const read = cachedDistReader(dist);
    const first = read('/_astro/site.css');
    expect(first?.toString()).toBe('body{}');
    // The same bytes object again (bytesOf remembers sizes by object), even after the file changes.
    writeFileSync(join(dist, '_astro', 'site.css'), 'p{}');
    expect(read('/_astro/site.css')).toBe(first);
    expect(read('/_astro/missing.js')).toBeUndefined();
    // Another reader reads the file as it is now.
    expect(cachedDistReader(dist)('/_astro/site.css')?.toString()).toBe('p{}');
  });

  it('lists the built pages largest first for the browser sweep, the same pages as builtPages', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-pages-'));
    const page = (path: string, bytes: number) => {
      mkdirSync(join(dist, path), { recursive: true });
      writeFileSync(join(dist, path, 'index.html'), 'x'.repeat(bytes));
    };
    page('a', 10);
    page('b', 300);
    page('c', 20);
    page('d', 20);
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, '_astro', 'big.js'), 'x'.repeat(1000));
    expect(builtPagesLargestFirst(dist)).toEqual(['/b/', '/c/', '/d/', '/a/']);
    expect([...builtPagesLargestFirst(dist)].sort()).toEqual(builtPages(dist));
  });
});
