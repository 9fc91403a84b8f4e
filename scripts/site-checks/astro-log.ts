/**
 * Reads Astro's build log (astro 7: core/build/generate.js) for the order it starts its pages in. Astro writes
 * `├─ /0.2/scope/index.html` when it starts a page and its time, `(+12ms)`, once the page is written. Rendering
 * several pages at once (astro.config.mjs, `build.concurrency`, now 4), it finishes them in an order that
 * varies from build to build, their parts interleaved on one line (`├─ /a.html10:00:00   ├─ /b.html (+9ms)`);
 * but it starts them in the order of its list, the same every build. The build hands pages to the search in that
 * order (site-hardening.ts), as the index's layout follows the order pages are added. Which page is written
 * comes from Astro's writes themselves (report-written-pages.ts). A changed log format only leaves pages to
 * the end of the build, in the order of their paths: never a page unindexed.
 */
import { stripVTControlCharacters } from 'node:util';

/** A page's start: its path runs to a space, the line's end, or the next entry's timestamp (no space before it). */
const STARTED = /[├└]─ (\/\S+?)(?=\d{2}:\d{2}:\d{2}\s|\s|$)/g;

/** The site paths of the files a log line reports Astro starting ('/0.2/scope/index.html'), in order. */
export function startedPages(line: string): string[] {
  return [...stripVTControlCharacters(line).matchAll(STARTED)].map((match) => match[1]!);
}
