/**
 * The files an island's export bar offers: CSV, JSON and Markdown of the result shown. Loaded by
 * ExportBar.tsx when a reader first asks for one (see export.ts). Pure; the date is passed in.
 */
import type { InputRecord } from '../../../calculators/core/result.ts';
import { formatRange, type Quantity } from '../../../calculators/core/format.ts';
import { readerOrigin } from './used-values.ts';
import { citationsAsText } from '../../lib/cited-text.ts';
import type { ExportData } from './export.ts';

/**
 * An input's origin as exported: "entered" for what the reader typed or chose, "example" for a value of
 * the worked example or task they started from, else the engine's own ("default", "preset", "computed").
 */
export function exportOrigin(input: InputRecord, typed: ReadonlySet<string> | undefined): string {
  if (!typed) return input.origin;
  if (readerOrigin(input, typed) === 'entered') return 'entered';
  return input.origin === 'supplied' ? 'example' : input.origin;
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
