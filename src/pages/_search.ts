/**
 * Browser code for /search/ (search.astro beside it; the leading underscore keeps this file from being a
 * route): loads Pagefind only here, scopes results to one version unless the reader asks for all, lists
 * them in the order of src/lib/search-ranking.ts (current version first, changes pages after chapters),
 * links each to the sections that match, and renders excerpts without trusting them as HTML. A result's
 * text is a request of its own, so results are fetched a few at a time: the first search stays small.
 */
import { RESULTS_PER_PAGE, searchSteps, topSections, type SearchStep, type VersionStatusLite } from '../lib/search-ranking.ts';

interface PagefindSection {
  title: string;
  url: string;
  excerpt: string;
  /** Absent for the part of the page before its first heading with an id. */
  anchor?: { id?: string };
  locations?: number[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; version?: string };
  sub_results?: PagefindSection[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  search(term: string, opts?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at first and at each "Show more results". */
const PAGE_SIZE = RESULTS_PER_PAGE;
const MAX_RESULTS = 60;

export async function runSearchPage(): Promise<void> {
  const main = document.getElementById('main');
  const form = document.getElementById('search-page-form') as HTMLFormElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  const elsewhere = document.getElementById('search-elsewhere');
  const input = document.getElementById('search-query') as HTMLInputElement | null;
  const select = document.getElementById('search-version') as HTMLSelectElement | null;
  const all = document.getElementById('search-all') as HTMLInputElement | null;
  if (!main || !form || !status || !list || !more || !elsewhere || !input || !select || !all) return;

  const versions = JSON.parse(main.dataset.versions ?? '[]') as VersionStatusLite[];
  const current = main.dataset.currentVersion ?? '';
  const params = new URLSearchParams(location.search);
  const query = (params.get('q') ?? '').slice(0, 200);
  const requested = params.get('version') ?? current;
  const version = versions.some((v) => v.id === requested) ? requested : current;
  input.value = query;
  select.value = version;
  all.checked = params.get('all') === '1';
  select.disabled = all.checked;
  all.addEventListener('change', () => {
    select.disabled = all.checked;
  });
  if (!query.trim()) {
    input.focus();
    return;
  }

  status.textContent = 'Searching…';
  try {
    const pagefindUrl = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    // noWorker: search on the main thread, so the first query does not also fetch pagefind-worker.js
    // (12 kB gzip); the index is small enough that searching it does not hold the page up.
    await pagefind.options({ excerptLength: 24, noWorker: true });
    const found = async (filters: SearchStep | { version: string }) =>
      (await pagefind.search(query, { filters: { ...filters } }))?.results ?? [];
    // One filtered search per step puts every result in its place before any result's text is fetched.
    const ordered = (await Promise.all(searchSteps(versions, all.checked ? undefined : version).map(found))).flat().slice(0, MAX_RESULTS);
    let shown = 0;
    const showMore = async () => {
      more.disabled = true;
      const next = ordered.slice(shown, shown + PAGE_SIZE);
      const items = (await Promise.all(next.map((r) => r.data()))).map(renderResult);
      list.append(...items);
      shown += next.length;
      more.hidden = shown >= ordered.length;
      more.disabled = false;
      more.textContent = `Show more results (${shown} of ${ordered.length} shown)`;
      return items;
    };
    more.addEventListener('click', () => {
      void showMore().then((items) => items[0]?.querySelector('a')?.focus());
    });
    await showMore();
    // Announced once the first results are on the page.
    const scope = all.checked ? 'all versions' : `version ${version}`;
    status.textContent = ordered.length
      ? `${ordered.length} result${ordered.length === 1 ? '' : 's'} for “${query}” in ${scope}.`
      : `No results for “${query}” in ${scope}.${all.checked ? '' : ' Try searching all versions.'}`;

    // Reading an older version: say what the current version has, which the reader may rather want.
    const scoped = versions.find((v) => v.id === version);
    if (!all.checked && scoped && (scoped.status === 'superseded' || scoped.status === 'withdrawn') && current) {
      const inCurrent = (await found({ version: current })).length;
      const link = document.createElement('a');
      link.href = `/search/?${new URLSearchParams({ q: query, version: current }).toString()}`;
      link.textContent = `search version ${current}`;
      elsewhere.replaceChildren(
        `Version ${version} is not the current version. The current version, ${current}, has ${inCurrent} result${inCurrent === 1 ? '' : 's'} for “${query}”: `,
        link,
        '.',
      );
      elsewhere.hidden = false;
    }
  } catch {
    status.textContent = 'Search could not load. Every version’s contents page lists its chapters with summaries.';
  }
}

/** A result: the page's title and version, then the sections that match, each linked to its heading. */
function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const badge = document.createElement('span');
  badge.className = 'status-pill';
  badge.textContent = `v${result.meta.version ?? '?'}`;
  heading.append(' ', badge);
  item.append(heading);
  const sections = topSections((result.sub_results ?? []).filter((s) => s.anchor?.id));
  if (!sections.length) {
    item.append(excerpt(result.excerpt));
    return item;
  }
  const parts = document.createElement('ul');
  parts.className = 'search-sections';
  parts.setAttribute('aria-label', `Matching sections of ${link.textContent}`);
  for (const section of sections) {
    const part = document.createElement('li');
    const to = document.createElement('a');
    to.href = section.url;
    to.textContent = section.title;
    part.append(to, excerpt(section.excerpt));
    parts.append(part);
  }
  item.append(parts);
  return item;
}

function excerpt(html: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.append(...excerptNodes(html));
  return paragraph;
}

/** Pagefind excerpts are escaped text with <mark> tags; rebuild them as text and <mark> only. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const nodes: Node[] = [];
  doc.body.firstChild?.childNodes.forEach((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else nodes.push(document.createTextNode(node.textContent ?? ''));
  });
  return nodes;
}
