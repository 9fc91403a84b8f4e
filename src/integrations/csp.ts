/**
 * The site's Content-Security-Policy and the small HTML changes that make a strict one possible. Applied to
 * every built page by site-hardening.ts, after Astro has written it.
 *
 * Policy: everything from the site's own origin and nothing else. Inline scripts and styles are allowed
 * only by the SHA-256 hash of their exact text, computed from the page as built (the theme script, any
 * inline module script; Astro's island loader is moved to a file first: island-runtime.ts). Pagefind compiles its WebAssembly, which needs
 * 'wasm-unsafe-eval' (this allows WebAssembly compilation only, not JavaScript eval).
 *
 * Why not Astro's own `security.csp` (stable since Astro 6; checked against astro 7.3.5): it hashes only
 * the scripts and styles Astro bundles or inlines itself, so `is:inline` scripts such as the theme script
 * would need hand-kept hashes that go stale when the script changes; it puts the hashes of every client
 * chunk of the whole site on every page instead of the page's own; the style attributes server-rendered
 * islands carry would also need hand-kept hashes; and for a static build without an adapter it writes no
 * headers file. Hashing the finished HTML covers whatever inline code a page really has
 * (docs/decisions/0002-csp-by-hashing-the-built-pages.md).
 */
import { createHash } from 'node:crypto';
import { isInlineCode, rawTextElements, startTags, type StartTag } from '../../scripts/site-checks/html-scan.ts';
import { externaliseIslandRuntime, type IslandRuntimeFile } from './island-runtime.ts';
import { focusableTableEdits } from './scroll-tables.ts';
import { applyEdits, type Edit } from './splice.ts';

/** Astro writes this rule in a <style> element inside <body> before the first island. */
export const ISLAND_STYLE_RULE = 'astro-island,astro-slot,astro-static-slot{display:contents}';

export interface PagePolicy {
  /** 'sha256-…' of each inline script's text. */
  scriptHashes: string[];
  /** 'sha256-…' of each inline style element's text. */
  styleHashes: string[];
  /** 'sha256-…' of each style attribute's value (server-rendered island markup may carry some). */
  styleAttributeHashes: string[];
}

/** The CSP source expression for a piece of inline text: 'sha256-<base64>' without quotes. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const quoted = (hashes: Iterable<string>) => [...new Set(hashes)].sort().map((h) => `'${h}'`);

/**
 * The policy text. `forHeader` adds what only an HTTP header can carry (frame-ancestors is ignored, with a
 * console error, when it comes from a meta element).
 */
export function policyText(policy: PagePolicy, { forHeader = false } = {}): string {
  const styleAttr = policy.styleAttributeHashes.length ? ["'unsafe-hashes'", ...quoted(policy.styleAttributeHashes)] : ["'none'"];
  const directives = [
    "default-src 'self'",
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...quoted(policy.scriptHashes)].join(' '),
    "script-src-attr 'none'",
    ['style-src', "'self'", ...quoted(policy.styleHashes)].join(' '),
    ['style-src-attr', ...styleAttr].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  if (forHeader) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** Moves Astro's island <style> elements out of <body> into one element at the end of <head>. */
export function moveIslandStyles(html: string): string {
  const element = `<style>${ISLAND_STYLE_RULE}</style>`;
  if (!html.includes(element)) return html;
  const without = html.split(element).join('');
  const headEnd = without.indexOf('</head>');
  if (headEnd === -1) return html;
  return `${without.slice(0, headEnd)}${element}${without.slice(headEnd)}`;
}

const EXTERNAL = /^(?:https?:)?\/\//i;

/** The edits that add rel="noopener" to every link that leaves the site (absolute http(s) or protocol-relative). */
function noopenerEdits(html: string, tags: readonly StartTag[]): Edit[] {
  const edits: Edit[] = [];
  for (const tag of tags) {
    if (tag.name !== 'a' || !EXTERNAL.test(tag.attrs.href ?? '')) continue;
    const rel = tag.attrs.rel;
    if (rel !== undefined && rel.split(/\s+/).includes('noopener')) continue;
    const value = `${rel ?? ''} noopener`.trim();
    // Rewrite the rel attribute where it stands, or add one at the end of the start tag.
    const span = tag.attrSpans.rel;
    const close = html.startsWith('/>', tag.end - 2) ? tag.end - 2 : tag.end - 1;
    edits.push(span ? { start: span.start, end: span.end, text: `rel="${value}"` } : { start: close, end: close, text: ` rel="${value}"` });
  }
  return edits;
}

/** Adds rel="noopener" to every link that leaves the site (absolute http(s) or protocol-relative). */
export function addNoopener(html: string): string {
  return applyEdits(html, noopenerEdits(html, startTags(html)));
}

/** Hashes of the inline scripts, inline styles and style attributes a page holds. */
export function pagePolicy(html: string): PagePolicy {
  const scriptHashes: string[] = [];
  const styleHashes: string[] = [];
  for (const element of rawTextElements(html)) {
    if (element.name === 'script') {
      // External scripts are allowed by 'self'; data blocks (JSON) are not executed, so CSP does not apply to them.
      if (!isInlineCode(element)) continue;
      scriptHashes.push(cspHash(element.content));
    } else {
      styleHashes.push(cspHash(element.content));
    }
  }
  const styleAttributeHashes = startTags(html)
    .filter((tag) => tag.attrs.style !== undefined)
    .map((tag) => cspHash(tag.attrs.style!));
  return {
    scriptHashes: [...new Set(scriptHashes)],
    styleHashes: [...new Set(styleHashes)],
    styleAttributeHashes: [...new Set(styleAttributeHashes)],
  };
}

const isPolicyMeta = (tag: StartTag) => tag.name === 'meta' && tag.attrs['http-equiv']?.toLowerCase() === 'content-security-policy';

/** Escapes a policy for a double-quoted attribute (hashes are base64, so only quotes could matter). */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The page ready to publish: Astro's island code in a shared file (island-runtime.ts; `runtime` is the
 * file for the caller to write), island styles in <head>, tables that scroll reachable by keyboard
 * (scroll-tables.ts), noopener on external links, and a CSP meta element straight after <meta charset>
 * (replacing any earlier one) so it governs every script and style that follows. Idempotent. The page is
 * parsed once, after the island code and styles move (string changes): the other changes are edits at
 * offsets of that parse, and none of them touches an inline script, style or style attribute, so the
 * policy's hashes come from the same parse. `markup` is the page as parsed (before those edits), so a
 * caller can ask html-scan.ts about it again without another parse.
 */
export function hardenPage(html: string): { html: string; policy: PagePolicy; markup: string; runtime?: IslandRuntimeFile } {
  const { html: withoutIslandCode, file: runtime } = externaliseIslandRuntime(html);
  const page = moveIslandStyles(withoutIslandCode);
  const tags = startTags(page);
  const policy = pagePolicy(page);
  const edits = [
    ...tags.filter(isPolicyMeta).map((tag) => ({ start: tag.start, end: tag.end, text: '' })),
    ...focusableTableEdits(tags),
    ...noopenerEdits(page, tags),
  ];
  const anchor = tags.find((t) => t.name === 'meta' && t.attrs.charset !== undefined) ?? tags.find((t) => t.name === 'head');
  if (anchor)
    edits.push({
      start: anchor.end,
      end: anchor.end,
      text: `<meta http-equiv="content-security-policy" content="${attribute(policyText(policy))}">`,
    });
  return { html: applyEdits(page, edits), policy, markup: page, ...(runtime ? { runtime } : {}) };
}

/** Security headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages and others). */
export function headersFile(policies: PagePolicy[]): string {
  const union: PagePolicy = {
    scriptHashes: policies.flatMap((p) => p.scriptHashes),
    styleHashes: policies.flatMap((p) => p.styleHashes),
    styleAttributeHashes: policies.flatMap((p) => p.styleAttributeHashes),
  };
  return [
    '# Written by the build (src/integrations/site-hardening.ts). Each page also carries its own, narrower',
    '# policy in a <meta> element; a browser enforces both, so the page policy is the one in effect.',
    '/*',
    `  Content-Security-Policy: ${policyText(union, { forHeader: true })}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '',
  ].join('\n');
}
