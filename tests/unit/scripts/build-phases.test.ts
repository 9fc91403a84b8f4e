import { describe, expect, it } from 'vitest';
import { buildPhases } from '../../../scripts/site-checks/build-phases.ts';

// Lines as Astro 7 and scripts/build.mjs print them (taken from real builds), with Astro's page lines left out.
const OURS = `04:32:33 [content] Synced content
04:32:33 [types] Generated 1.42s
04:32:33 [build] Collecting build info...
04:32:33 [build] ✓ Completed in 1.64s.
04:32:33 [build] Building static entrypoints...
04:32:35 [vite] ✓ built in 1.47s
04:32:35 [vite] ✓ built in 441ms
 generating static routes 
04:32:38 ✓ Completed in 2.21s.
04:32:38 [build] ✓ Completed in 4.10s.
04:32:38 [build] 210 page(s) built in 5.79s

build: 210 pages in 7.2 s (astro 6.7 s, hardening 0.1 s after it, search index written 0.4 s after it); largest page /6.0/print/ (66.7 kB gzip with its CSS and JavaScript)`;

const STARLIGHT = `04:32:55 [build] ✓ Completed in 1.85s.
04:32:56 [vite] ✓ built in 966ms
04:32:56 [vite] ✓ built in 94ms
04:32:56 ✓ Completed in 599ms.
04:32:56 [build] ✓ Completed in 1.72s.
04:32:57 [starlight:pagefind] Finished building search index in 427ms.
04:32:57 [build] 82 page(s) built in 4.00s`;

describe('buildPhases: where a build went, from its log', () => {
  it("reads this site's phases, in milliseconds, and its work after Astro from build.mjs's summary", () => {
    expect(buildPhases(OURS)).toEqual({ setup: 1640, serverBundle: 1470, browserBundle: 441, render: 2210, afterAstro: 500 });
  });

  it("reads Starlight's, its Pagefind step as the work after Astro's pages", () => {
    expect(buildPhases(STARLIGHT)).toEqual({ setup: 1850, serverBundle: 966, browserBundle: 94, render: 599, afterAstro: 427 });
  });

  it('reads the same log with colours', () => {
    const coloured = OURS.replace(/\[vite\]/g, '\x1b[32m[vite]\x1b[39m').replace(/✓/g, '\x1b[32m✓\x1b[39m');
    expect(buildPhases(coloured)).toEqual(buildPhases(OURS));
  });

  it('leaves out a phase whose line is missing, never a number made up', () => {
    const phases = buildPhases('04:32:35 [vite] ✓ built in 1.47s\n');
    expect(phases.serverBundle).toBe(1470);
    expect(phases.browserBundle).toBeUndefined();
    expect(phases.setup).toBeUndefined();
    expect(phases.render).toBeUndefined();
    expect(phases.afterAstro).toBeUndefined();
  });
});
