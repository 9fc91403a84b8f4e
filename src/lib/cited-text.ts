/**
 * Engine messages and coefficient notes name their sources by registry id ("… (luccioni-2025-jevons)").
 * Readers should see author-year citations that link to the reference list instead, everywhere the text
 * appears: islands, worked-example cards, coefficient notes, diffs and print. This splits such text into
 * plain runs and citations; each renderer (React, Astro) turns the citations into links. Pure, and small
 * enough for the browser: the caller passes the short citations it knows (the island context carries them).
 */

export type CitedSegment = { text: string } | { sourceId: string; label: string };

const escape = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One pattern per labels object: callers pass the same labels for every text of a page (and the build for
// every page), and compiling an alternation of every source id each time was most of this function's time.
// A labels object is never changed once built (they are made from the registry), so its pattern stays right.
const patterns = new WeakMap<object, RegExp | null>();

function patternOf(labels: Readonly<Record<string, string>>): RegExp | null {
  let pattern = patterns.get(labels);
  if (pattern === undefined) {
    const ids = Object.keys(labels).sort((a, b) => b.length - a.length);
    pattern = ids.length ? new RegExp(`(?<![A-Za-z0-9-])(${ids.map(escape).join('|')})(?![A-Za-z0-9-])`, 'g') : null;
    patterns.set(labels, pattern);
  }
  return pattern;
}

/**
 * Splits `text` at every source id found in `labels` (id → short citation such as "Luccioni et al., 2025").
 * An id counts only as a whole token (not inside a longer id or word); unknown ids stay as text.
 */
export function splitCitations(text: string, labels: Readonly<Record<string, string>>): CitedSegment[] {
  if (text === '') return [];
  const pattern = patternOf(labels);
  if (!pattern) return [{ text }];
  const segments: CitedSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const id = match[1]!;
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ sourceId: id, label: labels[id]! });
    last = match.index + id.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** The same text with each source id replaced by its short citation, for plain-text outputs (exports, print). */
export function citationsAsText(text: string, labels: Readonly<Record<string, string>>): string {
  return splitCitations(text, labels)
    .map((s) => ('text' in s ? s.text : s.label))
    .join('');
}
