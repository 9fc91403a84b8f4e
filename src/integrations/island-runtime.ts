/**
 * Astro's island runtime as one shared file instead of inline code on every page with an island. Astro
 * inlines, before a page's first island, its `<astro-island>` element (about 4.4 kB) and the loader of each
 * client directive the page uses (this site's `client:visible-data`, about 1.2 kB): the same 5.6 kB on every
 * calculator page, never cached, about 0.34 MB at 10 guidance versions. The hardening step (csp.ts) moves
 * them, in page order, into one file under /_astro/ named by its content (cached for a year: cache-headers.ts)
 * and loads it with a module script where the first of them stood. A module script runs after the page is
 * parsed; islands wait for it as they would for any late script: an `<astro-island>` written before its
 * element is defined is upgraded when the definition arrives, and each island asks for its directive's
 * loader on connecting, which by then the same file has defined. The islands hydrate when visible anyway.
 *
 * Found by text, not by a parse: Astro writes these as bare `<script>` elements whose code sets
 * `self.Astro[directive]` or defines `astro-island`, and nothing else on this site's pages does either.
 */
import { createHash } from 'node:crypto';

/** Where the shared file is served from: a folder of files named by their content. */
export const ISLAND_RUNTIME_FOLDER = '/_astro/';

const INLINE_SCRIPT = /<script>([^<]*(?:<(?!\/script>)[^<]*)*)<\/script>/g;
const isAstroIslandCode = (code: string) =>
  code.includes('customElements.define("astro-island"') || code.includes('(self.Astro||(self.Astro={}))');

export interface IslandRuntimeFile {
  /** Site path, e.g. '/_astro/island-runtime.3f2a9c1d0b7e6a54.js'. */
  href: string;
  text: string;
}

/**
 * `html` with Astro's inline island code replaced by a module script loading `file`, whose text is that code
 * in page order; the page unchanged and no file when it has none.
 */
export function externaliseIslandRuntime(html: string): { html: string; file?: IslandRuntimeFile } {
  const found = [...html.matchAll(INLINE_SCRIPT)].filter((match) => isAstroIslandCode(match[1]!));
  if (!found.length) return { html };
  const text = found.map((match) => match[1]!.trim()).join('\n');
  const href = `${ISLAND_RUNTIME_FOLDER}island-runtime.${createHash('sha256').update(text).digest('hex').slice(0, 16)}.js`;
  let out = '';
  let from = 0;
  found.forEach((match, index) => {
    out += html.slice(from, match.index) + (index === 0 ? `<script type="module" src="${href}"></script>` : '');
    from = match.index! + match[0].length;
  });
  return { html: out + html.slice(from), file: { href, text } };
}
