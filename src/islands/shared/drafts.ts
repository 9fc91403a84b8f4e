/**
 * Form text <-> engine input. Each numeric field keeps the reader's text (a draft), so a bad value stays
 * on screen with its error while every other field keeps its state. Keys: `path` for the point or low
 * value, `path.high` for the upper end of a range.
 */
import type { FieldError } from '../../../calculators/core/result.ts';
import { getPath, setPath } from './object-path.ts';
import type { FieldDef, NumberFieldDef } from './types.ts';

export type Drafts = Record<string, string>;

export const highKey = (path: string) => `${path}.high`;

function show(value: number): string {
  return String(Number(value.toPrecision(12)));
}

export function draftsFromInput(fields: FieldDef[], input: unknown): Drafts {
  const drafts: Drafts = {};
  for (const field of fields) {
    if (field.kind !== 'number') continue;
    const value = getPath(input, field.path);
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
  const cleaned = text.trim().replace(/,(?=\d{3}(\D|$))/g, '').replace(/\s+/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

const unitText = (field: NumberFieldDef) => (field.unit ? ` in ${field.unit}` : '');

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
      else errors.push({ path: field.path, message: `${field.label} is needed: enter a number${unitText(field)}` });
      continue;
    }
    const low = parseNumber(lowText);
    if (low === undefined) {
      errors.push({ path: field.path, message: `${field.label} must be a number${unitText(field)}` });
      continue;
    }
    if (highText.trim() === '') {
      next = setPath(next, field.path, low);
      continue;
    }
    const high = parseNumber(highText);
    if (high === undefined) {
      errors.push({ path: highKey(field.path), message: `${field.label}: the upper end must be a number${unitText(field)}` });
      continue;
    }
    const previous = getPath(input, field.path);
    const distribution = previous && typeof previous === 'object' && 'distribution' in previous ? (previous as { distribution?: string }).distribution : undefined;
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
