/**
 * Browser code for /search/ (search.astro beside it; the leading underscore keeps this file from being a
 * route): loads Pagefind only here, scopes results to one version unless the reader asks for all, ranks
 * the current version first, and renders excerpts without trusting them as HTML. Each result's excerpt
 * is a file of its own (a Pagefind fragment), so they load a few at a time: the first RESULTS_PER_PAGE,
 * then as many more each time the reader asks.
 */
import { statusGroups, type VersionStatusLite } from '../lib/search-ranking.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; version?: string };
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  search(term: string, opts?: { filters?: Record<string, string | { any: string[] }> }): Promise<{ results: PagefindResult[] }>;
}

const RESULTS_PER_PAGE = 5;

export async function runSearchPage(): Promise<void> {
  const main = document.getElementById('main');
  const form = document.getElementById('search-page-form') as HTMLFormElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  const input = document.getElementById('search-query') as HTMLInputElement | null;
  const select = document.getElementById('search-version') as HTMLSelectElement | null;
  const all = document.getElementById('search-all') as HTMLInputElement | null;
  if (!main || !form || !status || !list || !more || !input || !select || !all) return;

  const versions = JSON.parse(main.dataset.versions ?? '[]') as VersionStatusLite[];
  const params = new URLSearchParams(location.search);
  const query = (params.get('q') ?? '').slice(0, 200);
  const requested = params.get('version') ?? main.dataset.currentVersion ?? '';
  const version = versions.some((v) => v.id === requested) ? requested : (main.dataset.currentVersion ?? '');
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
    // One search per group of versions, in ranking order (current, draft, superseded, withdrawn): the
    // results arrive ranked without reading each result's data first.
    const groups = all.checked ? statusGroups(versions) : [[version]];
    const searches = await Promise.all(groups.map((ids) => pagefind.search(query, { filters: { version: { any: ids } } })));
    const results = searches.flatMap((search) => search.results);
    const scope = all.checked ? 'all versions' : `version ${version}`;
    status.textContent = results.length
      ? `${results.length} result${results.length === 1 ? '' : 's'} for “${query}” in ${scope}.`
      : `No results for “${query}” in ${scope}.${all.checked ? '' : ' Try searching all versions.'}`;
    list.replaceChildren();
    let shown = 0;
    const showMore = async () => {
      more.disabled = true;
      const next = results.slice(shown, shown + RESULTS_PER_PAGE);
      const data = await Promise.all(next.map((r) => r.data()));
      list.append(...data.map(renderResult));
      shown += next.length;
      more.disabled = false;
      more.hidden = shown >= results.length;
      const left = Math.min(RESULTS_PER_PAGE, results.length - shown);
      more.textContent = `Show ${left} more result${left === 1 ? '' : 's'}`;
    };
    more.addEventListener('click', () => {
      const first = list.children.length;
      void showMore().then(() => (list.children[first]?.querySelector('a') as HTMLAnchorElement | null)?.focus());
    });
    await showMore();
  } catch {
    status.textContent = 'Search could not load. Every version’s contents page lists its chapters with summaries.';
  }
}

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
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(heading, excerpt);
  return item;
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
