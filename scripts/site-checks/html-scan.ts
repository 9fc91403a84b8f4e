/**
 * The build's HTML reader: the elements a page really has, with their decoded attributes, where each start
 * tag and attribute stands in the source, and the text of its scripts and styles. Used by the build's
 * hardening step (CSP hashes, noopener), the link check, the page-weight measurement and the security test.
 * Reading is htmlparser2's streaming parser: only start tags and script and style text are needed, not a
 * tree, and it reads these pages about three and a half times as fast as parse5's (why it is safe for CSP
 * hashes: docs/decisions/0009-libraries-where-they-do-the-job.md). A <noscript> is read as markup, as a
 * reader without JavaScript gets it: its links and ids are real. This module only turns the parser's events
 * into the small shapes those callers need.
 */
import { Parser } from 'htmlparser2';

export interface StartTag {
  /** Lower-case element name. */
  name: string;
  /** Attribute values with character references decoded; a bare attribute has the value ''. */
  attrs: Record<string, string>;
  /** Offsets of the start tag in the source: [start, end). */
  start: number;
  end: number;
  /** Offsets of each attribute (name, and value if any) in the source, by attribute name. */
  attrSpans: Record<string, { start: number; end: number }>;
}

export interface RawTextElement extends StartTag {
  name: 'script' | 'style';
  /** The element's text: exactly what a CSP hash covers. */
  content: string;
}

interface ScannedElement extends StartTag {
  /** The text of a script or style; '' for other elements (nobody asks). */
  text: string;
}

/** The elements whose text is raw (not markup): the only ones whose text the scan keeps. */
const isRawText = (name: string): name is RawTextElement['name'] => name === 'script' || name === 'style';

/** Every element written with a start tag in `html` (not those a parser would imply), in source order. */
function scan(html: string): ScannedElement[] {
  const elements: ScannedElement[] = [];
  // The script or style whose text comes next.
  let open: ScannedElement | undefined;
  let attrSpans: StartTag['attrSpans'] = {};
  const parser: Parser = new Parser(
    {
      // While an attribute is reported, the parser's indices span it, [start, end): its name, and its value with any quotes.
      onattribute(name) {
        attrSpans[name] ??= { start: parser.startIndex, end: parser.endIndex };
      },
      onopentag(name, attrs, implied) {
        const spans = attrSpans;
        attrSpans = {};
        if (implied) return;
        const element = { name, attrs, attrSpans: spans, start: parser.startIndex, end: parser.endIndex + 1, text: '' };
        elements.push(element);
        open = isRawText(name) ? element : undefined;
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag() {
        open = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return elements;
}

// Callers ask several questions of the same page in a row (tags, then ids, then scripts): parse it once.
let lastHtml: string | undefined;
let lastElements: ScannedElement[] = [];
function elementsOf(html: string): ScannedElement[] {
  if (html !== lastHtml) {
    lastElements = scan(html);
    lastHtml = html;
  }
  return lastElements;
}

/** Every start tag outside comments and outside the raw text of script and style elements. */
export function startTags(html: string): StartTag[] {
  return elementsOf(html).map(({ name, attrs, attrSpans, start, end }) => ({ name, attrs, attrSpans, start, end }));
}

/**
 * Whether a script element's text is code a browser runs: no src, and no type or a JavaScript one. Others
 * (JSON data blocks such as the islands' results) are data: not hashed for the CSP, not counted as JavaScript.
 */
export function isInlineCode(script: { attrs: Record<string, string> }): boolean {
  const type = (script.attrs.type ?? '').toLowerCase();
  return script.attrs.src === undefined && (type === '' || type === 'module' || type.includes('javascript'));
}

/** Every script and style element with its text. */
export function rawTextElements(html: string): RawTextElement[] {
  return elementsOf(html).flatMap(({ name, attrs, attrSpans, start, end, text }) =>
    isRawText(name) ? [{ name, attrs, attrSpans, start, end, content: text }] : [],
  );
}

/** The values of every id attribute (and name on anchors, which also serves as a fragment target). */
export function fragmentTargets(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of elementsOf(html)) {
    if (tag.attrs.id !== undefined && tag.attrs.id !== '') ids.add(tag.attrs.id);
    if (tag.name === 'a' && tag.attrs.name) ids.add(tag.attrs.name);
  }
  return ids;
}
