/**
 * A readable text diff for the changes and compare pages: chapters are split into `##` sections,
 * sections are matched by heading, paragraphs within a matched section are diffed as sequences, and a
 * paragraph that was edited (rather than replaced) is diffed word by word. The sequence diff is jsdiff's
 * (npm `diff`, Myers' algorithm); what is hand-written here is only what it does not know: MDX reduced to
 * prose, sections matched by heading, and when a changed paragraph counts as an edit. Pure.
 */
import { diffArrays } from 'diff';

export type DiffOp<T> = { type: 'same' | 'ins' | 'del'; items: T[] };

/**
 * Past this many edits two texts are a rewrite, not an edit: the diff stops and shows them as deleted
 * then inserted, which also bounds the work on very different chapters.
 */
const MAX_EDIT_LENGTH = 2_000;

/**
 * Shortest edit script between two sequences (a longest common subsequence kept), as runs of same /
 * deleted / inserted items; deletions come before insertions, and kept items are the old side's.
 */
export function lcsDiff<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean = (x, y) => x === y): DiffOp<T>[] {
  const changes = diffArrays([...a], [...b], { comparator: equal, maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) {
    return [...(a.length ? [{ type: 'del' as const, items: [...a] }] : []), ...(b.length ? [{ type: 'ins' as const, items: [...b] }] : [])];
  }
  const ops: DiffOp<T>[] = [];
  let oldIndex = 0;
  for (const change of changes) {
    if (change.count === 0) continue;
    if (change.added) {
      ops.push({ type: 'ins', items: change.value });
    } else {
      // jsdiff gives a kept run the new side's items; the old side's are shown, as the pages always have.
      ops.push({ type: change.removed ? 'del' : 'same', items: a.slice(oldIndex, oldIndex + change.count) });
      oldIndex += change.count;
    }
  }
  return ops;
}

export interface TextSegment {
  type: 'same' | 'ins' | 'del';
  text: string;
}

/** Word-level diff of two paragraphs. Whitespace is kept with the word before it so text reads back. */
export function diffWords(before: string, after: string): TextSegment[] {
  const words = (text: string) => text.match(/\S+\s*/g) ?? [];
  const norm = (w: string) => w.trim();
  return lcsDiff(words(before), words(after), (x, y) => norm(x) === norm(y)).map((op) => ({ type: op.type, text: op.items.join('') }));
}

/** Share of words two paragraphs have in common (0 to 1): decides between "edited" and "replaced". */
export function similarity(a: string, b: string): number {
  const wa = a.split(/\s+/).filter(Boolean);
  const wb = b.split(/\s+/).filter(Boolean);
  if (!wa.length || !wb.length) return 0;
  const same = lcsDiff(wa, wb)
    .filter((op) => op.type === 'same')
    .reduce((n, op) => n + op.items.length, 0);
  return (2 * same) / (wa.length + wb.length);
}

const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * MDX chapter source as plain paragraphs of prose: front matter, imports and component tags go, the
 * text inside components stays. A citation becomes its source id in brackets, "(kaplan-2020)" or
 * "(kaplan-2020, p. 3)", which the pages show as an author-year link (src/components/CitedText.astro);
 * a worked example or calculator becomes one space-free marker, "[example:inference/gemini-median]" or
 * "[calculator:boundary-explorer]", so a word-level diff never splits it, and nameMarkers words it for
 * readers.
 */
export function mdxToPlainText(source: string): string {
  return (
    source
      .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
      .replace(/^import\s.*$/gm, '')
      // Links first, so a citation written straight after a "]" is never read as a link target.
      .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
      .replace(/<Cite\s+([^>]*?)\/>/g, (tag, attrs: string) => {
        const id = attribute(attrs, 'id');
        const loc = attribute(attrs, 'loc');
        return id ? `(${id}${loc ? `, ${loc}` : ''})` : '';
      })
      .replace(/<WorkedExample\s+[^>]*model="([^"]+)"[^>]*example="([^"]+)"[^>]*\/>/g, '[example:$1/$2]')
      .replace(
        /<Calculator\s+([^>]*?)\/>/g,
        (tag, attrs: string) =>
          `[calculator:${attribute(attrs, 'name') ?? ''}${attribute(attrs, 'example') ? `/${attribute(attrs, 'example')}` : ''}]`,
      )
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/(\*\*|__)(.*?)\1/g, '$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/\r\n/g, '\n')
  );
}

/** What the markers of mdxToPlainText stand for, by their ids (the page looks them up in the engine). */
export interface MarkerNames {
  example(model: string, id: string): string | undefined;
  calculator(name: string, example: string | undefined): string | undefined;
}

/**
 * The markers mdxToPlainText leaves for worked examples and calculators, worded for readers:
 * "[worked example: Gemini median prompt]", "[calculator: Boundary explorer, set to …]". An id `names`
 * does not know keeps its marker.
 */
export function nameMarkers(text: string, names: MarkerNames): string {
  return text
    .replace(/\[example:([^/\]\s]+)\/([^\]\s]+)\]/g, (marker, model: string, id: string) => {
      const title = names.example(model, id);
      return title ? `[worked example: ${title}]` : marker;
    })
    .replace(/\[calculator:([^/\]\s]+)(?:\/([^\]\s]+))?\]/g, (marker, name: string, example: string | undefined) => {
      const title = names.calculator(name, example);
      return title ? `[calculator: ${title}]` : marker;
    });
}

/** Every marker mdxToPlainText leaves, as one pattern (a worked example's or a calculator's). */
export const MARKER_PATTERN = /\[(?:example|calculator):[^\]\s]+\]/g;

/** The markers of `text` worded from a list made beforehand (marker → words), for code without the engine's registries. */
export const nameListedMarkers = (text: string, named: Readonly<Record<string, string>>) =>
  text.replace(MARKER_PATTERN, (marker) => (Object.hasOwn(named, marker) ? named[marker]! : marker));

export interface Section {
  /** The `##` heading text; "" for the text before the first heading. */
  heading: string;
  paragraphs: string[];
}

/** Splits plain text into `##` sections of paragraphs (blank-line separated; list items count as one each). */
export function splitSections(text: string): Section[] {
  const sections: Section[] = [{ heading: '', paragraphs: [] }];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!lines.length) continue;
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length) sections.at(-1)!.paragraphs.push(paragraph.join(' '));
      paragraph = [];
    };
    for (const line of lines) {
      const h2 = /^##\s+(.*)$/.exec(line);
      if (h2) {
        flush();
        sections.push({ heading: h2[1]!.trim(), paragraphs: [] });
      } else if (/^#{3,6}\s+/.test(line) || /^([-*]|\d+\.)\s+/.test(line) || /^\|/.test(line)) {
        flush();
        paragraph.push(line.replace(/^#{3,6}\s+/, '').replace(/^[-*]\s+/, '• '));
        flush();
      } else paragraph.push(line);
    }
    flush();
  }
  return sections.filter((s, i) => i > 0 || s.paragraphs.length > 0);
}

export type BlockDiff =
  | { type: 'same'; text: string }
  | { type: 'ins'; text: string }
  | { type: 'del'; text: string }
  | { type: 'edit'; segments: TextSegment[] };

export interface SectionDiff {
  heading: string;
  status: 'same' | 'changed' | 'added' | 'removed';
  blocks: BlockDiff[];
}

/** Paragraph-level diff of one section; adjacent deleted/inserted paragraphs that are similar become word-level edits. */
export function diffParagraphs(before: readonly string[], after: readonly string[]): BlockDiff[] {
  const blocks: BlockDiff[] = [];
  const ops = lcsDiff(before, after);
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    const next = ops[k + 1];
    if (op.type === 'del' && next?.type === 'ins') {
      const dels = op.items;
      const ins = next.items;
      const paired = Math.min(dels.length, ins.length);
      for (let i = 0; i < paired; i++) {
        if (similarity(dels[i]!, ins[i]!) >= 0.4) blocks.push({ type: 'edit', segments: diffWords(dels[i]!, ins[i]!) });
        else blocks.push({ type: 'del', text: dels[i]! }, { type: 'ins', text: ins[i]! });
      }
      dels.slice(paired).forEach((text) => blocks.push({ type: 'del', text }));
      ins.slice(paired).forEach((text) => blocks.push({ type: 'ins', text }));
      k++;
      continue;
    }
    for (const text of op.items) blocks.push({ type: op.type, text } as BlockDiff);
  }
  return blocks;
}

const headingKey = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// A version's chapter is diffed against several others in one build (the version before it, the current
// version, its changes page), so its sections are read once. Keyed by the source text itself.
const sectionsBySource = new Map<string, Section[]>();
function sectionsOf(source: string): Section[] {
  let sections = sectionsBySource.get(source);
  if (!sections) sectionsBySource.set(source, (sections = splitSections(mdxToPlainText(source))));
  return sections;
}

/** Section-level diff of two chapters' MDX sources. */
export function diffChapters(beforeSource: string, afterSource: string): SectionDiff[] {
  const before = sectionsOf(beforeSource);
  const after = sectionsOf(afterSource);
  const ordered: SectionDiff[] = [];
  // lcsDiff reports matched sections with the old side's items, so walk both lists alongside it.
  let bi = 0;
  let ai = 0;
  for (const op of lcsDiff(before, after, (x, y) => headingKey(x.heading) === headingKey(y.heading))) {
    for (const section of op.items) {
      if (op.type === 'del') {
        ai++;
        ordered.push({ heading: section.heading, status: 'removed', blocks: section.paragraphs.map((text) => ({ type: 'del', text })) });
      } else if (op.type === 'ins') {
        bi++;
        ordered.push({ heading: section.heading, status: 'added', blocks: section.paragraphs.map((text) => ({ type: 'ins', text })) });
      } else {
        const a = before[ai++]!;
        const b = after[bi++]!;
        const blocks = diffParagraphs(a.paragraphs, b.paragraphs);
        ordered.push({ heading: b.heading, status: blocks.every((x) => x.type === 'same') ? 'same' : 'changed', blocks });
      }
    }
  }
  return ordered;
}

/** True when nothing in the diff was inserted or deleted. */
export const isUnchanged = (diff: readonly SectionDiff[]) => diff.every((s) => s.status === 'same');

export type DisplayBlock = Exclude<BlockDiff, { type: 'same' }> | { type: 'unchanged'; count: number };

/** Blocks for display: each run of unchanged paragraphs becomes a count, so readers see only changes. */
export function collapseUnchanged(blocks: readonly BlockDiff[]): DisplayBlock[] {
  const out: DisplayBlock[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.type !== 'same') out.push(block);
    else if (last?.type === 'unchanged') last.count++;
    else out.push({ type: 'unchanged', count: 1 });
  }
  return out;
}

/** How a section's change is named beside its heading (the built pages' DiffView.astro and the browser comparison alike). */
export const sectionStatusLabel = { same: 'unchanged', changed: 'changed', added: 'new section', removed: 'section removed' } as const;

/** "3 unchanged paragraphs": a run of unchanged paragraphs, counted rather than repeated. */
export const unchangedParagraphsLabel = (count: number) => `${count} unchanged paragraph${count === 1 ? '' : 's'}`;

/** "2 sections unchanged.": the sections of a chapter diff that did not change. */
export const unchangedSectionsLabel = (count: number) => `${count} section${count === 1 ? '' : 's'} unchanged.`;

/** "4 more paragraphs (1 inserted, 3 deleted)": the summary of a folded run of whole paragraphs. */
export function foldedRunLabel(blocks: readonly { type: 'ins' | 'del' }[]): string {
  const inserted = blocks.filter((b) => b.type === 'ins').length;
  const deleted = blocks.length - inserted;
  const parts = [inserted && `${inserted} inserted`, deleted && `${deleted} deleted`].filter(Boolean).join(', ');
  return `${blocks.length} more paragraph${blocks.length === 1 ? '' : 's'} (${parts})`;
}

/** What a diff shows: its blocks, with long runs of whole inserted or deleted paragraphs folded away. */
export type ShownBlock = DisplayBlock | { type: 'more'; blocks: Exclude<DisplayBlock, { type: 'unchanged' | 'edit' }>[] };

/**
 * Keeps a diff readable at a glance: in each run of more than `limit` whole paragraphs inserted or
 * deleted (a section added or rewritten), the first `limit` stay in view and the rest are folded into one
 * "more" block, which the page shows as a disclosure. Word-level edits and unchanged counts are never folded.
 */
export function foldLongRuns(blocks: readonly DisplayBlock[], limit = 2): ShownBlock[] {
  const out: ShownBlock[] = [];
  let run: Exclude<DisplayBlock, { type: 'unchanged' | 'edit' }>[] = [];
  const flush = () => {
    out.push(...run.slice(0, limit));
    if (run.length > limit) out.push({ type: 'more', blocks: run.slice(limit) });
    run = [];
  };
  for (const block of blocks) {
    if (block.type === 'ins' || block.type === 'del') run.push(block);
    else {
      flush();
      out.push(block);
    }
  }
  flush();
  return out;
}
