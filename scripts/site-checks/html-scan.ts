/**
 * The build's HTML reader: the elements a page really has, with their decoded attributes, where each start
 * tag stands in the source, and the text of its scripts and styles. Used by the build's hardening step (CSP
 * hashes, noopener), the link check, the page-weight measurement and the security test. Parsing is parse5's,
 * which follows the WHATWG parsing rules browsers use, so a script's text here is the text a browser hashes
 * for CSP. This module only walks parse5's tree into the small shapes those callers need.
 */
import { defaultTreeAdapter as tree, parse, type DefaultTreeAdapterTypes } from 'parse5';

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
  /** Concatenated text of a script's or style's text children; '' for other elements (nobody asks). */
  text: string;
}

/** The elements whose text is raw (not markup): the only ones whose text the scan keeps. */
const isRawText = (name: string): name is RawTextElement['name'] => name === 'script' || name === 'style';

type ParentNode = DefaultTreeAdapterTypes.ParentNode;

function attributesOf(element: DefaultTreeAdapterTypes.Element): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const attr of element.attrs) {
    const name = (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name).toLowerCase();
    attrs[name] ??= attr.value;
  }
  return attrs;
}

/** Every element written with a start tag in the source (not those the parser implies), in source order. */
function scan(html: string): ScannedElement[] {
  const elements: ScannedElement[] = [];
  const visit = (parent: ParentNode) => {
    for (const node of tree.getChildNodes(parent)) {
      if (!tree.isElementNode(node)) continue;
      const location = node.sourceCodeLocation?.startTag;
      if (location) {
        const name = node.tagName.toLowerCase();
        // Plain loops: a page has thousands of elements and the build scans every page (site-hardening.ts).
        let text = '';
        if (isRawText(name)) for (const child of tree.getChildNodes(node)) if (tree.isTextNode(child)) text += child.value;
        const attrSpans: StartTag['attrSpans'] = {};
        const spans = node.sourceCodeLocation?.attrs ?? {};
        for (const attr in spans) attrSpans[attr] = { start: spans[attr]!.startOffset, end: spans[attr]!.endOffset };
        elements.push({
          name,
          attrs: attributesOf(node),
          attrSpans,
          start: location.startOffset,
          end: location.endOffset,
          text,
        });
      }
      // A <template>'s children live in its content fragment.
      visit('content' in node ? node.content : node);
    }
  };
  // scriptingEnabled: false reads <noscript> content as markup: its links are real for readers without JavaScript.
  visit(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false }));
  return elements.sort((a, b) => a.start - b.start);
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
