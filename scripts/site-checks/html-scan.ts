/**
 * The build's HTML reader: the elements a page really has, with their decoded attributes, where each start
 * tag stands in the source, and the text of its scripts and styles. Used by the build's hardening step (CSP
 * hashes, noopener), the link check, the page-weight measurement and the security test. Reading is
 * parse5's SAX parser: parse5's tokenizer, which follows the WHATWG rules browsers use (so a script's text
 * here is the text a browser hashes for CSP), told as the tree builder would tell it when raw text starts
 * (scripts, styles) and when SVG or MathML does. Only start tags and text are needed, not a tree: building
 * parse5's tree for every page was about half of the hardening step's time. This module only turns its
 * events into the small shapes those callers need.
 */
import { SAXParser, type StartTag as SaxStartTag } from 'parse5-sax-parser';

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

type Offsets = { startOffset: number; endOffset: number };

/** The elements whose text is raw (not markup): the only ones whose text the scan keeps. */
const isRawText = (name: string): name is RawTextElement['name'] => name === 'script' || name === 'style';

function attributesOf(tag: SaxStartTag): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const attr of tag.attrs) {
    const name = (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name).toLowerCase();
    attrs[name] ??= attr.value;
  }
  return attrs;
}

/**
 * Every element written with a start tag in `html` (not those a parser would imply), in source order, with
 * offsets counted from `base` (where `html` starts in the page, for the content of a <noscript>).
 */
function scan(html: string, base = 0): ScannedElement[] {
  const elements: ScannedElement[] = [];
  // The element whose text comes next: a script or style, whose text is kept, or a <noscript>, whose
  // content the tokenizer reads as text (as a browser with scripting does) but a reader without
  // JavaScript gets as markup: its links and ids are real, so it is read again as markup.
  let open: ScannedElement | undefined;
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  parser.on('startTag', (tag) => {
    // parse5's tokenizer gives a start tag its attributes' locations too; the SAX parser's type names only the tag's.
    const location = tag.sourceCodeLocation! as Offsets & { attrs?: Record<string, Offsets> };
    const attrSpans: StartTag['attrSpans'] = {};
    const spans = location.attrs ?? {};
    for (const attr in spans) attrSpans[attr] = { start: base + spans[attr]!.startOffset, end: base + spans[attr]!.endOffset };
    const name = tag.tagName.toLowerCase();
    const element = {
      name,
      attrs: attributesOf(tag),
      attrSpans,
      start: base + location.startOffset,
      end: base + location.endOffset,
      text: '',
    };
    elements.push(element);
    open = isRawText(name) || name === 'noscript' ? element : undefined;
  });
  parser.on('text', (text) => {
    if (!open) return;
    if (open.name !== 'noscript') open.text += text.text;
    else {
      const { startOffset, endOffset } = text.sourceCodeLocation!;
      elements.push(...scan(html.slice(startOffset, endOffset), base + startOffset));
    }
  });
  parser.on('endTag', () => (open = undefined));
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
