/**
 * Browser code for /compare/ (index.astro beside it; the leading underscore keeps this file from being a
 * route): compares two versions that are not built as a page (src/lib/compare-pairs.ts). It loads the two
 * versions' data files and the index of every version's chapters (src/lib/compare-data.ts), then runs the
 * same chapter map, provisions diff and section diff the built pages use (src/lib/version-compare.ts,
 * provision-changes-view.ts, text-diff.ts), so a comparison reads the same wherever it is made. It covers
 * chapters, provisions and text; the page says where the coefficients and worked examples of each version
 * are. Everything is written with textContent: nothing from the address or the data is read as HTML.
 */
import type { CompareIndexData, CompareVersionData } from '../../lib/compare-data.ts';
import { isBuilt } from '../../lib/compare-pairs.ts';
import { fetchJson } from '../../lib/gzipped-json.ts';
import type { ChapterRef } from '../../lib/navigation.ts';
import { chapterHref, compareDataHref, compareHref, compareIndexDataHref, compareInBrowserHref, versionHref } from '../../lib/paths.ts';
import { sides } from '../../lib/chapter-map.ts';
import { splitCitations } from '../../lib/cited-text.ts';
import {
  collapseUnchanged,
  foldLongRuns,
  foldedRunLabel,
  nameListedMarkers,
  sectionStatusLabel,
  unchangedParagraphsLabel,
  unchangedSectionsLabel,
  type DisplayBlock,
  type SectionDiff,
} from '../../lib/text-diff.ts';
import { changeGroups, compareChapters, diffedChapters, type ChapterText } from '../../lib/version-compare.ts';
import { provisionChangesView } from '../../lib/provision-changes-view.ts';

type Child = Node | string | false | undefined;

/** What a comparison reads of a version in between: its provisions, to follow them through it. */
type ProvisionsOnly = Pick<CompareVersionData, 'provisions'>;

/** An element with text children only: the one way this page writes to the document. */
function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined) node.append(child);
  return node;
}

const link = (href: string, text: string) => el('a', { href }, text);

/** Shows a value from the address in a message, shortened: it may be anything. */
const quoted = (value: string | null) => `“${(value ?? '').slice(0, 40)}${(value ?? '').length > 40 ? '…' : ''}”`;

/** One side's text with its markers named and its citations as author-year links. */
function citedText(text: string, side: CompareVersionData): Node[] {
  const labels = Object.fromEntries(Object.entries(side.citations).map(([id, c]) => [id, c.label]));
  return splitCitations(nameListedMarkers(text, side.markers), labels).map((segment) => {
    if ('text' in segment) return document.createTextNode(segment.text);
    const href = side.citations[segment.sourceId]?.href;
    return href ? link(href, segment.label) : document.createTextNode(segment.label);
  });
}

function block(shown: DisplayBlock, before: CompareVersionData, after: CompareVersionData): HTMLElement {
  if (shown.type === 'unchanged') return el('p', { class: 'diff-same' }, unchangedParagraphsLabel(shown.count));
  const sign = (s: string) => el('span', { class: 'diff-sign', 'aria-hidden': 'true' }, s);
  const hidden = (s: string) => el('span', { class: 'visually-hidden' }, s);
  if (shown.type === 'ins')
    return el(
      'p',
      { class: 'diff-block diff-block--ins' },
      sign('+'),
      el('ins', {}, hidden('Inserted paragraph: '), ...citedText(shown.text, after)),
    );
  if (shown.type === 'del')
    return el(
      'p',
      { class: 'diff-block diff-block--del' },
      sign('−'),
      el('del', {}, hidden('Deleted paragraph: '), ...citedText(shown.text, before)),
    );
  return el(
    'p',
    { class: 'diff-block' },
    sign('±'),
    ...shown.segments.flatMap((segment) =>
      segment.type === 'same'
        ? citedText(segment.text, after)
        : segment.type === 'ins'
          ? [el('ins', {}, hidden('[inserted: '), ...citedText(segment.text, after), hidden(']'))]
          : [el('del', {}, hidden('[deleted: '), ...citedText(segment.text, before), hidden(']'))],
    ),
  );
}

/** A chapter's section diff, as DiffView.astro renders it on the built pages. */
function diffView(diff: SectionDiff[], before: CompareVersionData, after: CompareVersionData): HTMLElement {
  const shown = diff.filter((s) => s.status !== 'same');
  const view = el('div', { class: 'diff' });
  for (const section of shown) {
    const part = el(
      'section',
      { class: 'diff-section' },
      el('h5', {}, section.heading || 'Opening text', ' ', el('span', { class: 'meta' }, `(${sectionStatusLabel[section.status]})`)),
    );
    for (const item of foldLongRuns(collapseUnchanged(section.blocks))) {
      if (item.type !== 'more') {
        part.append(block(item, before, after));
        continue;
      }
      const more = el('details', { class: 'diff-more' }, el('summary', {}, foldedRunLabel(item.blocks)));
      for (const inner of item.blocks) more.append(block(inner, before, after));
      part.append(more);
    }
    view.append(part);
  }
  const same = diff.length - shown.length;
  if (same > 0) view.append(el('p', { class: 'diff-same' }, unchangedSectionsLabel(same)));
  return view;
}

function chapterLinks(list: ChapterRef[]): Child[] {
  return list.flatMap((c, i) => [i > 0 && ', ', link(chapterHref(c.version, c.slug), c.title), ` (${c.version})`]);
}

/** The versions strictly between two, in the order read from `from` to `to`. */
function versionsBetween(index: CompareIndexData, from: string, to: string): string[] {
  const ids = index.versions.map((v) => v.id);
  const [a, b] = [ids.indexOf(from), ids.indexOf(to)];
  return a < b ? ids.slice(a + 1, b) : ids.slice(b + 1, a).reverse();
}

/** Where the comparison of two versions is: its page when built, this page otherwise. */
const comparisonAt = (index: CompareIndexData) => (from: string, to: string) =>
  isBuilt(index.built, from, to) ? compareHref(from, to) : compareInBrowserHref(from, to);

/** A list of provision links, as ProvisionChanges.astro lists them on the built pages. */
function provisionList<T extends { href: string; text: string }>(items: T[], after: (item: T) => Child[]): HTMLElement {
  const list = el('ul', { class: 'id-list' });
  for (const item of items) list.append(el('li', {}, link(item.href, item.text), ...after(item)));
  return list;
}

/**
 * The provisions added, changed and removed, by id, followed through the versions in between, in the words
 * and markup of the built pages (ProvisionChanges.astro), one heading level down under this comparison's title.
 */
function provisionsSection(
  index: CompareIndexData,
  from: CompareVersionData,
  to: CompareVersionData,
  between: ProvisionsOnly[],
): HTMLElement[] {
  const chain = [from, ...between, to].map((v) => v.provisions);
  // A pair made here is never a version and the one before it (those comparisons are built), so the map from
  // numbers to ids is never on this comparison: the view points to the comparison that has it.
  const view = provisionChangesView(chain, from.id, to.id, { comparisonHref: comparisonAt(index), mapHere: false });
  const out: HTMLElement[] = [el('h3', { id: 'comparison-provisions' }, view.heading)];
  const summary = el('p', {}, view.summary);
  if (view.explorers) {
    summary.append(' ', view.explorers.intro);
    view.explorers.links.forEach((e, i) => summary.append(i > 0 ? ', ' : '', link(e.href, e.text)));
    summary.append('.');
  }
  out.push(summary);
  if (!view.none) {
    const list = el('dl', { class: 'change-list' });
    const group = (title: string, count: number, body: HTMLElement) =>
      list.append(el('div', {}, el('dt', {}, el('strong', {}, title), ` (${count})`), el('dd', {}, body)));
    if (view.added.length)
      group(
        'Added',
        view.added.length,
        provisionList(view.added, (p) => [' ', el('span', { class: 'meta' }, `(${p.level})`)]),
      );
    if (view.changed.length)
      group(
        'Changed',
        view.changed.length,
        provisionList(view.changed, (c) => [
          `: ${c.what}`,
          ...(c.from.length ? [' (from ', ...c.from.flatMap((f, i) => [i > 0 && ', ', link(f.href, f.text)]), ')'] : []),
        ]),
      );
    if (view.removed.length)
      group(
        'Removed',
        view.removed.length,
        provisionList(view.removed, (r) => [r.reason && `: ${r.reason}`]),
      );
    out.push(list);
  }
  if (view.mapElsewhere) out.push(el('p', {}, view.mapElsewhere.text, link(view.mapElsewhere.link.href, view.mapElsewhere.link.text), '.'));
  return out;
}

/**
 * The comparison of two versions' chapters, provisions and text, from their data; `between` holds the
 * provisions of the versions in between, when the older side has provisions to follow through them.
 */
function comparison(index: CompareIndexData, from: CompareVersionData, to: CompareVersionData, between: ProvisionsOnly[]): HTMLElement[] {
  const chaptersBetween = versionsBetween(index, from.id, to.id).map((id): ChapterText[] =>
    (index.versions.find((v) => v.id === id)?.chapters ?? []).map((c) => ({ ...c, body: '' })),
  );
  const changes = compareChapters([from.chapters, ...chaptersBetween, to.chapters]);
  const diffed = diffedChapters(changes);
  const swap = comparisonAt(index)(to.id, from.id);
  const title = (id: string) => index.versions.find((v) => v.id === id)?.title ?? '';
  const out: HTMLElement[] = [
    el('h2', { id: 'comparison-title', tabindex: '-1' }, `From version ${from.id} to version ${to.id}`),
    el(
      'p',
      {},
      'From ',
      link(versionHref(from.id), `version ${from.id}: ${title(from.id)}`),
      ' to ',
      link(versionHref(to.id), `version ${to.id}: ${title(to.id)}`),
      '. ',
      link(swap, 'Swap the direction'),
      '.',
    ),
    el(
      'p',
      { class: 'meta' },
      'Made in your browser from the two versions’ text, this comparison covers chapters, provisions and text. The built comparisons also compare coefficients and worked examples; each version lists its own: ',
      link(chapterHref(from.id, 'coefficients'), `coefficients of ${from.id}`),
      ', ',
      link(chapterHref(to.id, 'coefficients'), `coefficients of ${to.id}`),
      '.',
    ),
    el('h3', { id: 'comparison-chapters' }, `Chapters from ${from.id} to ${to.id}`),
  ];
  const list = el('dl', { class: 'change-list' });
  for (const group of changeGroups(changes).filter((g) => g.items.length)) {
    const items = el('ul');
    for (const change of group.items) {
      const { from: old, to: now } = sides(change.relation);
      const shown = diffed.find((d) => d.change === change);
      items.append(
        el(
          'li',
          {},
          ...chapterLinks(old),
          old.length > 0 && now.length > 0 && ' → ',
          ...chapterLinks(now),
          shown && ' · ',
          shown && el('a', { href: `#${shown.id}` }, 'see the changes', el('span', { class: 'visually-hidden' }, ` to ${shown.title}`)),
        ),
      );
    }
    list.append(el('div', {}, el('dt', {}, el('strong', {}, group.title), ` (${group.items.length})`), el('dd', {}, items)));
  }
  out.push(list, ...provisionsSection(index, from, to, between), el('h3', { id: 'comparison-text' }, 'What changed in the text'));
  if (diffed.length === 0) out.push(el('p', {}, 'No chapter’s text changed apart from the chapters added or removed, listed above.'));
  for (const { change, id, title: chapter } of diffed) {
    out.push(
      el(
        'section',
        { 'aria-labelledby': id },
        el(
          'h4',
          { id },
          chapter,
          ' ',
          el('span', { class: 'meta' }, `(${change.relation.kind === 'same' ? 'changed' : change.relation.kind})`),
        ),
        diffView(change.diff, from, to),
      ),
    );
  }
  return out;
}

/** Runs when /compare/ is opened with ?from=&to=: a built pair opens its page, any other is compared here. */
export async function showComparison(params: URLSearchParams): Promise<void> {
  const root = document.getElementById('comparison');
  const status = document.getElementById('comparison-status');
  if (!root || !status) return;
  const say = (text: string) => {
    status.textContent = text;
  };
  const fromId = params.get('from');
  const toId = params.get('to');
  say('Loading the two versions…');
  let index: CompareIndexData;
  try {
    index = await fetchJson<CompareIndexData>(compareIndexDataHref());
  } catch {
    say('Could not load the list of versions: check the connection and try again, or open a built comparison from the table.');
    return;
  }
  const known = (id: string | null): id is string => id !== null && index.versions.some((v) => v.id === id);
  if (!known(fromId) || !known(toId) || fromId === toId) {
    say(
      `This link asks to compare ${quoted(fromId)} with ${quoted(toId)}, which are not two different versions of the guidance. Choose two versions below.`,
    );
    return;
  }
  if (isBuilt(index.built, fromId, toId)) {
    location.replace(compareHref(fromId, toId));
    return;
  }
  let data: [CompareVersionData, CompareVersionData];
  let between: ProvisionsOnly[];
  try {
    data = await Promise.all([
      fetchJson<CompareVersionData>(compareDataHref(fromId)),
      fetchJson<CompareVersionData>(compareDataHref(toId)),
    ]);
    // Provisions are followed one version at a time, as on the built pages; the versions in between are
    // loaded only when the older side has provisions to follow (a version without any, like 0.1, has none).
    const ids = index.versions.map((v) => v.id);
    const older = ids.indexOf(fromId) < ids.indexOf(toId) ? data[0] : data[1];
    between = older.provisions.provisions.length
      ? await Promise.all(versionsBetween(index, fromId, toId).map((id) => fetchJson<CompareVersionData>(compareDataHref(id))))
      : [];
  } catch {
    say(`Could not load versions ${fromId} and ${toId}: check the connection and try again.`);
    return;
  }
  const content = comparison(index, ...data, between);
  root.replaceChildren(...content);
  say(`Compared version ${fromId} with version ${toId}.`);
  document.getElementById('comparison-title')?.focus();
}
