/**
 * Reading a contribution file (CSV or JSON) and checking every row against the observation template.
 * CSV is parsed by Papa Parse; the checks are the engine's (calculators/contribution/). Shared by the
 * contribution checker's Web Worker (src/pages/[version]/_contribute-worker.ts) and the working group's
 * `npm run guidance -- aggregate`, so a file passes or fails the same way in both. Framework-free and
 * without Node built-ins: it takes the file's text.
 */
import Papa from 'papaparse';
import {
  checkHeader,
  rowChecker,
  type CellFinding,
  type CheckedRow,
  type CheckOptions,
  type ContributionIssue,
} from '../../calculators/contribution/check.ts';
import { OBSERVATION_TEMPLATE_VERSION } from '../../calculators/contribution/schema.ts';

/** Largest file read: 64 MB of text (a 50,000-row CSV is about 10 MB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Most rows read from one file. */
export const MAX_ROWS = 250_000;

export type ContributionFormat = 'csv' | 'json';

export interface FileCheck {
  format: ContributionFormat;
  /** The file's columns (CSV header, or the keys of the first JSON observation). */
  columns: string[];
  rows: CheckedRow[];
  /** Problems of the file as a whole (header, parse errors, size), row 1 or 0. */
  fileIssues: ContributionIssue[];
  /** Whether reading stopped early (too many rows or a fatal problem). */
  stopped: boolean;
}

/** The format from a file name, or undefined for another kind of file. */
export function formatOf(name: string): ContributionFormat | undefined {
  const lower = name.toLowerCase();
  return lower.endsWith('.csv') ? 'csv' : lower.endsWith('.json') ? 'json' : undefined;
}

const fileIssue = (message: string, row = 0): ContributionIssue => ({ row, column: '(file)', severity: 'error', message });

/**
 * Checks a file's text. `onProgress` is told the share read (0 to 1) every `progressEvery` rows.
 * Row numbers are those a spreadsheet shows for CSV (the header is row 1), and the observation's
 * position for JSON (the first is 1).
 */
export function checkContributionText(
  text: string,
  format: ContributionFormat,
  options: CheckOptions & { onProgress?: (share: number) => void; progressEvery?: number } = {},
): FileCheck {
  const check = rowChecker(options);
  const every = options.progressEvery ?? 1000;
  const result: FileCheck = { format, columns: [], rows: [], fileIssues: [], stopped: false };
  if (text.length > MAX_FILE_BYTES) {
    result.fileIssues.push(fileIssue(`The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: split it into smaller files`));
    result.stopped = true;
    return result;
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.slice(0, 4096).includes('\u0000')) {
    result.fileIssues.push(fileIssue('The file is not text: save it as CSV (UTF-8) or JSON'));
    result.stopped = true;
    return result;
  }
  if (format === 'json') return checkJson(body, check, result, options.onProgress, every);
  let index = 0;
  Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    step: (step, parser) => {
      index += 1;
      const row = index + 1;
      if (index === 1) {
        result.columns = (step.meta.fields ?? []).filter((f) => f !== '__parsed_extra');
        result.fileIssues.push(...checkHeader(result.columns));
        if (result.fileIssues.some((i) => i.severity === 'error')) {
          result.stopped = true;
          parser.abort();
          return;
        }
      }
      if (index > MAX_ROWS) {
        result.fileIssues.push(
          fileIssue(`The file has more than ${MAX_ROWS.toLocaleString('en-GB')} rows: split it into smaller files`, row),
        );
        result.stopped = true;
        parser.abort();
        return;
      }
      const checked = check(step.data, row, 'csv');
      for (const error of step.errors) {
        checked.issues.unshift({ row, column: '(row)', severity: 'error', message: csvErrorMessage(error.code) });
        delete checked.observation;
      }
      result.rows.push(checked);
      if (options.onProgress && index % every === 0) options.onProgress(Math.min(1, (step.meta.cursor ?? 0) / body.length));
    },
  });
  if (index === 0 && !result.stopped)
    result.fileIssues.push(fileIssue('The file has no rows under its header: use the template, one observation per row', 1));
  options.onProgress?.(1);
  return result;
}

function csvErrorMessage(code: string): string {
  if (code === 'TooManyFields') return 'This row has more cells than the header has columns: check for an unquoted comma';
  if (code === 'TooFewFields') return 'This row has fewer cells than the header has columns';
  if (code === 'MissingQuotes' || code === 'InvalidQuotes') return 'A quoted cell in this row is not closed: check its quotation marks';
  return 'This row could not be read as CSV';
}

function checkJson(
  body: string,
  check: ReturnType<typeof rowChecker>,
  result: FileCheck,
  onProgress: ((share: number) => void) | undefined,
  every: number,
): FileCheck {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    result.fileIssues.push(fileIssue('The file is not valid JSON'));
    result.stopped = true;
    return result;
  }
  // A file as the JSON Schema describes it, or a bare list of observations.
  const file = data as { templateVersion?: unknown; observations?: unknown };
  const list = Array.isArray(data)
    ? data
    : file && typeof file === 'object' && Array.isArray(file.observations)
      ? file.observations
      : undefined;
  if (!list) {
    result.fileIssues.push(
      fileIssue('Expected an object with "templateVersion" and a list of "observations", as the JSON Schema describes'),
    );
    result.stopped = true;
    return result;
  }
  if (!Array.isArray(data) && file.templateVersion !== OBSERVATION_TEMPLATE_VERSION) {
    result.fileIssues.push(fileIssue(`Expected "templateVersion": "${OBSERVATION_TEMPLATE_VERSION}"`));
  }
  if (list.length > MAX_ROWS) {
    result.fileIssues.push(
      fileIssue(`The file has more than ${MAX_ROWS.toLocaleString('en-GB')} observations: split it into smaller files`),
    );
    result.stopped = true;
    return result;
  }
  const first = list[0];
  result.columns = first && typeof first === 'object' && !Array.isArray(first) ? Object.keys(first) : [];
  list.forEach((record, index) => {
    result.rows.push(check(record as Record<string, unknown>, index + 1, 'json'));
    if (onProgress && (index + 1) % every === 0) onProgress((index + 1) / list.length);
  });
  if (!list.length) result.fileIssues.push(fileIssue('The file has no observations'));
  onProgress?.(1);
  return result;
}

/** Every error of a check, file problems first, in row order. */
export function errorsOf(check: FileCheck): ContributionIssue[] {
  return [
    ...check.fileIssues.filter((i) => i.severity === 'error'),
    ...check.rows.flatMap((r) => r.issues.filter((i) => i.severity === 'error')),
  ];
}

/** Every warning of a check. */
export function warningsOf(check: FileCheck): ContributionIssue[] {
  return [
    ...check.fileIssues.filter((i) => i.severity === 'warning'),
    ...check.rows.flatMap((r) => r.issues.filter((i) => i.severity === 'warning')),
  ];
}

/** Every identifying finding of a check, in row order. */
export function findingsOf(check: FileCheck): CellFinding[] {
  return check.rows.flatMap((r) => r.findings);
}
