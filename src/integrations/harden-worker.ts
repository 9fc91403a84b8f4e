/**
 * One thread's share of the hardening step (site-hardening.ts): hardens each page in place and answers its
 * policy, from the same parse its weight for the footprint (scripts/site-checks/page-weight.ts), and the
 * finished HTML of a page the search indexes (scripts/site-checks/search-index.ts), so that it is not read
 * from disk again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedDistReader, isMeasuredPage, pagePathOf } from '../../scripts/site-checks/dist-files.ts';
import { startTags } from '../../scripts/site-checks/html-scan.ts';
import { workerJob } from '../../scripts/site-checks/in-workers.ts';
import { measurePage, type PageWeight } from '../../scripts/site-checks/page-weight.ts';
import { isSearchable } from '../../scripts/site-checks/search-index.ts';
import { hardenPage, type PagePolicy } from './csp.ts';

export interface HardenItem {
  dist: string;
  /** The page's HTML file by site path: '/0.2/scope/index.html'. */
  path: string;
}

export interface HardenAnswer {
  policy: PagePolicy;
  /** Only for the pages the footprint measures (dist-files.ts: isMeasuredPage). */
  weight?: PageWeight;
  /** The hardened HTML, only for the pages the search indexes. */
  searchable?: string;
}

// One reader for the thread, so the page weights read and compress each shared stylesheet and script once in it.
let read: ReturnType<typeof cachedDistReader> | undefined;

workerJob<HardenItem, HardenAnswer>(({ dist, path }) => {
  const file = join(dist, path);
  const { html, policy, markup } = hardenPage(readFileSync(file, 'utf8'));
  writeFileSync(file, html);
  // From the parse hardenPage made (html-scan.ts keeps the last page's): the page as parsed, before its edits.
  const searchable = isSearchable(startTags(markup)) ? { searchable: html } : {};
  if (!isMeasuredPage(path)) return { policy, ...searchable };
  read ??= cachedDistReader(dist);
  return { policy, weight: measurePage(pagePathOf(path), html, read, markup), ...searchable };
});
