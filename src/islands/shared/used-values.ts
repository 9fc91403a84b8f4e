/**
 * What the calculation used for the fields the reader left empty, read from the engine's register of
 * inputs, so a field never looks empty while the result rests on a preset's 3 to 10 requests. And the
 * origin of each input as the reader knows it: only what they typed or chose is "you entered".
 */
import { formatNumber } from '../../../calculators/core/format.ts';
import type { InputRecord } from '../../../calculators/core/result.ts';
import type { FieldDef } from './types.ts';

const originWords: Record<InputRecord['origin'], string> = {
  supplied: 'the worked example',
  default: 'the default',
  preset: 'the preset',
  computed: 'computed by the model',
};

function valueIn(value: InputRecord['value'], factor: number): string {
  return typeof value === 'number'
    ? formatNumber(value * factor)
    : `${formatNumber(value.low * factor)} to ${formatNumber(value.high * factor)}`;
}

/**
 * For each number field, the value its input record carries ("3 to 10 requests, from the preset").
 * `prefix` maps records of an embedded model (the counterfactual's AI step: "ai.inference.") onto fields.
 */
export function usedValues(fields: FieldDef[], inputs: readonly InputRecord[], prefix = ''): Record<string, string> {
  const byPath = new Map(inputs.map((record) => [`${prefix}${record.path}`, record]));
  const used: Record<string, string> = {};
  for (const field of fields) {
    if (field.kind !== 'number') continue;
    const record = byPath.get(field.path);
    if (!record || record.origin === 'computed') continue;
    const factor = field.scale?.factor ?? 1;
    used[field.path] = `${valueIn(record.value, factor)}${field.unit ? ` ${field.unit}` : ''}, from ${originWords[record.origin]}`;
  }
  return used;
}

/** Whether the reader set this input (a field's point or upper end, or the choice it depends on). */
export function enteredByReader(path: string, typed: ReadonlySet<string>, prefix = ''): boolean {
  const full = `${prefix}${path}`;
  return typed.has(full) || typed.has(`${full}.high`);
}

export type ReaderOrigin = 'entered' | InputRecord['origin'];

/** The engine's origin, corrected by what the reader actually did: 'supplied' becomes 'entered' only when typed. */
export function readerOrigin(record: InputRecord, typed: ReadonlySet<string>, prefix = ''): ReaderOrigin {
  if (enteredByReader(record.path, typed, prefix)) return 'entered';
  return record.origin;
}
