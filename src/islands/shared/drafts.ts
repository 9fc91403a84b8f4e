/**
 * Form text <-> engine input. Each numeric field keeps the reader's text (a draft), so a bad value stays
 * on screen with its error while every other field keeps its state. Keys: `path` for the point or low
 * value, `path.high` for the upper end of a range.
 */
import type { FieldError } from '../../../calculators/core/result.ts';
import { getPath, setPath } from './object-path.ts';
import { formatNumber } from '../../../calculators/core/format.ts';
import type { FieldDef, NumberFieldDef } from './types.ts';

export type Drafts = Record<string, string>;

export const highKey = (path: string) => `${path}.high`;

function show(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** The engine's number as the field shows it (minutes for an engine value in hours). */
const shown = (field: NumberFieldDef, value: number) => (field.scale ? value * field.scale.factor : value);
/** The reader's number as the engine takes it. */
const engineValue = (field: NumberFieldDef, value: number) => (field.scale ? value / field.scale.factor : value);

export function draftsFromInput(fields: FieldDef[], input: unknown): Drafts {
  const drafts: Drafts = {};
  for (const field of fields) {
    if (field.kind !== 'number') continue;
    const raw = getPath(input, field.path);
    const value =
      typeof raw === 'number'
        ? shown(field, raw)
        : raw && typeof raw === 'object' && 'low' in raw && 'high' in raw
          ? { low: shown(field, (raw as { low: number }).low), high: shown(field, (raw as { high: number }).high) }
          : raw;
    if (typeof value === 'number') {
      drafts[field.path] = show(value);
      if (field.range) drafts[highKey(field.path)] = '';
    } else if (value && typeof value === 'object' && 'low' in value && 'high' in value) {
      const range = value as { low: number; high: number };
      drafts[field.path] = show(range.low);
      drafts[highKey(field.path)] = range.high === range.low ? '' : show(range.high);
    } else {
      drafts[field.path] = '';
      if (field.range) drafts[highKey(field.path)] = '';
    }
  }
  return drafts;
}

/** Parses a typed number: digits, one decimal point, optional exponent, thousands commas allowed. */
export function parseNumber(text: string): number | undefined {
  if (/^\s*[-+]?\d+,\d{1,2}\s*$/.test(text) || /^\s*[-+]?\d+,\d{4,}\s*$/.test(text)) return undefined; // a decimal comma, not thousands
  const cleaned = text
    .trim()
    .replace(/,(?=\d{3}(\D|$))/g, '')
    .replace(/\s+/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

const unitText = (field: NumberFieldDef) => (field.unit ? ` in ${field.unit}` : '');
const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** The field's allowed range, checked in the reader's unit so the message quotes numbers as they typed them. */
function limitMessage(field: NumberFieldDef, value: number, which: 'value' | 'upper' = 'value'): string | undefined {
  if (value >= field.min && value <= field.max) return undefined;
  const what = which === 'upper' ? `the upper end of ${lower(field.label)}` : lower(field.label);
  return `Enter ${what} between ${formatNumber(field.min)} and ${formatNumber(field.max)}${field.unit ? ` ${field.unit}` : ''}`;
}

/**
 * What to tell a reader whose text is not a number, in the GOV.UK pattern ("Enter … as a number"), with
 * the formats the field accepts; a decimal comma gets its own hint rather than a bare refusal.
 */
export function numberMessage(field: NumberFieldDef, text: string, which: 'value' | 'upper' = 'value'): string {
  const what = which === 'upper' ? `the upper end of ${lower(field.label)}` : lower(field.label);
  if (/^\s*[-+]?\d+,\d+\s*$/.test(text) && parseNumber(text) === undefined) {
    return `Enter ${what} with a full stop for decimals, like ${text.trim().replace(',', '.')} (commas separate thousands, as in 20,000)`;
  }
  return `Enter ${what} as a number${unitText(field)}, like 1.5 or 20,000`;
}

/** Applies every draft to the input; returns field errors for text that is not a number. */
export function applyDrafts<I>(fields: FieldDef[], input: I, drafts: Drafts): { input: I; errors: FieldError[] } {
  let next = input;
  const errors: FieldError[] = [];
  for (const field of fields) {
    if (field.kind !== 'number') continue;
    const lowText = drafts[field.path] ?? '';
    const highText = field.range ? (drafts[highKey(field.path)] ?? '') : '';
    if (lowText.trim() === '' && highText.trim() === '') {
      if (field.optional) next = setPath(next, field.path, undefined);
      else errors.push({ path: field.path, message: `Enter ${lower(field.label)}${unitText(field)}` });
      continue;
    }
    const typedLow = parseNumber(lowText);
    if (typedLow === undefined) {
      errors.push({ path: field.path, message: numberMessage(field, lowText) });
      continue;
    }
    const outside = limitMessage(field, typedLow);
    if (outside) {
      errors.push({ path: field.path, message: outside });
      continue;
    }
    const low = engineValue(field, typedLow);
    if (highText.trim() === '') {
      next = setPath(next, field.path, low);
      continue;
    }
    const typedHigh = parseNumber(highText);
    if (typedHigh === undefined) {
      errors.push({ path: highKey(field.path), message: numberMessage(field, highText, 'upper') });
      continue;
    }
    const highOutside = limitMessage(field, typedHigh, 'upper');
    if (highOutside) {
      errors.push({ path: highKey(field.path), message: highOutside });
      continue;
    }
    if (typedHigh < typedLow) {
      errors.push({
        path: highKey(field.path),
        message: `Enter an upper end of ${lower(field.label)} that is at least the lower end, ${formatNumber(typedLow)}`,
      });
      continue;
    }
    const high = engineValue(field, typedHigh);
    const previous = getPath(input, field.path);
    const distribution =
      previous && typeof previous === 'object' && 'distribution' in previous
        ? (previous as { distribution?: string }).distribution
        : undefined;
    next = setPath(next, field.path, high === low ? low : distribution === 'lognormal' ? { low, high, distribution } : { low, high });
  }
  return { input: next, errors };
}

/** The field key (draft key) an engine error belongs to, or undefined for a form-wide error. */
export function errorKey(fields: FieldDef[], path: string): string | undefined {
  const candidates = fields.map((f) => f.path).filter((p) => path === p || path.startsWith(`${p}.`));
  const best = candidates.sort((a, b) => b.length - a.length)[0];
  if (best === undefined) return undefined;
  const field = fields.find((f) => f.path === best);
  if (field?.kind === 'number' && field.range && path === `${best}.high`) return highKey(best);
  return best;
}

/** Engine errors keyed by field; those matching no field are returned as general errors. */
export function sortErrors(fields: FieldDef[], errors: FieldError[]): { byField: Record<string, string>; general: string[] } {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const error of errors) {
    const key = errorKey(fields, error.path);
    if (key !== undefined) byField[key] ??= error.message;
    else general.push(error.message);
  }
  return { byField, general };
}
