/** CSV, JSON, Markdown and citation text for an island's result. Pure; the date is passed in. */
import type { InputRecord, Interval } from '../../../calculators/core/result.ts';
import { PUBLISHER, WORK_TITLE } from '../../lib/citation.ts';
import { formatRange, type Quantity } from '../../../calculators/core/format.ts';
import type { IslandContext } from './types.ts';
import { readerOrigin } from './used-values.ts';
import { citationsAsText } from '../../lib/cited-text.ts';

export interface ExportRow {
  label: string;
  quantity: Quantity;
  interval: Interval;
}

export interface ExportData {
  context: IslandContext;
  coefficientSet: string;
  date: string;
  permalink: string;
  rawInput: unknown;
  inputs: InputRecord[];
  results: ExportRow[];
  /** Extra notes (caveats) for the Markdown. */
  notes: string[];
  /** The boundary statement of the result (the AI step's in a comparison), printed by every export. */
  boundary?: string;
  /** Further structured output for the JSON download (e.g. the disclosure statement). */
  attachments?: Record<string, unknown>;
  /** What the reader typed or chose (CalculatorState.typed): only those inputs are "entered". */
  typed?: ReadonlySet<string>;
}

/** What every island's export takes from its calculator state: the same six fields, written once. */
export function stateExport(
  state: { coefficientSet: string; date: string; permalink: string; input: unknown; typed: ReadonlySet<string> },
  context: IslandContext,
): Pick<ExportData, 'context' | 'coefficientSet' | 'date' | 'permalink' | 'rawInput' | 'typed'> {
  return {
    context,
    coefficientSet: state.coefficientSet,
    date: state.date,
    permalink: state.permalink,
    rawInput: state.input,
    typed: state.typed,
  };
}

/**
 * An input's origin as exported: "entered" for what the reader typed or chose, "example" for a value of
 * the worked example or task they started from, else the engine's own ("default", "preset", "computed").
 */
export function exportOrigin(input: InputRecord, typed: ReadonlySet<string> | undefined): string {
  if (!typed) return input.origin;
  if (readerOrigin(input, typed) === 'entered') return 'entered';
  return input.origin === 'supplied' ? 'example' : input.origin;
}

/** A further record the export bar offers (a model-card block, an "Environmental impact" section). */
export interface ExportRecord {
  /** What it is, after "Download" and "Copy": "model-card metadata (co2_eq_emissions)". */
  label: string;
  /** File name ending, after the export's base name: "model-card.yaml". */
  suffix: string;
  type: string;
  text: string;
}

const baseUnit: Record<Quantity, string> = { energy: 'Wh', emissions: 'gCO2e' };

function csvCell(value: string | number): string {
  const text = String(value);
  // Quote always; double inner quotes; neutralise spreadsheet formulae.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(data: ExportData): string {
  const lines: string[][] = [['section', 'name', 'central', 'p5', 'p95', 'min', 'max', 'unit', 'origin']];
  // Full precision: the one formatter rounds for readers; a spreadsheet keeps every digit.
  for (const row of data.results) {
    const { central, p5, p95, min, max } = row.interval;
    lines.push([
      'result',
      row.label,
      String(central),
      String(p5),
      String(p95),
      min === undefined ? '' : String(min),
      max === undefined ? '' : String(max),
      baseUnit[row.quantity],
      '',
    ]);
  }
  for (const input of data.inputs) {
    const v = input.value;
    const low = typeof v === 'number' ? v : v.low;
    const high = typeof v === 'number' ? v : v.high;
    const central = typeof v === 'number' ? v : (v.mode ?? (v.low + v.high) / 2);
    lines.push([
      'input',
      input.label,
      String(central),
      String(low),
      String(high),
      '',
      '',
      input.unit,
      exportOrigin(input, data.typed) + (input.assumption ? ' (assumption)' : ''),
    ]);
  }
  if (data.boundary) lines.push(['meta', 'boundary', data.boundary, '', '', '', '', '', '']);
  const meta = (name: string, value: string) => lines.push(['meta', name, value, '', '', '', '', '', '']);
  meta('calculator', data.context.title);
  meta('guidance version', data.context.version);
  meta('coefficient set', data.coefficientSet);
  meta('date', data.date);
  meta('permalink', data.permalink);
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function toJson(data: ExportData): string {
  return JSON.stringify(
    {
      calculator: data.context.island,
      title: data.context.title,
      guidanceVersion: data.context.version,
      coefficientSet: data.coefficientSet,
      date: data.date,
      permalink: data.permalink,
      ...(data.boundary ? { boundaryStatement: data.boundary } : {}),
      input: data.rawInput,
      inputs: data.inputs.map((input) => ({ ...input, origin: exportOrigin(input, data.typed) })),
      results: data.results.map((r) => ({ label: r.label, unit: baseUnit[r.quantity], ...r.interval })),
      ...data.attachments,
    },
    null,
    2,
  );
}

/**
 * The address a citation gives: the permalink moved to the site's public origin (context.site), so a result
 * cited from a preview or a local copy still resolves where readers will look. The address bar keeps the
 * address the reader is on.
 */
export function citedAddress(data: Pick<ExportData, 'permalink' | 'context'>): string {
  if (!data.permalink || !data.context.site) return data.permalink;
  try {
    const here = new URL(data.permalink);
    return new URL(`${here.pathname}${here.search}${here.hash}`, data.context.site).href;
  } catch {
    return data.permalink;
  }
}

export function citationText(data: ExportData): string {
  const year = data.date.slice(0, 4);
  return `${PUBLISHER} (${year}). ${data.context.title}: result computed with coefficient set ${data.coefficientSet}. In: ${WORK_TITLE}, version ${data.context.version} (${data.context.versionTitle}), released ${data.context.released}. Accessed ${data.date}. ${citedAddress(data)}`;
}

export function toMarkdown(data: ExportData): string {
  const lines = [`### ${data.context.title}`, ''];
  for (const row of data.results) lines.push(`- **${row.label}:** ${formatRange(row.interval, row.quantity).text}`);
  if (data.boundary) lines.push('', citationsAsText(data.boundary, data.context.sources ?? {}));
  if (data.notes.length) {
    lines.push('');
    for (const note of data.notes) lines.push(`- ${citationsAsText(note, data.context.sources ?? {})}`);
  }
  lines.push(
    '',
    `Guidance version ${data.context.version}, coefficient set \`${data.coefficientSet}\`, computed ${data.date}. Inputs and sources: ${data.permalink}`,
  );
  return lines.join('\n');
}
