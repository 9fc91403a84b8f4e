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
 * would otherwise parse every page again. The work runs in worker threads (harden-worker.ts). The build hands
 * over each page as soon as Astro has written it (`harden`), so while Astro renders on one core the other
 * hardens what is done; `finish` then hardens every page not handed over on every core.
 * Each page the search indexes goes on, hardened, to `onSearchable` (the build's search indexer), which thus
 * indexes while Astro renders too, in the order Astro started the pages (`started`), not the order they were
 * written: the index's layout follows the order pages are added (a shuffled order made it a tenth larger),
 * and the same content should give the same index from build to build.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { bySitePath, distFiles, isHtml } from '../../scripts/site-checks/dist-files.ts';
import { workerPool } from '../../scripts/site-checks/in-workers.ts';
import type { PageWeight } from '../../scripts/site-checks/page-weight.ts';
import { cacheRules } from './cache-headers.ts';
import { headersFile } from './csp.ts';
import type { HardenAnswer, HardenItem } from './harden-worker.ts';

export interface SiteHardener {
  /** Notes that Astro has started a page (its site path), which sets its place in the order pages reach the search. */
  started(path: string): void;
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
  // The answers are held to the end of the build; each searchable page's HTML only until it is handed on.
  const answers = new Map<string, Promise<Omit<HardenAnswer, 'searchable'>>>();
  const pagesForSearch = new Map<string, PromiseWithResolvers<string | undefined>>();
  const forSearch = (path: string) => {
    let entry = pagesForSearch.get(path);
    if (!entry) {
      entry = Promise.withResolvers<string | undefined>();
      // A page that fails fails the build in `finish` (below), not here as an unhandled rejection.
      entry.promise.catch(() => {});
      pagesForSearch.set(path, entry);
    }
    return entry;
  };
  const placed = new Set<string>();
  let handedOn = Promise.resolve();
  const place = (path: string) => {
    if (placed.has(path)) return;
    placed.add(path);
    const html = forSearch(path).promise;
    handedOn = handedOn.then(() =>
      html.then(
        (searchable) => {
          pagesForSearch.delete(path);
          if (searchable !== undefined) onSearchable?.(path, searchable);
        },
        () => {},
      ),
    );
  };
  const harden = (path: string) => {
    if (answers.has(path)) return;
    const done = pool.run({ dist, path });
    forSearch(path).resolve(done.then(({ searchable }) => searchable));
    const answer = done.then(({ searchable: _handedOn, ...kept }) => kept);
    // A page that fails fails the build in `finish`, which awaits every answer; not earlier, as an unhandled rejection.
    answer.catch(() => {});
    answers.set(path, answer);
  };
  return {
    started(path) {
      if (path.endsWith('.html')) place(path);
    },
    harden(path) {
      if (path.endsWith('.html')) harden(path);
    },
    async finish() {
      const early = answers.size;
      pool.grow(availableParallelism());
      for (const page of distFiles(dist).filter(isHtml)) {
        harden(page.path);
        // Pages whose start the log did not show go to the search last, in the order of their paths.
        place(page.path);
      }
      // Pages started but never written (a route with an empty response) give the search nothing.
      for (const [path, { resolve }] of pagesForSearch) if (!answers.has(path)) resolve(undefined);
      try {
        // In the order of their paths, not the order Astro wrote them in, which varies: equal figures tie the same way every build.
        const all = await Promise.all([...answers].sort(([a], [b]) => bySitePath(a, b)).map(([, answer]) => answer));
        await handedOn;
        writeFileSync(join(dist, '_headers'), `${headersFile(all.map((a) => a.policy))}\n${cacheRules()}`);
        return { pages: all.length, early, weights: all.flatMap((a) => (a.weight ? [a.weight] : [])) };
      } finally {
        await pool.close();
      }
    },
  };
}
