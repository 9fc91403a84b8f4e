/**
 * The contribution checker's page script: hands the chosen file to the Web Worker, shows its progress and
 * what it found, and offers the clean file and the summary as downloads made in the browser. The worker is
 * started when the page loads, so checking a file makes no request at all. Every text is set as text.
 */
import { findingLabels } from '../../../calculators/contribution/identifying.ts';
import type { AnonymiseOptions } from '../../../calculators/contribution/anonymise.ts';
import type { ObservationKey } from '../../../calculators/contribution/schema.ts';
import type { CheckerRequest, CheckerResponse, CheckerReport } from './_contribute-worker.ts';

const ORGANISATIONS_KEY = 'guidance-contribution-checker:organisations';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function table(caption: string, head: string[], rows: string[][], more: number): HTMLElement {
  const wrapper = element('div', { className: 'table-scroll', tabIndex: 0 });
  wrapper.setAttribute('role', 'region');
  wrapper.setAttribute('aria-label', caption);
  wrapper.append(
    element(
      'table',
      {},
      element('caption', {}, caption),
      element('thead', {}, element('tr', {}, ...head.map((h) => Object.assign(element('th', {}, h), { scope: 'col' })))),
      element('tbody', {}, ...rows.map((cells) => element('tr', {}, ...cells.map((c) => element('td', {}, c))))),
    ),
  );
  return more > 0 ? element('div', {}, wrapper, element('p', { className: 'meta' }, `And ${count(more, 'more')} not listed.`)) : wrapper;
}

function reportNodes(report: CheckerReport): Node[] {
  const nodes: Node[] = [];
  const kept = report.rows - report.rowsWithErrors;
  nodes.push(
    element(
      'p',
      {},
      `${count(report.rows, 'row')} checked: ${count(kept, 'row')} follow${kept === 1 ? 's' : ''} the template, ${count(report.rowsWithErrors, 'row')} ${report.rowsWithErrors === 1 ? 'has' : 'have'} errors. ${count(report.errorCount, 'error')}, ${count(report.warningCount, 'warning')}, ${count(report.findingCount, 'cell')} with content that could identify someone.${report.stopped ? ' Checking stopped early: see the first error.' : ''}`,
    ),
  );
  if (report.errorCount + report.warningCount) {
    const issues = [...report.errors, ...report.warnings].sort((a, b) => a.row - b.row);
    nodes.push(
      element('h3', {}, 'Errors and warnings'),
      table(
        'Errors and warnings, by row and column',
        ['Row', 'Column', 'Kind', 'Problem'],
        issues.map((i) => [i.row > 0 ? String(i.row) : 'file', i.column, i.severity, i.message]),
        report.errorCount + report.warningCount - issues.length,
      ),
    );
  }
  if (report.findingCount) {
    nodes.push(
      element('h3', {}, 'Content that could identify someone'),
      element(
        'p',
        {},
        'Check each: replace it, or remove the column, before the file leaves your organisation. The options below do this for you.',
      ),
      table(
        'Cells with identifying content, by row and column',
        ['Row', 'Column', 'What it looks like'],
        report.findings.map((f) => [String(f.row), f.column, f.kinds.map((k) => findingLabels[k]).join('; ')]),
        report.findingCount - report.findings.length,
      ),
    );
  }
  return nodes;
}

export function runContributionChecker(): void {
  const root = document.getElementById('checker');
  const form = document.getElementById('checker-form') as HTMLFormElement | null;
  if (!root || !form) return;
  const fileInput = document.getElementById('checker-file') as HTMLInputElement;
  const fileError = document.getElementById('checker-file-error')!;
  const organisations = document.getElementById('checker-organisations') as HTMLTextAreaElement;
  const progress = document.getElementById('checker-progress')!;
  const bar = document.getElementById('checker-bar') as HTMLProgressElement;
  const status = document.getElementById('checker-status')!;
  const report = document.getElementById('checker-report')!;
  const findings = document.getElementById('checker-findings')!;
  const anonymiseForm = document.getElementById('anonymise-form') as HTMLFormElement;
  const cleanResult = document.getElementById('clean-result')!;
  const cleanSummary = document.getElementById('clean-summary')!;
  const cleanDownload = document.getElementById('clean-download') as HTMLAnchorElement;
  const summaryDownload = document.getElementById('summary-download') as HTMLAnchorElement;
  const knownUseCases = (root.dataset.useCases ?? '').split(' ').filter(Boolean);
  let fileName = 'contribution';
  const urls: string[] = [];

  try {
    organisations.value = localStorage.getItem(ORGANISATIONS_KEY) ?? '';
  } catch {
    // Storage unavailable: the list is simply not remembered.
  }
  organisations.addEventListener('change', () => {
    try {
      localStorage.setItem(ORGANISATIONS_KEY, organisations.value);
    } catch {
      // As above.
    }
  });

  // Started now, so that checking a file fetches nothing.
  const worker = new Worker(new URL('./_contribute-worker.ts', import.meta.url), { type: 'module' });
  const send = (request: CheckerRequest) => worker.postMessage(request);
  const fieldError = (message: string) => {
    fileError.textContent = message;
    fileError.hidden = !message;
    if (message) fileInput.setAttribute('aria-invalid', 'true');
    else fileInput.removeAttribute('aria-invalid');
  };

  worker.addEventListener('message', (event: MessageEvent<CheckerResponse>) => {
    const message = event.data;
    if (message.type === 'progress') {
      bar.value = Math.round(message.share * 100);
      bar.textContent = `${bar.value} %`;
    } else if (message.type === 'failed') {
      progress.hidden = true;
      status.textContent = '';
      fieldError(message.message);
    } else if (message.type === 'checked') {
      progress.hidden = true;
      bar.value = 100;
      const r = message.report;
      status.textContent = `Checked ${count(r.rows, 'row')} in ${(r.ms / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} s: ${count(r.errorCount, 'error')}, ${count(r.warningCount, 'warning')}, ${count(r.findingCount, 'cell')} with identifying content.`;
      findings.replaceChildren(...reportNodes(r));
      (anonymiseForm.elements.namedItem('format') as HTMLSelectElement).value = r.format;
      // Columns whose flagged content is best removed whole are suggested, not forced.
      const flagged = new Set(r.findings.map((f) => f.column));
      for (const box of anonymiseForm.querySelectorAll<HTMLInputElement>('input[name="drop"]'))
        box.checked = box.value === 'modelName' && flagged.has('modelName');
      cleanResult.hidden = true;
      report.hidden = false;
    } else if (message.type === 'cleaned') {
      for (const url of urls.splice(0)) URL.revokeObjectURL(url);
      const lines = [
        ...message.lines,
        message.remaining
          ? `${count(message.remaining, 'cell')} of the clean file still look identifying: switch on “Replace flagged content” or remove those columns.`
          : 'The clean file has no content the checker flags as identifying.',
      ];
      cleanSummary.replaceChildren(element('ul', {}, ...lines.map((line) => element('li', {}, line))));
      const base = fileName.replace(/\.(csv|json)$/i, '');
      const clean = URL.createObjectURL(new Blob([message.text], { type: message.mime }));
      const summary = URL.createObjectURL(
        new Blob([`What was removed from ${fileName}\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`], { type: 'text/plain' }),
      );
      urls.push(clean, summary);
      Object.assign(cleanDownload, { href: clean, download: `${base}-anonymised.${message.extension}` });
      Object.assign(summaryDownload, { href: summary, download: `${base}-what-was-removed.txt` });
      cleanResult.hidden = false;
      status.textContent = `The clean file is ready: ${count(message.summary.rowsOut, 'observation')}.`;
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const file = fileInput.files?.[0];
    if (!file) return fieldError('Choose a CSV or JSON file of observations');
    if (!/\.(csv|json)$/i.test(file.name)) return fieldError('Choose a .csv or .json file: save a spreadsheet as CSV (UTF-8) first');
    fieldError('');
    fileName = file.name;
    report.hidden = true;
    progress.hidden = false;
    bar.value = 0;
    status.textContent = `Checking ${file.name}…`;
    send({ type: 'check', file, organisations: organisations.value.split('\n'), knownUseCases });
  });

  anonymiseForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(anonymiseForm);
    const round = Number(data.get('round'));
    const options: AnonymiseOptions = {
      dropColumns: data.getAll('drop').map(String) as ObservationKey[],
      redactFlagged: data.has('redact'),
      generaliseRegion: data.has('region'),
      significantFigures: round > 0 ? round : undefined,
      monthBuckets: data.has('months'),
    };
    status.textContent = 'Making the clean file…';
    send({ type: 'clean', options, format: data.get('format') === 'json' ? 'json' : 'csv' });
  });

  root.hidden = false;
}
