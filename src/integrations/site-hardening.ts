/**
 * After Astro has written the site: give every page its Content-Security-Policy (hashes of the inline
 * scripts and styles it actually contains), move Astro's island <style> from <body> into <head> (valid
 * HTML; the W3C checker rejects a style element in body), mark external links rel="noopener", let the
 * keyboard reach tables that scroll (scroll-tables.ts), and write
 * a `_headers` file for static hosts that read one. The logic is in csp.ts beside this file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { distFiles, isHtml } from '../../scripts/site-checks/dist-files.ts';
import { hardenPage, headersFile, type PagePolicy } from './csp.ts';

/** Hardens every HTML file under `dir` in place and writes `dir/_headers`; returns the number of pages. */
export function hardenSite(dir: string): number {
  const policies: PagePolicy[] = [];
  const files = distFiles(dir).filter(isHtml);
  for (const { file } of files) {
    const { html, policy } = hardenPage(readFileSync(file, 'utf8'));
    writeFileSync(file, html);
    policies.push(policy);
  }
  writeFileSync(join(dir, '_headers'), headersFile(policies));
  return files.length;
}

export function siteHardening(): AstroIntegration {
  return {
    name: 'site-hardening',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pages = hardenSite(fileURLToPath(dir));
        logger.info(`Content-Security-Policy and island styles applied to ${pages} pages; wrote _headers`);
      },
    },
  };
}
