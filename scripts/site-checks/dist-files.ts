/**
 * The one walk over the built site. Every tool that reads dist/ (the build's hardening step, the link and
 * HTML checks, the footprint measurement, the site benchmark and the browser tests) lists its files here,
 * so "which files and pages did the build write" has one answer.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

export interface DistFile {
  /** Site path with a leading slash and '/' separators, as served: '/0.2/index.html'. */
  path: string;
  /** Where the file is on disk: `dist` joined with the site path. */
  file: string;
  /** Size in bytes. */
  size: number;
}

/** The site path of a file under `dist` ('/0.2/index.html'), or undefined for a file outside it. */
export function sitePathOf(dist: string, file: string): string | undefined {
  const path = relative(dist, file);
  return path.startsWith('..') || isAbsolute(path) ? undefined : `/${path.split(sep).join('/')}`;
}

/** Site paths in code-unit order, the order of every list of built files: the same from build to build. */
export const bySitePath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every file under `dist`, sorted by site path. */
export function distFiles(dist = 'dist'): DistFile[] {
  const files: DistFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      const stats = statSync(file);
      if (stats.isDirectory()) walk(file);
      else files.push({ path: sitePathOf(dist, file)!, file, size: stats.size });
    }
  };
  walk(dist);
  return files.sort((a, b) => bySitePath(a.path, b.path));
}

export const isHtml = (file: DistFile) => file.path.endsWith('.html');

/** The HTML files the footprint measures as pages: every directory index and the 404 page. */
export const isMeasuredPage = (sitePath: string) => sitePath.endsWith('/index.html') || sitePath === '/404.html';

/** The URL path a built file is served at: '/0.2/index.html' -> '/0.2/'. */
export function pagePathOf(sitePath: string): string {
  return sitePath.endsWith('/index.html') ? sitePath.slice(0, -'index.html'.length) : sitePath;
}

/**
 * The built files that are the site's pages: every directory index outside the folders of bundled assets
 * and the search index.
 */
const pageFiles = (dist: string) =>
  distFiles(dist).filter((f) => f.path.endsWith('/index.html') && !f.path.startsWith('/_astro/') && !f.path.startsWith('/pagefind/'));

/** The site's pages as URL paths ('/', '/0.2/partial-data/'), in path order. */
export function builtPages(dist = 'dist'): string[] {
  return pageFiles(dist)
    .map((f) => pagePathOf(f.path))
    .sort();
}

/**
 * builtPages, largest file first. The browser sweep (tests/e2e/every-page.e2e.ts) takes them in this order:
 * axe's time grows with a page's size (in one sweep on 2026-12-02, both passes: 93 s for the 577 kB
 * /0.3/changes/, 3 to 17 s for a chapter), and starting the slowest first leaves small pages, not one large
 * page alone, at the end (longest-processing-time-first scheduling; the sweep took 193 to 208 s in three
 * runs, against 219 and 231 s in path order). Equal sizes keep builtPages' order.
 */
export function builtPagesLargestFirst(dist = 'dist'): string[] {
  return (
    pageFiles(dist)
      .map((f) => ({ path: pagePathOf(f.path), size: f.size }))
      // Ties in builtPages' order: the default sort's, by UTF-16 code units.
      .sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((page) => page.path)
  );
}

/** A built file's bytes by site path ('/_astro/x.js'), or undefined when there is no such file. */
export function readDistFile(dist: string, sitePath: string): Buffer | undefined {
  const file = join(dist, decodeURIComponent(sitePath));
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
}

/**
 * readDistFile that reads each file once and returns the same bytes object after: page-weight.ts's bytesOf
 * then compresses each shared stylesheet and script once for all the pages that load it.
 */
export function cachedDistReader(dist: string): (sitePath: string) => Buffer | undefined {
  const files = new Map<string, Buffer | undefined>();
  return (sitePath) => {
    if (!files.has(sitePath)) files.set(sitePath, readDistFile(dist, sitePath));
    return files.get(sitePath);
  };
}

/** Stops a command-line check that needs a build when there is none, saying what to run. */
export function requireBuild(dist: string): void {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`${dist}/ has no index.html: run \`npm run build\` first.`);
    process.exit(1);
  }
}
