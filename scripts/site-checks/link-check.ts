/**
 * Link check over the built site, without a server and without the network: every internal href/src (and
 * the #fragment it names) must resolve to a file in dist/ and an id in that file; external links are only
 * listed. Pure: the caller passes the built files; check-links.ts reads dist/ and prints.
 */
import { pagePathOf } from './dist-files.ts';
import { fragmentTargets, startTags } from './html-scan.ts';

export interface BuiltSite {
  /** Every file path in the build, site-relative with a leading slash: '/0.2/index.html', '/favicon.svg'. */
  files: Set<string>;
  /** HTML text of each built page, by the same path. */
  html: Map<string, string>;
  /** The public address the site is built for (src/lib/site-origin.ts), so absolute links to it count as internal. */
  site?: string;
}

export interface LinkReference {
  /** The page that holds the link, as a URL path ('/0.2/introduction/'). */
  page: string;
  /** Element and attribute, e.g. 'a[href]'. */
  where: string;
  /** The value as written. */
  value: string;
}

export interface BrokenLink extends LinkReference {
  reason: string;
}

export interface LinkReport {
  checked: number;
  broken: BrokenLink[];
  /** External addresses, each with the pages that link to it (never fetched). */
  external: Map<string, string[]>;
}

/** Attributes that hold one address, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  input: ['src'],
  'astro-island': ['component-url', 'renderer-url', 'before-hydration-url'],
};
const SRCSET_ELEMENTS = new Set(['img', 'source']);

/** Every address a page refers to (links, resources, island modules, meta refresh targets). */
export function pageReferences(page: string, html: string): LinkReference[] {
  const references: LinkReference[] = [];
  for (const tag of startTags(html)) {
    for (const attribute of URL_ATTRIBUTES[tag.name] ?? []) {
      const value = tag.attrs[attribute];
      if (value !== undefined) references.push({ page, where: `${tag.name}[${attribute}]`, value });
    }
    if (SRCSET_ELEMENTS.has(tag.name) && tag.attrs.srcset) {
      for (const candidate of tag.attrs.srcset.split(',')) {
        const value = candidate.trim().split(/\s+/)[0];
        if (value) references.push({ page, where: `${tag.name}[srcset]`, value });
      }
    }
    if (tag.name === 'meta' && tag.attrs['http-equiv']?.toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(tag.attrs.content ?? '')?.[1];
      if (target) references.push({ page, where: 'meta[refresh]', value: target.trim() });
    }
  }
  return references;
}

const BASE = 'https://site.invalid';

/** The file a URL path is served from, if the build has it (directory index for a trailing slash). */
export function resolveFile(pathname: string, files: Set<string>): string | undefined {
  if (pathname.endsWith('/')) return files.has(`${pathname}index.html`) ? `${pathname}index.html` : undefined;
  return files.has(pathname) ? pathname : undefined;
}

/** Checks one reference; returns the reason it is broken, 'external', or undefined when it resolves. */
export function checkReference(reference: LinkReference, site: BuiltSite, idsOf: (file: string) => Set<string>): string | undefined {
  const value = reference.value.trim();
  if (value === '') return 'empty address';
  if (/^javascript:/i.test(value)) return 'javascript: address';
  if (/^(mailto|tel|data):/i.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, `${BASE}${reference.page}`);
  } catch {
    return 'not a valid address';
  }
  const siteOrigin = site.site ? new URL(site.site).origin : undefined;
  if (url.origin !== BASE && url.origin !== siteOrigin)
    return /^https?:$/.test(url.protocol) ? 'external' : `unsupported scheme ${url.protocol}`;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return 'badly encoded path';
  }
  const file = resolveFile(pathname, site.files);
  if (!file) {
    const hint = !pathname.endsWith('/') && site.files.has(`${pathname}/index.html`) ? ' (add the trailing slash)' : '';
    return `no such page or file: ${pathname}${hint}`;
  }
  if (url.hash.length > 1) {
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (!file.endsWith('.html')) return undefined;
    if (fragment !== 'top' && !idsOf(file).has(fragment)) return `no element with id "${fragment}" in ${pagePathOf(file)}`;
  }
  return undefined;
}

/** Checks every reference on every page of the build. */
export function checkLinks(site: BuiltSite): LinkReport {
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = fragmentTargets(site.html.get(file) ?? '');
      idCache.set(file, ids);
    }
    return ids;
  };
  const report: LinkReport = { checked: 0, broken: [], external: new Map() };
  for (const [file, html] of [...site.html].sort(([a], [b]) => a.localeCompare(b))) {
    for (const reference of pageReferences(pagePathOf(file), html)) {
      report.checked += 1;
      const outcome = checkReference(reference, site, idsOf);
      if (outcome === 'external') {
        const pages = report.external.get(reference.value) ?? [];
        if (!pages.includes(reference.page)) pages.push(reference.page);
        report.external.set(reference.value, pages);
      } else if (outcome) {
        report.broken.push({ ...reference, reason: outcome });
      }
    }
  }
  return report;
}

/** External links (a[href] to another origin) that lack rel="noopener". */
export function externalLinksWithoutNoopener(page: string, html: string): string[] {
  return startTags(html)
    .filter((tag) => tag.name === 'a' && /^(?:https?:)?\/\//i.test(tag.attrs.href ?? ''))
    .filter((tag) => !(tag.attrs.rel ?? '').split(/\s+/).includes('noopener'))
    .map((tag) => `${page}: ${tag.attrs.href}`);
}
