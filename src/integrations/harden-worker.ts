/**
 * One thread's share of the hardening step (site-hardening.ts): hardens each page in place and answers its
 * policy, from the same parse its weight for the footprint (scripts/site-checks/page-weight.ts), and the
 * finished HTML of a page the search indexes (scripts/site-checks/search-index.ts), so that it is not read
 * from disk again.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { cachedDistReader, isMeasuredPage, pagePathOf } from '../../scripts/site-checks/dist-files.ts';
import { startTags } from '../../scripts/site-checks/html-scan.ts';
import { workerJob } from '../../scripts/site-checks/in-workers.ts';
import { measurePage, type PageWeight } from '../../scripts/site-checks/page-weight.ts';
import { isSearchable } from '../../scripts/site-checks/search-index.ts';
import { hardenPage, type PagePolicy } from './csp.ts';
import type { IslandRuntimeFile } from './island-runtime.ts';

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

// The island runtime files (island-runtime.ts) this thread has written. Another thread may write the same
// file at the same time: each writes a copy of its own and renames it into place, so a reader (a page's
// weight, below) never sees half a file, and the last rename leaves the same bytes as the first.
const written = new Set<string>();
function writeOnce(dist: string, { href, text }: IslandRuntimeFile): void {
  if (written.has(href)) return;
  const file = join(dist, href);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.${threadId}.tmp`, text);
  renameSync(`${file}.${threadId}.tmp`, file);
  written.add(href);
}

workerJob<HardenItem, HardenAnswer>(({ dist, path }) => {
  const file = join(dist, path);
  const { html, policy, markup, runtime } = hardenPage(readFileSync(file, 'utf8'));
  if (runtime) writeOnce(dist, runtime);
  writeFileSync(file, html);
  // From the parse hardenPage made (html-scan.ts keeps the last page's): the page as parsed, before its edits.
  const searchable = isSearchable(startTags(markup)) ? { searchable: html } : {};
  if (!isMeasuredPage(path)) return { policy, ...searchable };
  read ??= cachedDistReader(dist);
  return { policy, weight: measurePage(pagePathOf(path), html, read, markup), ...searchable };
});
