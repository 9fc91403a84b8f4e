/**
 * One thread's share of the hardening step (site-hardening.ts): hardens each page in place and answers its
 * policy and, from the same parse, its weight for the footprint (scripts/site-checks/page-weight.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDistFile } from '../../scripts/site-checks/dist-files.ts';
import { workerJob } from '../../scripts/site-checks/in-workers.ts';
import { measurePage, type PageWeight } from '../../scripts/site-checks/page-weight.ts';
import { hardenPage, type PagePolicy } from './csp.ts';

export interface HardenItem {
  dist: string;
  /** The page's HTML file by site path: '/0.2/scope/index.html'. */
  path: string;
}

export interface HardenAnswer {
  policy: PagePolicy;
  weight: PageWeight;
}

// One bytes object per file, so the page weights compress each shared stylesheet and script once in this thread.
const files = new Map<string, Buffer | undefined>();

workerJob<HardenItem, HardenAnswer>(({ dist, path }) => {
  const file = join(dist, path);
  const { html, policy, markup } = hardenPage(readFileSync(file, 'utf8'));
  writeFileSync(file, html);
  const read = (sitePath: string) => {
    if (!files.has(sitePath)) files.set(sitePath, readDistFile(dist, sitePath));
    return files.get(sitePath);
  };
  return { policy, weight: measurePage(path.replace(/index\.html$/, ''), html, read, markup) };
});
