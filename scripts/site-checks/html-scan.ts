/**
 * A small, dependency-free reader for the HTML this site builds: start tags with their attributes, and the
 * raw text of script and style elements. Used by the build's hardening step (CSP hashes), the link check
 * and the page-weight measurement. It is not a general HTML parser: it relies on the builder writing
 * well-formed markup (quoted attributes, closed script/style elements), which the HTML check enforces.
 */

export interface StartTag {
  /** Lower-case element name. */
  name: string;
  /** Attribute values with character references decoded; a bare attribute has the value ''. */
  attrs: Record<string, string>;
  /** Offsets of the tag in the source: [start, end). */
  start: number;
  end: number;
}

export interface RawTextElement extends StartTag {
  name: 'script' | 'style';
  /** Exactly the text between the start and end tags (what a CSP hash covers). */
  content: string;
  /** Offset just past the end tag. */
  elementEnd: number;
}

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_REFERENCES[ref.toLowerCase()] ?? whole;
  });
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(ATTR)) {
    const name = match[1]!.toLowerCase();
    if (name in attrs) continue; // the first occurrence wins, as in browsers
    attrs[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

/** Every start tag outside comments and outside the raw text of script and style elements. */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open === -1) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      index = close === -1 ? html.length : close + 3;
      continue;
    }
    TAG.lastIndex = open;
    const match = TAG.exec(html);
    if (!match) {
      index = open + 1;
      continue;
    }
    const name = match[1]!.toLowerCase();
    const tag: StartTag = { name, attrs: parseAttributes(match[2] ?? ''), start: open, end: TAG.lastIndex };
    tags.push(tag);
    index = tag.end;
    if (name === 'script' || name === 'style') {
      const close = html.toLowerCase().indexOf(`</${name}`, index);
      index = close === -1 ? html.length : close;
    }
  }
  return tags;
}

/** Every script and style element with its exact text content. */
export function rawTextElements(html: string): RawTextElement[] {
  const lower = html.toLowerCase();
  const elements: RawTextElement[] = [];
  for (const tag of startTags(html)) {
    if (tag.name !== 'script' && tag.name !== 'style') continue;
    const close = lower.indexOf(`</${tag.name}`, tag.end);
    const contentEnd = close === -1 ? html.length : close;
    const closeEnd = close === -1 ? html.length : html.indexOf('>', close) + 1;
    elements.push({ ...tag, name: tag.name, content: html.slice(tag.end, contentEnd), elementEnd: closeEnd });
  }
  return elements;
}

/** The values of every id attribute (and name on anchors, which also serves as a fragment target). */
export function fragmentTargets(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of startTags(html)) {
    if (tag.attrs.id !== undefined && tag.attrs.id !== '') ids.add(tag.attrs.id);
    if (tag.name === 'a' && tag.attrs.name) ids.add(tag.attrs.name);
  }
  return ids;
}
