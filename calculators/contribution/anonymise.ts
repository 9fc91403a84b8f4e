/**
 * Anonymising checked observations before they leave the contributor's machine: drop optional columns,
 * redact flagged content, generalise the region, round figures, bucket dates to months. Every change is
 * counted so the contributor gets a summary of what was removed, with the rows it touched.
 */
import type { CellFinding } from './check.ts';
import { redact } from './identifying.ts';
import { observationColumns, requiredColumns, type Observation, type ObservationKey } from './schema.ts';

/** Optional columns a contributor may drop. */
export const droppableColumns = observationColumns.filter((key) => !requiredColumns.includes(key));

/** Figures that rounding applies to (the measurements, not the limits of the period). */
export const roundedColumns = [
  'gridIntensityGPerKWh',
  'tokensInPerRequest',
  'tokensOutPerRequest',
  'requestsPerUnit',
  'energyPerUnit',
  'unitsInPeriod',
] as const satisfies readonly ObservationKey[];

export interface AnonymiseOptions {
  /** Optional columns to leave out of the clean file. */
  dropColumns: readonly ObservationKey[];
  /** Replace flagged content in text cells with "[removed]". */
  redactFlagged: boolean;
  /** Keep only the first part of the region ("eu-west-2" → "EU", "GB-LND" → "GB"). */
  generaliseRegion: boolean;
  /** Round figures to this many significant figures; undefined keeps them. */
  significantFigures?: number;
  /** Dates of the period become months (YYYY-MM). */
  monthBuckets: boolean;
}

export const defaultAnonymiseOptions: AnonymiseOptions = {
  dropColumns: [],
  redactFlagged: true,
  generaliseRegion: false,
  significantFigures: undefined,
  monthBuckets: true,
};

/** What anonymising did, for the summary: each kind of change with the rows it touched. */
export interface AnonymiseSummary {
  rowsIn: number;
  rowsOut: number;
  /** Rows left out because they had errors. */
  rowsLeftOut: number[];
  droppedColumns: ObservationKey[];
  /** Redactions by column and kind of content. */
  redactions: { column: string; kind: string; rows: number[] }[];
  /** Cells changed by generalising, rounding or bucketing, by column. */
  changes: { column: string; what: string; count: number }[];
}

/** x rounded to `digits` significant figures, as a number. */
export function roundTo(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(digits));
}

const generalisedRegion = (region: string) => (region.split(/[-_,/\s]+/).find(Boolean) ?? '').toUpperCase().slice(0, 20);

/**
 * The clean observations and what was done. `rows` pairs each row number with its observation (undefined
 * for a row with errors, which is left out) and `findings` lists the identifying content found.
 */
export function anonymise(
  rows: readonly { row: number; observation?: Observation }[],
  findings: readonly CellFinding[],
  options: AnonymiseOptions,
): { observations: Observation[]; summary: AnonymiseSummary } {
  const drop = new Set(options.dropColumns.filter((c) => droppableColumns.includes(c)));
  const byRow = new Map<number, CellFinding[]>();
  for (const f of findings) byRow.set(f.row, [...(byRow.get(f.row) ?? []), f]);
  const redactions = new Map<string, { column: string; kind: string; rows: number[] }>();
  const changes = new Map<string, { column: string; what: string; count: number }>();
  const changed = (column: string, what: string) => {
    const key = `${column}\u0000${what}`;
    const entry = changes.get(key) ?? { column, what, count: 0 };
    entry.count += 1;
    changes.set(key, entry);
  };
  const observations: Observation[] = [];
  const rowsLeftOut: number[] = [];
  for (const { row, observation } of rows) {
    if (!observation) {
      rowsLeftOut.push(row);
      continue;
    }
    const out: Record<string, unknown> = {};
    for (const key of observationColumns) {
      if (drop.has(key) || observation[key] === undefined) continue;
      let value: unknown = observation[key];
      if (typeof value === 'string' && options.redactFlagged) {
        const cell = (byRow.get(row) ?? []).find((f) => f.column === key);
        if (cell) {
          value = redact(value, cell.spans);
          for (const kind of new Set(cell.spans.map((s) => s.kind))) {
            const id = `${key}\u0000${kind}`;
            const entry = redactions.get(id) ?? { column: key, kind, rows: [] };
            entry.rows.push(row);
            redactions.set(id, entry);
          }
        }
      }
      if (key === 'region' && options.generaliseRegion && typeof value === 'string') {
        const general = generalisedRegion(value);
        if (general !== value) changed(key, 'generalised to its first part');
        value = general;
      }
      if ((roundedColumns as readonly string[]).includes(key) && typeof value === 'number' && options.significantFigures) {
        const rounded = roundTo(value, options.significantFigures);
        if (rounded !== value)
          changed(key, `rounded to ${options.significantFigures} significant figure${options.significantFigures === 1 ? '' : 's'}`);
        value = rounded;
      }
      if ((key === 'periodStart' || key === 'periodEnd') && options.monthBuckets && typeof value === 'string' && value.length > 7) {
        value = value.slice(0, 7);
        changed(key, 'bucketed to its month');
      }
      out[key] = value;
    }
    observations.push(out as Observation);
  }
  return {
    observations,
    summary: {
      rowsIn: rows.length,
      rowsOut: observations.length,
      rowsLeftOut,
      droppedColumns: [...drop],
      redactions: [...redactions.values()],
      changes: [...changes.values()],
    },
  };
}

/** A CSV cell: quoted when needed, with spreadsheet formulae neutralised. */
function csvCell(value: unknown): string {
  if (value === undefined) return '';
  let text = Array.isArray(value) ? value.join(';') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Observations as CSV in the template's columns (dropped columns left out). */
export function observationsCsv(observations: readonly Observation[], columns: readonly ObservationKey[] = observationColumns): string {
  const lines = [columns.join(',')];
  for (const o of observations) lines.push(columns.map((key) => csvCell(o[key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

const list = (rows: readonly number[]) =>
  rows.length <= 12 ? rows.join(', ') : `${rows.slice(0, 12).join(', ')} and ${(rows.length - 12).toLocaleString('en-GB')} more`;

/** The summary as plain-text lines, for the page and for the file that goes with the clean data. */
export function summaryLines(summary: AnonymiseSummary, kindLabel: (kind: string) => string): string[] {
  const lines = [`${summary.rowsOut.toLocaleString('en-GB')} of ${summary.rowsIn.toLocaleString('en-GB')} observations kept.`];
  if (summary.rowsLeftOut.length)
    lines.push(`Left out because they have errors: row${summary.rowsLeftOut.length === 1 ? '' : 's'} ${list(summary.rowsLeftOut)}.`);
  if (summary.droppedColumns.length) lines.push(`Columns removed: ${summary.droppedColumns.join(', ')}.`);
  for (const r of summary.redactions)
    lines.push(`Removed ${kindLabel(r.kind)} from ${r.column}: row${r.rows.length === 1 ? '' : 's'} ${list(r.rows)}.`);
  for (const c of summary.changes)
    lines.push(`${c.column}: ${c.count.toLocaleString('en-GB')} value${c.count === 1 ? '' : 's'} ${c.what}.`);
  if (lines.length === 1) lines.push('Nothing else was changed.');
  return lines;
}
