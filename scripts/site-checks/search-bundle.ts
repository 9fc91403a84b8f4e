/**
 * Pagefind writes its ready-made search interfaces (default, modular and component UIs, with their
 * stylesheets, and the highlighter for result pages) beside its index on every run, and has no option to
 * leave them out. This site's search page drives Pagefind's JavaScript API with its own form
 * (src/pages/_search.ts), so no page loads them: about 430 kB of every build, whatever its size, removed
 * after indexing. Matched by name, so a file Pagefind adds in a later release is kept rather than lost; the
 * search tests (tests/e2e/site.e2e.ts, tests/e2e/page-weight.e2e.ts) run real queries on what remains.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Pagefind's interface files: its UIs' scripts and stylesheets and its highlighter. */
const INTERFACE_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** The names among `names` (a Pagefind bundle folder's entries) that no page of this site loads. */
export const unusedSearchFiles = (names: string[]) => names.filter((name) => INTERFACE_FILE.test(name));

/** Removes the unused interface files from the Pagefind bundle in `dir`; returns the names removed. */
export function pruneSearchBundle(dir: string): string[] {
  const unused = unusedSearchFiles(readdirSync(dir));
  for (const name of unused) rmSync(join(dir, name));
  return unused;
}
