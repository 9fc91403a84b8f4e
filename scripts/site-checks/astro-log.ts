/**
 * Reads Astro's build log (astro 7: core/build/generate.js). Astro writes a line for each page it renders,
 * `├─ /0.2/scope/index.html (+12ms)`, the time appended once the file is on disk, so the build can start on
 * a page (the hardening step) while Astro renders the next. Only a speed-up: the build still hardens every
 * page Astro wrote once it has finished, so a changed log format costs time, never a page.
 */

// eslint-disable-next-line no-control-regex -- colour codes are control characters by definition
const COLOUR = /\x1b\[[0-9;]*m/g;
const WRITTEN = /[├└]─ (\/\S+) \(\+\d+(?:\.\d+)?m?s\)/;

/** The site path of the file a log line reports written ('/0.2/scope/index.html'), or undefined. */
export function writtenPage(line: string): string | undefined {
  const plain = line.replace(COLOUR, '');
  // A route whose response was empty is logged with its time too, but no file was written.
  if (plain.includes('file not created')) return undefined;
  return WRITTEN.exec(plain)?.[1];
}
