/**
 * Source edits of a built page: each replaces the text between two offsets of the original (an insertion
 * has start === end). The hardening step collects the edits of all its changes from one parse of the page
 * and applies them in one pass: parsing a page of 100-470 kB again after each change was most of its time.
 */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The text with every edit applied. Edits may not overlap; an insertion goes before a change that starts at its offset. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let last = 0;
  for (const edit of ordered) {
    if (edit.start < last) throw new Error(`Overlapping edits at offset ${edit.start}`);
    out += text.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return out + text.slice(last);
}
