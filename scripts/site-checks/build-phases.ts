/**
 * Where a build's time went, read from Astro's own log (astro 7: core/build/*.js) and, for this site, the
 * summary line of scripts/build.mjs; for Starlight, its Pagefind step's line. `npm run bench:site` prints
 * these side by side for this site and Starlight (issue 12's yardstick), so that the gap between the two is
 * measured each run rather than profiled by hand. Astro's log is not an interface: a phase whose line is
 * missing or reworded is left out (undefined), and the table says so, rather than the bench failing.
 */
import { stripVTControlCharacters } from 'node:util';

/** Milliseconds, each from one line of the log; undefined where the line was not found. */
export interface BuildPhases {
  /** Content sync and types, up to Astro's "Collecting build info … Completed" (Astro's count: from after
   * Node and the config have loaded). */
  setup?: number;
  /** Vite's bundle of the pages for rendering (the first "[vite] ✓ built in"). */
  serverBundle?: number;
  /** Vite's bundle of the browser's scripts (the second "[vite] ✓ built in"). */
  browserBundle?: number;
  /** Rendering every page ("generating static routes … ✓ Completed in", the line without a [tag]). */
  render?: number;
  /** Work after Astro's last page that Astro's run did not overlap: this site's hardening of the pages left
   * and its search index written (build.mjs), Starlight's whole Pagefind step. */
  afterAstro?: number;
}

/** "1.42s", "441ms", "0.4 s" as milliseconds. */
function duration(value: string, unit: string): number {
  return unit === 'ms' ? Number(value) : Number(value) * 1000;
}

/** The durations on the lines of `log` matching `pattern` (its groups: value, unit), in order. */
function durations(log: string, pattern: RegExp): number[] {
  return [...log.matchAll(pattern)].map((match) => duration(match[1]!, match[2]!));
}

/** The phases of one build from its standard output (this site's `scripts/build.mjs`, or `astro build`). */
export function buildPhases(stdout: string): BuildPhases {
  const log = stripVTControlCharacters(stdout);
  const tagged = durations(log, /\[build\] ✓ Completed in ([\d.]+)(ms|s)\b/g);
  const vite = durations(log, /\[vite\] ✓ built in ([\d.]+)(ms|s)\b/g);
  // Astro's route generation ends with "✓ Completed in" after a timestamp and no [tag].
  const render = durations(log, /^(?:\d{2}:\d{2}:\d{2} )?✓ Completed in ([\d.]+)(ms|s)\b/gm);
  const ours = /hardening ([\d.]+) s after it, search index written ([\d.]+) s after it/.exec(log);
  const starlight = /\[starlight:pagefind\] Finished building search index in ([\d.]+)(ms|s)\b/.exec(log);
  const afterAstro = ours
    ? duration(ours[1]!, 's') + duration(ours[2]!, 's')
    : starlight
      ? duration(starlight[1]!, starlight[2]!)
      : undefined;
  return {
    setup: tagged[0],
    serverBundle: vite[0],
    browserBundle: vite[1],
    render: render[0],
    afterAstro,
  };
}

/** Each phase's label as the bench prints it, in the order the build runs them. */
export const PHASE_LABELS: Record<keyof BuildPhases, string> = {
  setup: 'content sync and types',
  serverBundle: 'Vite: bundle for rendering',
  browserBundle: 'Vite: browser scripts',
  render: 'rendering the pages',
  afterAstro: "after Astro's pages (search index)",
};
