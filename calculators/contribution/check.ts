/**
 * Checking a contribution row by row against the observation template: errors by row and column, values
 * outside the plausible range flagged, and content that could identify someone found. The same checks run
 * in the browser's contribution checker and in `npm run guidance -- aggregate`. Reading the file (CSV or
 * JSON) is the caller's: this module takes one record at a time, so a 50,000-row file streams through it.
 */
import { identifyingScanner, type Finding, type FindingKind } from './identifying.ts';
import {
  energyWhPerUnit,
  observationColumns,
  observationSchema,
  PLAUSIBLE_ENERGY_WH_PER_UNIT,
  requiredColumns,
  type Observation,
  type ObservationKey,
} from './schema.ts';

export type Severity = 'error' | 'warning';

/** A problem at a row and column; row 1 is a CSV file's header (as a spreadsheet numbers it), or the file itself. */
export interface ContributionIssue {
  row: number;
  column: string;
  severity: Severity;
  message: string;
}

/** Identifying content in one cell. */
export interface CellFinding {
  row: number;
  column: string;
  kind: FindingKind;
  spans: Finding[];
}

export interface CheckedRow {
  row: number;
  /** The observation, when the row has no error. */
  observation?: Observation;
  issues: ContributionIssue[];
  findings: CellFinding[];
}

type ColumnKind = 'number' | 'list' | 'text';
type FieldDef = { def: { type: string; innerType?: FieldDef; entries?: Record<string, string> } };
const fieldOf = (key: ObservationKey): FieldDef => {
  const field = observationSchema.def.shape[key] as unknown as FieldDef;
  return field.def.type === 'optional' && field.def.innerType ? field.def.innerType : field;
};

/** How a CSV cell is read, derived from the schema: numbers, semicolon-separated lists, or text. */
const columnKinds: Record<string, ColumnKind> = Object.fromEntries(
  observationColumns.map((key) => {
    const type = fieldOf(key).def.type;
    return [key, type === 'number' ? 'number' : type === 'array' ? 'list' : 'text'];
  }),
);

/** Values a column allows from a fixed list (enums) or a fixed shape (dates): such a cell cannot identify anyone. */
const closedValues: Record<string, (value: string) => boolean> = Object.fromEntries(
  observationColumns.flatMap((key) => {
    const entries = fieldOf(key).def.entries;
    if (entries) {
      const allowed = new Set(Object.values(entries));
      return [[key, (value: string) => allowed.has(value)]];
    }
    if (key === 'periodStart' || key === 'periodEnd') return [[key, (value: string) => /^\d{4}-\d{2}(?:-\d{2})?$/.test(value)]];
    return [];
  }),
);

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A CSV record (every cell text) as the schema expects it: numbers, lists, text; empty cells left out. */
export function coerceCsvRecord(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of observationColumns) {
    const raw = record[key];
    if (raw === undefined || raw === null) continue;
    const cell = String(raw).trim();
    if (cell === '') continue;
    const kind = columnKinds[key];
    if (kind === 'number') out[key] = NUMBER.test(cell) ? Number(cell) : cell;
    else if (kind === 'list')
      out[key] = cell
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
    else out[key] = cell.replace(/^'(?=[=+\-@\t\r])/, ''); // undo the spreadsheet-formula guard of our own CSV
  }
  return out;
}

/** Problems with a CSV header: required columns missing (errors), columns not in the template (warnings). */
export function checkHeader(columns: readonly string[]): ContributionIssue[] {
  const issues: ContributionIssue[] = [];
  const known = new Set<string>(observationColumns);
  for (const key of requiredColumns) {
    if (!columns.includes(key))
      issues.push({ row: 1, column: key, severity: 'error', message: `The column “${key}” is missing: the template requires it` });
  }
  columns.forEach((column, index) => {
    if (!known.has(column))
      issues.push({
        row: 1,
        column: `column ${index + 1}`,
        severity: 'warning',
        message: 'This column is not in the template: it is ignored and left out of the clean file',
      });
  });
  return issues;
}

export interface CheckOptions {
  /** Organisation names to flag (the contributor's own, its suppliers'). */
  organisations?: readonly string[];
  /** Use-case ids the guidance knows (its media presets); another id is flagged, not refused. */
  knownUseCases?: readonly string[];
}

/** A checker for one file: the scanner and options compiled once, then one call per record. */
export function rowChecker(
  options: CheckOptions = {},
): (record: Readonly<Record<string, unknown>>, row: number, format: 'csv' | 'json') => CheckedRow {
  const scan = identifyingScanner({ organisations: options.organisations });
  const known = options.knownUseCases?.length ? new Set(options.knownUseCases) : undefined;
  return (record, row, format) => {
    const issues: ContributionIssue[] = [];
    const findings: CellFinding[] = [];
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      return {
        row,
        issues: [{ row, column: '(row)', severity: 'error', message: 'Each observation must be an object of named fields' }],
        findings,
      };
    }
    const values = format === 'csv' ? coerceCsvRecord(record) : record;
    // Identifying content in any text cell, columns outside the template included (the contributor should know).
    for (const [column, value] of Object.entries(format === 'csv' ? record : values)) {
      if (typeof value !== 'string' || columnKinds[column] === 'number' || columnKinds[column] === 'list') continue;
      if (Object.hasOwn(closedValues, column) && closedValues[column]!(value.trim())) continue;
      const spans = scan(value);
      if (spans.length) findings.push({ row, column, kind: spans[0]!.kind, spans });
    }
    const parsed = observationSchema.safeParse(values);
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const column = typeof issue.path[0] === 'string' ? issue.path[0] : '(row)';
        if (seen.has(column)) continue; // one message per column, as the engine's forms do
        seen.add(column);
        issues.push({ row, column, severity: 'error', message: issue.message });
      }
      return { row, issues, findings };
    }
    const observation = parsed.data;
    const wh = energyWhPerUnit(observation);
    if (wh < PLAUSIBLE_ENERGY_WH_PER_UNIT.low || wh > PLAUSIBLE_ENERGY_WH_PER_UNIT.high) {
      issues.push({
        row,
        column: 'energyPerUnit' satisfies ObservationKey,
        severity: 'warning',
        message: `Energy per unit is outside the range published figures span (${PLAUSIBLE_ENERGY_WH_PER_UNIT.low.toLocaleString('en-GB')} to ${PLAUSIBLE_ENERGY_WH_PER_UNIT.high.toLocaleString('en-GB')} Wh): check the value and its unit`,
      });
    }
    if (known && !known.has(observation.useCase)) {
      issues.push({
        row,
        column: 'useCase',
        severity: 'warning',
        message: 'Use case is not one of the guidance’s media use cases: the reviewers will map it to one, or add it',
      });
    }
    return { row, observation, issues, findings };
  };
}
