// `npm run build`: Astro's static build with the hardening step alongside (the CSP and other fixes of every
// page, src/integrations/site-hardening.ts, which measures each page's weight from the same parse) and the
// Pagefind index fed with each hardened page (scripts/site-checks/search-index.ts), then the index written
// (without Pagefind's unused interfaces), then the page-weight figures of the finished site (printed and
// published on /footprint/), timed end to end. Ends with one summary line.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { createInterface } from 'node:readline';
import { formatBytes } from '../src/lib/page-budgets.ts';
import { siteHardener } from '../src/integrations/site-hardening.ts';
import { publishFootprint } from './site-checks/footprint.ts';
import { startedPages } from './site-checks/astro-log.ts';
import { sitePathOf } from './site-checks/dist-files.ts';
import { pruneSearchBundle } from './site-checks/search-bundle.ts';
import { searchIndexer } from './site-checks/search-index.ts';

const started = performance.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// Astro renders on one core; each page it has written (report-written-pages.ts, over the IPC channel) is
// hardened meanwhile on the other, and indexed for search by Pagefind's own process, in the order Astro
// started the pages (its log, astro-log.ts). Astro's log is passed through as it comes.
const search = await searchIndexer();
const hardener = siteHardener('dist', { onSearchable: search.add });
const dist = resolvePath('dist');
// Astro's command line, run by this Node with the reporter preloaded (`astro` on PATH is a shell shim).
const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
const astroCli = join(dirname(astroPackage), JSON.parse(readFileSync(astroPackage, 'utf8')).bin.astro);
const reporter = new URL('./site-checks/report-written-pages.ts', import.meta.url).href;
// Piped, Astro would drop its colours; it keeps them when this build's own output is a terminal.
const colours = process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {};
const astro = spawn(process.execPath, ['--import', reporter, astroCli, 'build'], {
  stdio: ['inherit', 'pipe', 'inherit', 'ipc'],
  env: { ...process.env, ...colours },
});
astro.on('message', ({ written }) => {
  const path = sitePathOf(dist, written);
  if (path) hardener.harden(path);
});
const lines = createInterface({ input: astro.stdout });
lines.on('line', (line) => {
  console.log(line);
  for (const page of startedPages(line)) hardener.started(page);
});
const [status] = await Promise.all([
  new Promise((resolve) => astro.once('close', resolve)),
  new Promise((resolve) => lines.once('close', resolve)),
]);
// A failed build is not hardened: exiting stops the threads.
if (status !== 0) process.exit(typeof status === 'number' ? status : 1);
const astroDone = performance.now();
const hardened = await hardener.finish();
console.log(
  `\nhardening: Content-Security-Policy and island styles applied to ${hardened.pages} pages (${hardened.early} while Astro rendered); wrote _headers`,
);
const hardeningDone = performance.now();
const indexed = await search.write('dist/pagefind');
console.log(`search: indexed ${indexed} pages into /pagefind/`);
// Pagefind's ready-made interfaces and fallback WebAssembly, which this site's search does not load (why: search-bundle.ts).
pruneSearchBundle('dist/pagefind');
const searchDone = performance.now();
// Page weight per page type needs the finished build, search index included.
const { pages, largest } = await publishFootprint('dist', hardened.weights);
const total = performance.now() - started;
console.log(
  `\nbuild: ${pages} pages in ${seconds(total)} (astro ${seconds(astroDone - started)}, hardening ${seconds(hardeningDone - astroDone)} after it, ` +
    `search index written ${seconds(searchDone - hardeningDone)} after it); largest page ${largest.path} (${formatBytes(largest.bytes)} gzip with its CSS and JavaScript)`,
);
