/**
 * JavaScript budgets measured on the built files: gzipped bytes of every script a page loads at start
 * (script src, Astro island component-url and renderer-url, and their static imports in dist/_astro),
 * plus, separately, what loads on first interaction (the engine chunks an island imports dynamically).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';
const KB = 1024;
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const file = (url: string) => join(DIST, url.replace(/^\//, ''));

function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.\/[^"']+\.js)["']/g)].map((m) => m[1] as string);
}
function dynamicImports(code: string): string[] {
  return [...code.matchAll(/import\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1] as string);
}

/** Every module reachable by static imports from the entry URLs. */
function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(file(url), 'utf8');
    for (const rel of staticImports(code)) visit(new URL(rel, `http://x${url}`).pathname);
  };
  entries.forEach(visit);
  return seen;
}

interface Measure { page: string; islands: number; atLoad: number; inline: number; afterInteraction: number; files: string[] }

function measure(page: string): Measure {
  const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
  const entries = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) entries.add(m[1] as string);
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) entries.add(m[1] as string);
  const islands = (html.match(/<astro-island /g) ?? []).length;
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + gz(m[1] ?? ''), 0);
  const loaded = closure([...entries].filter((u) => u.startsWith('/')));
  const atLoad = [...loaded].reduce((sum, u) => sum + gz(readFileSync(file(u))), 0);
  const lazy = new Set<string>();
  for (const u of loaded) for (const rel of dynamicImports(readFileSync(file(u), 'utf8'))) lazy.add(new URL(rel, `http://x${u}`).pathname);
  const later = closure([...lazy]);
  const extra = [...later].filter((u) => !loaded.has(u)).reduce((sum, u) => sum + gz(readFileSync(file(u))), 0);
  return { page, islands, atLoad, inline, afterInteraction: atLoad + extra, files: [...loaded] };
}

const kb = (n: number) => (n / KB).toFixed(1);
const chapterPages = ['0.2/boundaries-and-functional-units', '0.2/training-and-inference', '0.2/counterfactuals-and-rebound', '0.2/media-use-cases', '0.2/partial-data', '0.2/reporting-and-transparency'];
const textPages = ['0.2/introduction', '0.1/principles', '0.2/open-questions', '0.2/coefficients', '0.2/references', 'versions', ''];

describe('JavaScript budgets (gzipped, built files)', () => {
  const ready = existsSync(join(DIST, 'index.html'));
  const rows = ready ? [...chapterPages, '0.2/calculator', ...textPages].filter((p) => existsSync(join(DIST, p, 'index.html'))).map(measure) : [];

  it('prints the figures', () => {
    expect(ready).toBe(true);
    console.log(['page | islands | JS at load (KB) | inline (KB) | after first interaction (KB)', ...rows.map((r) => `/${r.page}/ | ${r.islands} | ${kb(r.atLoad)} | ${kb(r.inline)} | ${kb(r.afterInteraction)}`)].join('\n'));
  });

  it('a chapter with one island loads at most 90 KB at start; each further island at most 10 KB more', () => {
    for (const r of rows.filter((r) => r.islands > 0)) {
      const budget = (90 + 10 * (r.islands - 1)) * KB;
      expect(r.atLoad + r.inline, `/${r.page}/ loads ${kb(r.atLoad + r.inline)} KB with ${r.islands} island(s)`).toBeLessThanOrEqual(budget);
    }
  });

  it('text pages load no JavaScript file', () => {
    for (const r of rows.filter((r) => textPages.includes(r.page))) {
      expect(r.islands, `/${r.page}/`).toBe(0);
      expect(r.atLoad, `/${r.page}/`).toBe(0);
    }
  });
});
