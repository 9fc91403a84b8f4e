/** Suggested citations for a version or a chapter of the guidance. Pure. */
import type { VersionStatus } from './content-schema.ts';
import { versionDateVerb } from './version-date.ts';

export const PUBLISHER = 'DIMPACT AI Working Group';
export const WORK_TITLE = 'Energy use and greenhouse-gas emissions of generative AI in media and publishing: guidance';

export interface CitationInput {
  version: string;
  versionTitle: string;
  released: string;
  /** A draft's date is the day it was opened: its citations say so rather than "released". */
  status?: VersionStatus;
  chapterTitle?: string;
  /** The page's absolute address under the site's public address (src/lib/site-origin.ts). */
  url: string;
}

export function suggestedCitation(input: CitationInput): string {
  const year = input.released.slice(0, 4);
  const part = input.chapterTitle ? `"${input.chapterTitle}". In: ` : '';
  return `${PUBLISHER} (${year}). ${part}${WORK_TITLE}, version ${input.version} (${input.versionTitle}), ${dateVerb(input)} ${input.released}. ${input.url}`;
}

const dateVerb = (input: CitationInput) => versionDateVerb(input.status ?? 'current');
/** A reference manager's note for a draft, which is not in force and may still change. */
const draftNote = (input: CitationInput) => (input.status === 'draft' ? `Draft opened ${input.released}; not released` : undefined);

/** The draft note as one tagged field of a BibTeX entry or RIS record, or nothing for a released version. */
const draftField = (input: CitationInput, tag: string): [string, string][] => {
  const note = draftNote(input);
  return note ? [[tag, note]] : [];
};

/** A site path as an absolute address under `site` (Astro.site, always set: astro.config.mjs); the path itself without one. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** A BibTeX key that is stable for a version and chapter: dimpact-ai-2026-v0.2-partial-data. */
export function citationKey(input: CitationInput & { chapterSlug?: string }): string {
  const slug = input.chapterSlug ? `-${input.chapterSlug}` : '';
  return `dimpact-ai-${input.released.slice(0, 4)}-v${input.version}${slug}`;
}

const bibEscape = (text: string) => text.replace(/([{}&%$#_])/g, '\\$1');

/** A BibTeX entry: @incollection for a chapter, @techreport for the version as a whole. */
export function bibtexCitation(input: CitationInput & { chapterSlug?: string }): string {
  const fields: [string, string][] = [
    ['author', `{${PUBLISHER}}`],
    ...(input.chapterTitle
      ? ([
          ['title', input.chapterTitle],
          ['booktitle', WORK_TITLE],
        ] as [string, string][])
      : ([['title', WORK_TITLE]] as [string, string][])),
    ['edition', `Version ${input.version} (${input.versionTitle})`],
    ['institution', PUBLISHER],
    ['year', input.released.slice(0, 4)],
    ['month', String(Number(input.released.slice(5, 7)))],
    ['date', input.released],
    ...draftField(input, 'note'),
    ['url', input.url],
  ];
  const type = input.chapterTitle ? 'incollection' : 'techreport';
  const body = fields
    .map(([name, value]) => `  ${name} = {${name === 'url' ? value : name === 'author' ? value : bibEscape(value)}}`)
    .join(',\n');
  return `@${type}{${citationKey(input)},\n${body}\n}`;
}

/** A RIS record (for Zotero, EndNote, Mendeley): CHAP for a chapter, RPRT for the version. */
export function risCitation(input: CitationInput): string {
  const lines: [string, string][] = [
    ['TY', input.chapterTitle ? 'CHAP' : 'RPRT'],
    ['AU', PUBLISHER],
    ...(input.chapterTitle
      ? ([
          ['TI', input.chapterTitle],
          ['T2', WORK_TITLE],
        ] as [string, string][])
      : ([['TI', WORK_TITLE]] as [string, string][])),
    ['ET', `Version ${input.version} (${input.versionTitle})`],
    ['PB', PUBLISHER],
    ['PY', input.released.slice(0, 4)],
    ['DA', input.released.replace(/-/g, '/')],
    ...draftField(input, 'N1'),
    ['UR', input.url],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\n');
}

// One formatter for every citation: every page's footer cites its version, and creating a formatter per call
// (what toLocaleDateString does) was most of the citation's time. Made on first use, not when the module
// loads: the first date formatter loads the browser's time-zone data (about 40 ms in Chromium), which every
// page whose islands import this module paid while hydrating, though only the citation exports format a date.
let longDate: Intl.DateTimeFormat | undefined;
const longDateFormat = () =>
  (longDate ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

/** Harvard style, as UK publishers and universities commonly use it. */
export function harvardCitation(input: CitationInput): string {
  const year = input.released.slice(0, 4);
  const date = longDateFormat().format(new Date(`${input.released}T00:00:00Z`));
  const where = input.chapterTitle ? `‘${input.chapterTitle}’, in ${WORK_TITLE}` : WORK_TITLE;
  return `${PUBLISHER} (${year}) ${where}. Version ${input.version} (${input.versionTitle}), ${dateVerb(input)} ${date}. Available at: ${input.url}`;
}
