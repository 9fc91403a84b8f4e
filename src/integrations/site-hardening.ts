/**
 * The hardening step, run by `npm run build` (scripts/build.mjs) after Astro has written the site: gives
 * every page its Content-Security-Policy (hashes of the inline scripts and styles it actually contains),
 * moves Astro's island <style> from <body> into <head> (valid HTML; the W3C checker rejects a style element
 * in body), marks external links rel="noopener", lets the keyboard reach tables that scroll
 * (scroll-tables.ts), and writes a `_headers` file for static hosts that read one. The logic is in csp.ts
 * beside this file.
 *
 * Each page is parsed once, by parse5, which is most of the step's time; the same parse also gives the
 * page's weight for the footprint (scripts/site-checks/footprint.ts), which would otherwise parse every page
 * again. The pages are shared between worker threads, one per core (harden-worker.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFiles, isHtml } from '../../scripts/site-checks/dist-files.ts';
import { inWorkers } from '../../scripts/site-checks/in-workers.ts';
import type { PageWeight } from '../../scripts/site-checks/page-weight.ts';
import { headersFile } from './csp.ts';
import type { HardenAnswer, HardenItem } from './harden-worker.ts';

/** Hardens every HTML file under `dist` in place and writes `dist/_headers`; answers the weight of each page the footprint measures. */
export async function hardenSite(dist: string): Promise<{ pages: number; weights: PageWeight[] }> {
  const pages = distFiles(dist).filter(isHtml);
  const answers = await inWorkers<HardenItem, HardenAnswer>(
    new URL('./harden-worker.ts', import.meta.url),
    pages.map((page) => ({ dist, path: page.path })),
  );
  writeFileSync(join(dist, '_headers'), headersFile(answers.map((a) => a.policy)));
  return { pages: pages.length, weights: answers.flatMap((a) => (a.weight ? [a.weight] : [])) };
}
