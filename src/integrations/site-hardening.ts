/**
 * After Astro has written the site: give every page its Content-Security-Policy (hashes of the inline
 * scripts and styles it actually contains), move Astro's island <style> from <body> into <head> (valid
 * HTML; the W3C checker rejects a style element in body), mark external links rel="noopener", and write
 * a `_headers` file for static hosts that read one. The logic is in src/lib/csp.ts.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hardenPage, headersFile, type PagePolicy } from '../lib/csp.ts';

function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...htmlFiles(path));
    else if (name.endsWith('.html')) files.push(path);
  }
  return files;
}

/** Hardens every HTML file under `dir` in place and writes `dir/_headers`; returns the number of pages. */
export function hardenSite(dir: string): number {
  const policies: PagePolicy[] = [];
  const files = htmlFiles(dir);
  for (const file of files) {
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
