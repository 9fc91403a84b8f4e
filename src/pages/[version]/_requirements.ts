/**
 * The requirements explorer's script: filters by words, chapter, level and audience over the list the page
 * already shows (without JavaScript the full list stays), kept in the address so a filtered view can be
 * shared; and the entry to the self-assessment, whose module (_assessment.ts) loads only when the reader
 * opens it or has one saved in this browser. Kept small: the page's budget is 10 kB gzipped at load.
 */

export const storageKey = (version: string) => `guidance-self-assessment:${version}`;

/** The filters' status line; the page renders it for the full list, so it is in place from first paint. */
export const filterStatus = (shown: number, total: number) =>
  shown === total ? `Showing all ${total} provisions.` : `Showing ${shown} of ${total} provisions.`;

function savedAssessment(version: string): boolean {
  try {
    return localStorage.getItem(storageKey(version)) !== null;
  } catch {
    return false; // storage unavailable (a private window may refuse it)
  }
}

export function runRequirementsPage(): void {
  const form = document.getElementById('provision-filters') as HTMLFormElement | null;
  const status = document.getElementById('filter-status');
  const articles = [...document.querySelectorAll<HTMLElement>('article[data-provision]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-chapter-group]')];
  if (!form || !status) return;
  const words = articles.map((a) => a.textContent?.toLowerCase() ?? '');
  const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T | null;
  const query = field<HTMLInputElement>('q');
  const chapter = field<HTMLSelectElement>('chapter');
  const audience = field<HTMLSelectElement>('audience');
  const levels = [...form.querySelectorAll<HTMLInputElement>('input[name="level"]')];

  // Restore a filtered view from the address. The form is on screen before this runs (the page's `js`
  // class shows it), so only what the address holds is set: words already typed stay.
  const params = new URLSearchParams(location.search);
  if (query && params.has('q')) query.value = params.get('q')!;
  if (chapter && params.has('chapter')) chapter.value = params.get('chapter')!;
  if (audience && params.has('audience')) audience.value = params.get('audience')!;
  if (params.has('level')) {
    const chosen = params.get('level')!.split(',');
    for (const box of levels) box.checked = chosen.includes(box.value);
  }

  const apply = () => {
    const terms = (query?.value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const chosenLevels = new Set(levels.filter((b) => b.checked).map((b) => b.value));
    let shown = 0;
    articles.forEach((article, index) => {
      const match =
        (!chapter?.value || article.dataset.chapter === chapter.value) &&
        chosenLevels.has(article.dataset.level ?? '') &&
        (!audience?.value || (article.dataset.audiences ?? '').split(' ').includes(audience.value)) &&
        terms.every((t) => words[index]!.includes(t));
      article.hidden = !match;
      if (match) shown += 1;
    });
    for (const group of groups) group.hidden = !group.querySelector('article[data-provision]:not([hidden])');
    status.textContent = filterStatus(shown, articles.length);
    const next = new URLSearchParams();
    if (terms.length) next.set('q', query!.value.trim());
    if (chapter?.value) next.set('chapter', chapter.value);
    if (audience?.value) next.set('audience', audience.value);
    if (chosenLevels.size < levels.length) next.set('level', [...chosenLevels].join(','));
    const search = next.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  };
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(apply));
  apply();

  // The self-assessment, on screen with the filters (tools.css); its module loads on demand.
  const toggle = document.getElementById('assessment-toggle') as HTMLButtonElement | null;
  const data = document.getElementById('assessment-data');
  if (!toggle || !data) return;
  const version = (JSON.parse(data.textContent ?? '{}') as { version?: { id?: string } }).version?.id ?? '';
  let opened: Promise<unknown> | undefined;
  const open = () => (opened ??= import('./_assessment.ts').then((m) => m.openAssessment(toggle, storageKey(version))));
  toggle.addEventListener('click', () => void open());
  if (savedAssessment(version)) void open();
}
