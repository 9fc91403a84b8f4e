/**
 * Pagefind writes its ready-made search interfaces (default, modular and component UIs, with their
 * stylesheets, and the highlighter for result pages) beside its index on every run, and has no option to
 * leave them out. This site's search page drives Pagefind's JavaScript API with its own form
 * (src/pages/_search.ts), so no page loads them: about 430 kB of every build, whatever its size, removed
 * after indexing. Pagefind also writes, beside its WebAssembly for each language the index has
 * (`wasm.en-gb.pagefind`), a fallback for languages without a stemmer (`wasm.unknown.pagefind`, 55 kB),
 * which its script loads only for a language whose entry names no WebAssembly of its own
 * (`index.wasm ? index.wasm : "unknown"` in pagefind.js): kept only when some language in
 * pagefind-entry.json needs it. Matched by name, so a file Pagefind adds in a later release is kept rather
 * than lost; the search tests (tests/e2e/site.e2e.ts, tests/e2e/page-weight.e2e.ts) run real queries on
 * what remains.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Pagefind's interface files: its UIs' scripts and stylesheets and its highlighter. */
const INTERFACE_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

const WASM_FILE = /^wasm\.(.+)\.pagefind$/;

/** What pagefind-entry.json says of each language: its WebAssembly's name, if it has one. */
export interface SearchEntry {
  languages: Record<string, { wasm?: string | null }>;
}

/** The WebAssembly names Pagefind's script may load for `entry`'s languages. */
const wasmLoaded = (entry: SearchEntry) => new Set(Object.values(entry.languages).map((language) => language.wasm || 'unknown'));

/**
 * The names among `names` (a Pagefind bundle folder's entries) that no page of this site loads: the
 * interface files, and the WebAssembly of no language in `entry`.
 */
export function unusedSearchFiles(names: string[], entry: SearchEntry): string[] {
  const loaded = wasmLoaded(entry);
  return names.filter((name) => {
    const wasm = WASM_FILE.exec(name)?.[1];
    return INTERFACE_FILE.test(name) || (wasm !== undefined && !loaded.has(wasm));
  });
}

/** Removes the unused files from the Pagefind bundle in `dir`; returns the names removed. */
export function pruneSearchBundle(dir: string): string[] {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as SearchEntry;
  const unused = unusedSearchFiles(readdirSync(dir), entry);
  for (const name of unused) rmSync(join(dir, name));
  return unused;
}
