/**
 * After Astro has written the site: give every page its Content-Security-Policy (hashes of the inline
 * scripts and styles it actually contains), move Astro's island <style> from <body> into <head> (valid
 * HTML; the W3C checker rejects a style element in body), mark external links rel="noopener", let the
 * keyboard reach tables that scroll (scroll-tables.ts), and write
 * a `_headers` file for static hosts that read one. The logic is in csp.ts beside this file; the pages are
 * shared between worker threads (harden-worker.ts), one per core.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { distFiles, isHtml } from '../../scripts/site-checks/dist-files.ts';
import { inWorkers } from '../../scripts/site-checks/in-workers.ts';
import { headersFile, type PagePolicy } from './csp.ts';

/** Hardens every HTML file under `dir` in place and writes `dir/_headers`; returns the number of pages. */
export async function hardenSite(dir: string): Promise<number> {
  const files = distFiles(dir)
    .filter(isHtml)
    .map((f) => f.file);
  const policies = await inWorkers<string, PagePolicy>(new URL('./harden-worker.ts', import.meta.url), files);
  writeFileSync(join(dir, '_headers'), headersFile(policies));
  return files.length;
}

export function siteHardening(): AstroIntegration {
  return {
    name: 'site-hardening',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await hardenSite(fileURLToPath(dir));
        logger.info(`Content-Security-Policy and island styles applied to ${pages} pages; wrote _headers`);
      },
    },
  };
}
