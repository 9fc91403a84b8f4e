/**
 * The hardening step, run by `npm run build` (scripts/build.mjs) on the pages Astro writes: gives every
 * page its Content-Security-Policy (hashes of the inline scripts and styles it actually contains), moves
 * Astro's island <style> from <body> into <head> (valid HTML; the W3C checker rejects a style element in
 * body), marks external links rel="noopener", lets the keyboard reach tables that scroll
 * (scroll-tables.ts), and writes a `_headers` file for static hosts that read one (security headers, and
 * caching for files named by their content: cache-headers.ts). The logic is in csp.ts beside this file.
 *
 * Each page is read once, by htmlparser2 (scripts/site-checks/html-scan.ts), which is most of the step's
 * time; the same reading gives the page's weight for the footprint (scripts/site-checks/footprint.ts), which
 * would otherwise parse every page again. The work runs in worker threads (harden-worker.ts). The build hands over each page as soon as
 * Astro reports it written (`harden`), so while Astro renders on one core the other hardens what is done;
 * `finish` then hardens every page not handed over (whatever Astro's log did not name) on every core.
 * Each page the search indexes goes on, hardened, to `onSearchable` (the build's search indexer), which
 * thus indexes while Astro renders too.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { distFiles, isHtml } from '../../scripts/site-checks/dist-files.ts';
import { workerPool } from '../../scripts/site-checks/in-workers.ts';
import type { PageWeight } from '../../scripts/site-checks/page-weight.ts';
import { cacheRules } from './cache-headers.ts';
import { headersFile } from './csp.ts';
import type { HardenAnswer, HardenItem } from './harden-worker.ts';

export interface SiteHardener {
  /** Hardens one written page (its site path: '/0.2/scope/index.html'); an HTML file only, once each. */
  harden(path: string): void;
  /** Hardens every HTML page under `dist` not handed over yet, writes `dist/_headers`, and stops the threads. */
  finish(): Promise<{ pages: number; early: number; weights: PageWeight[] }>;
}

export interface HardenerOptions {
  /** Threads while Astro still renders: one by default, as Astro's rendering holds the other core. */
  threads?: number;
  /** Called with each hardened page that the search indexes (harden-worker.ts) and its HTML. */
  onSearchable?: (path: string, html: string) => void;
}

/** A hardener for the site being built in `dist`, with every core for the pages left at the end. */
export function siteHardener(dist: string, { threads = 1, onSearchable }: HardenerOptions = {}): SiteHardener {
  const pool = workerPool<HardenItem, HardenAnswer>(new URL('./harden-worker.ts', import.meta.url), threads);
  const answers = new Map<string, Promise<HardenAnswer>>();
  // Pages go on to the search in the order they came here (Astro's order, then the file list's), whatever
  // order the threads finish them in: the index's layout follows the order pages are added, and the same
  // content should give the same index from build to build.
  let handedOn = Promise.resolve();
  const harden = (path: string) => {
    if (answers.has(path)) return;
    const done = pool.run({ dist, path });
    handedOn = handedOn.then(() =>
      done.then(
        ({ searchable }) => {
          if (searchable !== undefined) onSearchable?.(path, searchable);
        },
        () => {},
      ),
    );
    // The HTML is handed on, not kept: the answers are held until the end of the build.
    const answer = done.then(({ searchable: _handedOn, ...kept }) => kept);
    // A page that fails fails the build in `finish`, which awaits every answer; not earlier, as an unhandled rejection.
    answer.catch(() => {});
    answers.set(path, answer);
  };
  return {
    harden(path) {
      if (path.endsWith('.html')) harden(path);
    },
    async finish() {
      const early = answers.size;
      pool.grow(availableParallelism());
      for (const page of distFiles(dist).filter(isHtml)) harden(page.path);
      try {
        const all = await Promise.all(answers.values());
        await handedOn;
        writeFileSync(join(dist, '_headers'), `${headersFile(all.map((a) => a.policy))}\n${cacheRules()}`);
        return { pages: all.length, early, weights: all.flatMap((a) => (a.weight ? [a.weight] : [])) };
      } finally {
        await pool.close();
      }
    },
  };
}
