/**
 * The words in brackets after a result figure (the headline) or in its range column (the interval chart):
 * the range, or why there is none. A figure can stand alone for two reasons that a reader must not confuse:
 * no input was uncertain, or the inputs were uncertain but the range is narrower than the two significant
 * figures printed.
 */
import { rangeWords, type FormattedRange } from '../../../calculators/core/format.ts';

export const POINT_NOTE = 'a single value: no input was given as a range';

export const roundedRangeNote = (kind: keyof typeof rangeWords) => `its ${rangeWords[kind].label} rounds to this same figure`;

export function rangeNote(f: FormattedRange): string {
  if (f.rangeText) return f.rangeText;
  return f.kind === 'point' ? POINT_NOTE : roundedRangeNote(f.kind);
}
