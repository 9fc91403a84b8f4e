/**
 * Caching rules for the `_headers` file the hardening step writes (site-hardening.ts). Files whose names
 * carry a hash of their content, Astro's bundles and stylesheets under /_astro/ and the islands' props
 * (island-data-files.ts), never change at an address: a new build gives changed content a new name. Hosts
 * that read `_headers` may then keep them for a year without asking again, so a returning reader's
 * calculator loads from the cache. Pages and every other file keep the host's default.
 */
import { ISLAND_DATA_FOLDER } from '../lib/paths.ts';

/** Folders holding only files named by their content. */
export const CONTENT_NAMED_FOLDERS = ['/_astro/', ISLAND_DATA_FOLDER];

export function cacheRules(): string {
  return CONTENT_NAMED_FOLDERS.map((folder) => `${folder}*\n  Cache-Control: public, max-age=31536000, immutable\n`).join('');
}
