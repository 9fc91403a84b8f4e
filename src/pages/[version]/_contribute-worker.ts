/**
 * The contribution checker's Web Worker: reads the file the reader chose, checks every row (src/lib/
 * contribution-files.ts, with the engine's checks), reports progress, and anonymises on request. It runs
 * off the page's thread, so a 50,000-row file leaves the page responsive. It makes no request.
 */
import {
  anonymise,
  findingLabels,
  identifyingScanner,
  summaryLines,
  observationColumns,
  observationsCsv,
  OBSERVATION_TEMPLATE_VERSION,
  type AnonymiseOptions,
  type AnonymiseSummary,
  type ContributionIssue,
  type FindingKind,
} from '../../../calculators/contribution/index.ts';
import {
  checkContributionText,
  errorsOf,
  findingsOf,
  formatOf,
  MAX_FILE_BYTES,
  warningsOf,
  type FileCheck,
} from '../../lib/contribution-files.ts';

export type CheckerRequest =
  | { type: 'check'; file: File; organisations: string[]; knownUseCases: string[] }
  | { type: 'clean'; options: AnonymiseOptions; format: 'csv' | 'json' };

export interface CheckerReport {
  format: 'csv' | 'json';
  rows: number;
  rowsWithErrors: number;
  errors: ContributionIssue[];
  errorCount: number;
  warnings: ContributionIssue[];
  warningCount: number;
  /** Each cell with identifying content, with every kind found in it. */
  findings: { row: number; column: string; kinds: FindingKind[] }[];
  findingCount: number;
  stopped: boolean;
  ms: number;
}

export type CheckerResponse =
  | { type: 'progress'; share: number }
  | { type: 'checked'; report: CheckerReport }
  | { type: 'cleaned'; text: string; mime: string; extension: string; summary: AnonymiseSummary; lines: string[]; remaining: number }
  | { type: 'failed'; message: string };

/** The most problems of each kind sent to the page; the counts say how many more there are. */
const LISTED = 500;

let last: { check: FileCheck; organisations: string[] } | undefined;
const post = (message: CheckerResponse) => postMessage(message);

async function check(request: Extract<CheckerRequest, { type: 'check' }>) {
  const started = performance.now();
  const format = formatOf(request.file.name);
  if (!format) return post({ type: 'failed', message: 'Choose a .csv or .json file' });
  if (request.file.size > MAX_FILE_BYTES)
    return post({ type: 'failed', message: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: split it into smaller files` });
  const text = await request.file.text();
  const result = checkContributionText(text, format, {
    organisations: request.organisations,
    knownUseCases: request.knownUseCases,
    progressEvery: 1000,
    onProgress: (share) => post({ type: 'progress', share }),
  });
  last = { check: result, organisations: request.organisations };
  const errors = errorsOf(result);
  const warnings = warningsOf(result);
  const findings = findingsOf(result);
  post({
    type: 'checked',
    report: {
      format,
      rows: result.rows.length,
      rowsWithErrors: result.rows.filter((r) => !r.observation).length,
      errors: errors.slice(0, LISTED),
      errorCount: errors.length,
      warnings: warnings.slice(0, LISTED),
      warningCount: warnings.length,
      findings: findings.slice(0, LISTED).map(({ row, column, spans }) => ({ row, column, kinds: [...new Set(spans.map((s) => s.kind))] })),
      findingCount: findings.length,
      stopped: result.stopped,
      ms: Math.round(performance.now() - started),
    },
  });
}

function clean(request: Extract<CheckerRequest, { type: 'clean' }>) {
  if (!last) return post({ type: 'failed', message: 'Check a file first' });
  const { observations, summary } = anonymise(last.check.rows, findingsOf(last.check), request.options);
  const columns = observationColumns.filter((c) => !request.options.dropColumns.includes(c));
  const text =
    request.format === 'csv'
      ? observationsCsv(observations, columns)
      : `${JSON.stringify({ templateVersion: OBSERVATION_TEMPLATE_VERSION, observations }, null, 2)}\n`;
  // What the clean file still holds that could identify someone (none, unless redaction was switched off).
  const scan = identifyingScanner({ organisations: last.organisations });
  const remaining = observations.reduce((sum, o) => sum + [o.modelName, o.region, o.notes].filter((t) => t && scan(t).length).length, 0);
  const lines = summaryLines(summary, (kind) => findingLabels[kind as FindingKind]);
  post({
    type: 'cleaned',
    text,
    mime: request.format === 'csv' ? 'text/csv' : 'application/json',
    extension: request.format,
    summary,
    lines,
    remaining,
  });
}

addEventListener('message', (event: MessageEvent<CheckerRequest>) => {
  const request = event.data;
  Promise.resolve(request.type === 'check' ? check(request) : clean(request)).catch(() =>
    post({ type: 'failed', message: 'The file could not be read: save it as CSV (UTF-8) or JSON and try again' }),
  );
});
