/** Markdown, JSON Schema and CSV renderings of a disclosure statement. */
import * as z from 'zod/mini';
import { formatRange, rangeWords } from '../core/format.ts';
import { ukNumber } from '../core/uk-number.ts';
import { disclosureStatementSchema } from './schema.ts';
import type { DisclosureStatement } from './schema.ts';

/** JSON Schema (draft 2020-12) of the disclosure statement, from its zod schema. */
export function disclosureJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(disclosureStatementSchema) as Record<string, unknown>;
}

/** CSV columns: the statement's top-level fields, in schema order. */
export const disclosureCsvHeader: readonly string[] = Object.keys(disclosureStatementSchema.def.shape);

function csvCell(value: unknown): string {
  let text =
    value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : Array.isArray(value) && value.every((v) => typeof v === 'string')
          ? value.join('; ')
          : JSON.stringify(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`; // spreadsheet formula injection guard
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV row for a statement (objects as JSON, string lists joined with "; "). */
export function disclosureCsvRow(statement: DisclosureStatement): string {
  const record = statement as unknown as Record<string, unknown>;
  return disclosureCsvHeader.map((key) => csvCell(record[key])).join(',');
}

/** Header line plus one row: the contributing-data template. */
export function disclosureCsv(statement: DisclosureStatement): string {
  return `${disclosureCsvHeader.join(',')}\n${disclosureCsvRow(statement)}\n`;
}

function md(text: string): string {
  return text.replace(/([\\|*_`[\]])/g, '\\$1');
}

function valueText(value: DisclosureStatement['inputs'][number]['value'], unit: string): string {
  if (typeof value === 'number') return `${ukNumber(value, { maximumSignificantDigits: 6 })} ${unit}`;
  const mode = value.mode !== undefined ? `, most likely ${value.mode}` : '';
  return `${ukNumber(value.low, { maximumSignificantDigits: 6 })} to ${ukNumber(value.high, { maximumSignificantDigits: 6 })} ${unit}${mode}${value.distribution ? ` (${value.distribution})` : ''}`;
}

export function disclosureMarkdown(s: DisclosureStatement): string {
  const lines: string[] = [];
  lines.push(`# ${md(s.title)}`, '');
  if (s.organisation) lines.push(`Organisation: ${md(s.organisation)}  `);
  if (s.period) lines.push(`Reporting period: ${md(s.period)}  `);
  lines.push(
    `Guidance version: ${s.guidanceVersion}  `,
    `Coefficient set: ${s.coefficientSet}  `,
    `Functional unit: ${md(s.functionalUnit)}  `,
  );
  if (s.dataQualityTier) lines.push(`Data-quality tier: ${s.dataQualityTier}  `);
  lines.push(`Method: ${md(s.method)}  `, `Grid basis: ${s.gridBasis}-based`, '');
  lines.push('## Results', '', '| Quantity | Central (median) | Range |', '|---|---|---|');
  for (const r of s.results) {
    const f = formatRange(r.value, r.unit === 'Wh' ? 'energy' : r.unit === 'gCO2e' ? 'emissions' : r.unit);
    lines.push(`| ${md(r.quantity)} | ${f.central} ${f.unit} | ${f.rangeText ?? 'single value'} |`);
  }
  lines.push('', '## Boundary', '');
  lines.push(`- Included: ${s.boundary.included.map(md).join(', ') || 'none'}`);
  lines.push(`- Modelled by the calculator (outside the source’s boundary): ${s.boundary.modelled.map(md).join(', ') || 'none'}`);
  lines.push(`- Excluded: ${s.boundary.excluded.map(md).join(', ') || 'none'}`, '');
  if (s.boundary.statement) lines.push(md(s.boundary.statement), '');
  lines.push('## Inputs', '', '| Input | Value | Origin | Data tier |', '|---|---|---|---|');
  for (const i of s.inputs)
    lines.push(
      `| ${md(i.label)} | ${md(valueText(i.value, i.unit))} | ${i.origin}${i.coefficientId ? ` (${i.coefficientId})` : ''} | ${i.dataTier} |`,
    );
  lines.push('', '## Assumptions and caveats', '');
  for (const a of s.assumptions) lines.push(`- ${md(a)}`);
  lines.push('', '## Sources', '', s.sources.join(', '), '');
  const reading = s.uncertainty.interval.startsWith('minimum')
    ? `each range is the ${rangeWords['min-max'].label}: ${rangeWords['min-max'].meaning}`
    : `each range is the ${rangeWords['p5-p95'].label}: ${rangeWords['p5-p95'].meaning}`;
  lines.push(
    `Uncertainty: ${s.uncertainty.samples > 0 ? `${s.uncertainty.samples.toLocaleString('en-GB')} Monte Carlo samples, seed ${s.uncertainty.seed}; ${reading}; the central value is the median.` : 'every input is a single value, so no range is given.'}`,
    '',
  );
  return lines.join('\n');
}
