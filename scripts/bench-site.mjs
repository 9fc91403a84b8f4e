// `npm run bench:site` (not part of `npm test`): how the site's build time grows with content, and the
// Lighthouse scores of five pages.
//   1. Build time of the real content, in ms per page.
//   2. Synthetic content, 2 and 10 versions x 8 chapters: build time, output size, pages and compare pages,
//      and the cost of each added chapter; compare pages must grow linearly with versions (src/lib/
//      compare-pairs.ts), and the cost per added chapter stays flat when the build grows linearly.
//   3. Lighthouse (npm `lighthouse`, Debian's Chromium, nothing downloaded) on a text page, a calculator
//      page, the workbench, the requirements explorer and a draft's workbench: performance (simulated mobile), accessibility, best
//      practices, SEO, from the median of several runs of each page.
//   With --starlight, each synthetic build is followed by a Starlight site built from the same content
//   (scripts/bench-starlight.mjs), and the ratios are checked against issue 12's target: at most 1.5x
//   Starlight's build time and 2x its output at 10 versions. Each size's median build is broken down into
//   phases read from the builds' own logs (site-checks/build-phases.ts), beside Starlight's when built.
// Every build runs in a temporary copy of the project, so content/ and dist/ are never touched.
// Every build starts from nothing (no output, no Astro or Vite cache: cold-build.mjs), as in CI.
// Options: --skip-synthetic, --skip-lighthouse, --versions=2,10, --keep (keeps the synthetic copies to
// inspect), --starlight (installs Starlight into a cache folder the first time), --like-for-like (also builds,
// in turn, a copy made to do what Starlight's does: bench-like-for-like.mjs), --runs=N (builds of each
// size, the median counting; 3 with --starlight, else 1), --lighthouse-runs=N (runs of each page, the median
// counting; 3).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { startServer } from './serve.mjs';
import { buildStarlight } from './bench-starlight.mjs';
import { makeLikeForLike, PAGES_WITHOUT_EQUIVALENT } from './bench-like-for-like.mjs';
import { clearBuildCaches } from './cold-build.mjs';
import { referenceMs, slowdown } from './machine-speed.ts';
import { PHASE_LABELS, buildPhases } from './site-checks/build-phases.ts';
import { builtPages, distFiles, isHtml } from './site-checks/dist-files.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const versionCounts = option('versions', '2,10').split(',').map(Number);
/**
 * Builds of each synthetic size (and of Starlight's, alternating with them), of which the median counts:
 * one build's time on these shared 2-core machines varies by a fifth from run to run.
 */
const runs = Math.max(1, Number(option('runs', flag('starlight') ? '3' : '1')));
/** Lighthouse runs of each page, of which the median counts (lighthouse()). */
const lighthouseRuns = Math.max(1, Number(option('lighthouse-runs', '3')));
const CHAPTERS = 8;
/** Issue 12's target against a Starlight site built from the same content on the same machine. */
const STARLIGHT_TARGET = { time: 1.5, output: 2 };
const chromePath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** A copy of the project without node_modules, dist or caches; node_modules is linked, not copied. */
function projectCopy(label) {
  const dir = mkdtempSync(join(tmpdir(), `bench-site-${label}-`));
  const skip = new Set(['node_modules', 'dist', '.astro', '.git']);
  for (const name of readdirSync(root)) {
    if (!skip.has(name)) cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** The build of median time among `builds` (an odd count gives one of them; an even one the slower middle). */
const median = (builds) => [...builds].sort((a, b) => a.ms - b.ms)[Math.floor(builds.length / 2)];
const spread = (builds) => builds.map((b) => `${(b.ms / 1000).toFixed(1)} s`).join(', ');
/**
 * Reference-loop times (machine-speed.ts) taken just before and after every timed build. These machines
 * run everything about 1.6 times slower for seconds at a time, so each build's ratio is printed with how
 * much slower the loop ran around it than at its quickest in this bench.
 */
const references = [];
function aroundReference(build) {
  const before = referenceMs();
  const result = build();
  const after = referenceMs();
  references.push(before, after);
  return { ...result, reference: { before, after } };
}
const machine = (build) => `x${slowdown(build.reference.before, build.reference.after, Math.min(...references)).toFixed(2)}`;
/** This site's build time over Starlight's for each run, with the machine around each: `x1.40 (machine x1.00 | x1.62), …`. */
const pairRatios = (builds, stars) =>
  builds.map((b, i) => `x${(b.ms / stars[i].ms).toFixed(2)} (machine ${machine(b)} | ${machine(stars[i])})`).join(', ');

/**
 * The like-for-like builds (bench-like-for-like.mjs) against Starlight's: the share of the gap that this
 * site's frame accounts for, the rest being its calculators, worked examples and tool pages.
 */
function printLikeForLike(likes, stars) {
  const like = median(likes);
  const star = stars && median(stars);
  console.log(
    `             like for like (chapters' components reduced to their words, as Starlight gets them; no ${PAGES_WITHOUT_EQUIVALENT.join(', ')} pages): ` +
      `${like.pages} pages in ${(like.ms / 1000).toFixed(1)} s${runs > 1 ? ` (median; ${spread(likes)})` : ''}, ${(like.bytes / 1e6).toFixed(1)} MB` +
      (star ? `; x${(like.ms / star.ms).toFixed(1)} Starlight's time, x${(like.bytes / star.bytes).toFixed(1)} its output` : ''),
  );
  if (star && runs > 1) console.log(`             like for like, time ratio of each pair, in turn: ${pairRatios(likes, stars)}`);
}

/** Runs the project's own build (Astro, Pagefind, footprint) in `dir` from nothing; returns time and page count. */
function timedBuild(dir) {
  clearBuildCaches(dir);
  const started = performance.now();
  // As `npm run build` would: the project's node_modules/.bin first on PATH (build.mjs runs astro, pagefind).
  const env = { ...process.env, FORCE_COLOR: '0', PATH: `${join(dir, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    console.error(result.error ?? '', result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`build failed in ${dir}`);
  }
  const files = distFiles(join(dir, 'dist'));
  const pages = files.filter(isHtml).length;
  const comparePages = files.filter((f) => isHtml(f) && /^\/compare\/[^/]+\.\.\.[^/]+\//.test(f.path)).length;
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  // Where the time went (the build's own summary line) and the largest pages.
  const summary = /^build: .*$/m.exec(result.stdout)?.[0] ?? '';
  const bySize = [...files].filter(isHtml).sort((a, b) => b.size - a.size);
  const largestKb = (n) => bySize.slice(0, n).map((f) => `${f.path.replace(/index\.html$/, '')} ${Math.round(f.size / 1000)} kB`);
  return { ms, pages, comparePages, bytes, msPerPage: ms / pages, summary, largest: largestKb(3), phases: buildPhases(result.stdout) };
}

/**
 * Synthetic guidance: `versions` versions of CHAPTERS chapters each, made from the current version's real
 * chapters (so pages have realistic length, citations, glossary terms and calculators), with copies under
 * new ids where it has fewer. Each version adds one paragraph to every chapter, so neighbouring versions
 * differ a little, as real releases do, and the comparisons have text to diff. The oldest versions are
 * superseded, the newest is current.
 */
function writeSyntheticContent(dir, versions) {
  const manifest = JSON.parse(readFileSync(join(root, 'content/versions.json'), 'utf8'));
  const current = manifest.versions.find((v) => v.status === 'current');
  const source = join(root, 'content/guidance', current.id);
  const real = readdirSync(source)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  rmSync(join(dir, 'content/guidance'), { recursive: true, force: true });
  rmSync(join(dir, 'content/versions.lock.json'), { force: true });
  const entries = [];
  for (let i = 1; i <= versions; i += 1) {
    const id = `${i}.0`;
    const target = join(dir, 'content/guidance', id);
    cpSync(source, target, { recursive: true });
    for (const file of real.slice(CHAPTERS)) rmSync(join(target, file));
    for (let extra = real.length; extra < CHAPTERS; extra += 1) {
      const copyFrom = real[extra % real.length];
      const text = readFileSync(join(target, copyFrom), 'utf8')
        .replace(/^chapterId:.*$/m, `chapterId: synthetic-${extra}`)
        .replace(/^order:.*$/m, `order: ${100 + extra}`)
        .replace(/^title:(.*)$/m, `title:$1 (synthetic copy ${extra})`);
      writeFileSync(join(target, `synthetic-${extra}.mdx`), text);
    }
    for (const file of readdirSync(target).filter((f) => f.endsWith('.mdx'))) {
      const path = join(target, file);
      // Previous-version mappings point at the real previous version, which the synthetic set lacks.
      const text = readFileSync(path, 'utf8').replace(/^previousChapterIds:.*\n(?:\s+-.*\n)*/m, '');
      writeFileSync(path, `${text.trimEnd()}\n\nThis paragraph was revised for synthetic version ${id}, so that versions differ.\n`);
    }
    entries.push({
      ...current,
      id,
      title: `Synthetic version ${id}`,
      status: i === versions ? 'current' : 'superseded',
      released: `20${String(10 + i).padStart(2, '0')}-01-15`,
      // The real version's errata name its chapters, some of which the synthetic versions leave out.
      errata: [],
    });
  }
  writeFileSync(join(dir, 'content/versions.json'), `${JSON.stringify({ versions: entries }, null, 2)}\n`);
}

/** One Lighthouse run of `url`: its report (LHR). */
async function lighthouseReport(url) {
  const bin = join(root, 'node_modules/.bin/lighthouse');
  const chromeFlags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ].join(' ');
  const output = join(mkdtempSync(join(tmpdir(), 'bench-site-lh-')), 'report.json');
  // No standard input (the CLI would otherwise wait to ask about error reporting), report to a file.
  // Asynchronous: the static server runs in this process and must keep answering while Lighthouse runs.
  const status = await new Promise((resolve) => {
    const child = spawn(
      bin,
      [
        url,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        '--no-enable-error-reporting',
        `--chrome-flags=${chromeFlags}`,
        '--only-categories=performance,accessibility,best-practices,seo',
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, CHROME_PATH: chromePath },
        timeout: 180_000,
      },
    );
    child.on('close', resolve);
  });
  if (status !== 0) throw new Error(`lighthouse failed for ${url} (exit ${status})`);
  const report = JSON.parse(readFileSync(output, 'utf8'));
  rmSync(join(output, '..'), { recursive: true, force: true });
  return report;
}

/** A report's score in one category, 0 to 100, as Lighthouse shows it (0 when the category is missing). */
const categoryScore = (report, id) => Math.round((report.categories[id]?.score ?? 0) * 100);

/**
 * Lighthouse's figures for `url` from its median run of `lighthouseRuns` (Lighthouse's own choice of the
 * run nearest the median first paint and interactive time: computeMedianRun). One run's performance score
 * on these shared machines moves by ten points from run to run (the draft workbench gave 79, 87 and 92 in
 * a row), mostly in Total Blocking Time; Lighthouse's documentation on variability advises the median of
 * several runs. Every run's performance score is printed beside it, so the spread shows.
 */
async function lighthouse(url) {
  const reports = [];
  for (let run = 0; run < lighthouseRuns; run += 1) reports.push(await lighthouseReport(url));
  const report = computeMedianRun(reports);
  const score = (id) => categoryScore(report, id);
  const failing = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => a.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? 0),
    cls: Number((report.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
    failing,
    // Each run's score with Lighthouse's own measure of the machine's speed at its start (benchmarkIndex,
    // higher is quicker): a low score beside a low index was the machine's slow phase, not the page.
    performanceRuns: reports.map((r) => `${categoryScore(r, 'performance')} @${Math.round(r.environment?.benchmarkIndex ?? 0)}`),
  };
}

/**
 * Where the median build's time went, phase by phase from the builds' own logs (build-phases.ts), beside
 * Starlight's when it was built: the gap to the target, measured where it arises.
 */
function printPhases(build, star) {
  const cell = (ms) => (ms === undefined ? 'not in log' : `${(ms / 1000).toFixed(2)} s`).padStart(10);
  const known = (phases) => Object.values(phases).reduce((sum, ms) => sum + (ms ?? 0), 0);
  const rows = [
    ...Object.entries(PHASE_LABELS).map(([phase, label]) => [label, build.phases[phase], star?.phases[phase]]),
    ['other: Node, Astro start, writes', build.ms - known(build.phases), star && star.ms - known(star.phases)],
    ['whole build', build.ms, star?.ms],
  ];
  console.log(
    `             where the time went${star ? ', this site | Starlight' : ''} (rendering: ${build.pages}${star ? ` | ${star.pages}` : ''} pages):`,
  );
  for (const [label, ours, theirs] of rows) {
    console.log(`               ${label.padEnd(34)} ${cell(ours)}${star ? ` | ${cell(theirs)}` : ''}`);
  }
}

const copies = [];
try {
  console.log('Build time: real content');
  const real = projectCopy('real');
  copies.push(real);
  const realBuild = timedBuild(real);
  console.log(`  real content: ${realBuild.pages} pages in ${Math.round(realBuild.ms)} ms = ${realBuild.msPerPage.toFixed(1)} ms per page`);

  if (!flag('skip-synthetic')) {
    console.log(`\nBuild of synthetic content, versions x ${CHAPTERS} chapters`);
    console.log('  versions | chapters | pages | compare pages | build s | output MB | ms per page');
    const rows = [];
    for (const versions of versionCounts) {
      const dir = projectCopy(`v${versions}`);
      copies.push(dir);
      writeSyntheticContent(dir, versions);
      // The same content made to do what Starlight's does (bench-like-for-like.mjs), built in turn with the others.
      const likeDir = flag('like-for-like') ? projectCopy(`v${versions}-like`) : undefined;
      if (likeDir) {
        copies.push(likeDir);
        writeSyntheticContent(likeDir, versions);
        makeLikeForLike(likeDir);
      }
      const builds = [];
      const likes = [];
      const stars = [];
      for (let run = 0; run < runs; run += 1) {
        builds.push(aroundReference(() => timedBuild(dir)));
        if (likeDir) likes.push(aroundReference(() => timedBuild(likeDir)));
        if (flag('starlight')) stars.push(aroundReference(() => buildStarlight(join(dir, 'content/guidance'))));
      }
      const build = median(builds);
      rows.push({ versions, chapters: versions * CHAPTERS, ...build });
      console.log(
        `  ${String(versions).padStart(8)} | ${String(versions * CHAPTERS).padStart(8)} | ${String(build.pages).padStart(5)} | ${String(build.comparePages).padStart(13)} | ${(build.ms / 1000).toFixed(1).padStart(7)} | ${(build.bytes / 1e6).toFixed(1).padStart(9)} | ${build.msPerPage.toFixed(1)}`,
      );
      if (runs > 1) console.log(`             build time the median of ${runs} builds from nothing: ${spread(builds)}`);
      console.log(`             ${build.summary}`);
      console.log(`             largest pages: ${build.largest.join(', ')}`);
      if (flag('starlight')) {
        const star = median(stars);
        rows[rows.length - 1].starlight = star;
        const timeRatio = build.ms / star.ms;
        const outputRatio = build.bytes / star.bytes;
        const over = [timeRatio > STARLIGHT_TARGET.time && 'time', outputRatio > STARLIGHT_TARGET.output && 'output'].filter(Boolean);
        console.log(
          `             Starlight, same ${star.chapters} chapters: ${star.pages} pages in ${(star.ms / 1000).toFixed(1)} s${runs > 1 ? ` (median; ${spread(stars)})` : ''}, ${(star.bytes / 1e6).toFixed(1)} MB; ` +
            `this site x${timeRatio.toFixed(1)} the time (target x${STARLIGHT_TARGET.time}) and x${outputRatio.toFixed(1)} the output (target x${STARLIGHT_TARGET.output})` +
            (versions >= 10 ? (over.length ? `: OVER TARGET (${over.join(', ')})` : ': within target') : ''),
        );
        // Each pair was built one straight after the other, so its ratio shares the machine's state of the
        // moment: the spread of the pairs shows how far the medians' ratio can be trusted on this machine.
        if (runs > 1)
          console.log(
            `             time ratio of each pair of builds, in turn, with how much slower a reference loop ran around each build (this site | Starlight) than at its quickest: ${pairRatios(builds, stars)}`,
          );
      }
      if (likeDir) printLikeForLike(likes, flag('starlight') ? stars : undefined);
      printPhases(build, rows[rows.length - 1].starlight);
      if (flag('keep')) console.log(`             kept in ${[dir, likeDir].filter(Boolean).join(' and ')}`);
      else for (const copy of [dir, likeDir]) if (copy) rmSync(copy, { recursive: true, force: true });
    }
    if (rows.length >= 2) {
      const first = rows[0];
      const last = rows[rows.length - 1];
      const added = last.chapters - first.chapters;
      const perChapterMs = (last.ms - first.ms) / added;
      const perChapterKb = (last.bytes - first.bytes) / added / 1000;
      console.log(
        `  from ${first.versions} to ${last.versions} versions: each added chapter costs ${Math.round(perChapterMs)} ms of build and ${Math.round(perChapterKb)} kB of output; ` +
          `build time x${(last.ms / first.ms).toFixed(1)}, output x${(last.bytes / first.bytes).toFixed(1)} for x${last.versions / first.versions} the versions`,
      );
      if (first.starlight && last.starlight) {
        const starPerChapterMs = (last.starlight.ms - first.starlight.ms) / added;
        const starPerChapterKb = (last.starlight.bytes - first.starlight.bytes) / added / 1000;
        console.log(
          `  Starlight, same content: each added chapter costs ${Math.round(starPerChapterMs)} ms of build and ${Math.round(starPerChapterKb)} kB of output`,
        );
      }
      // Built comparisons: each version against the one before it and the current one (at most 2(N-1): compare-pairs.ts).
      const linear = rows.every((r) => r.comparePages <= 2 * (r.versions - 1));
      console.log(
        `  compare pages: ${rows.map((r) => `${r.comparePages} at ${r.versions} versions`).join(', ')}: ${linear ? 'linear (at most 2 per added version)' : 'OVER 2(N-1): they grow faster than versions'}`,
      );
      if (!linear) process.exitCode = 1;
    }
  }

  if (!flag('skip-lighthouse')) {
    if (!existsSync(chromePath)) throw new Error(`Lighthouse needs Chromium at ${chromePath} (set CHROMIUM_PATH)`);
    // Compressed, as a static host sends pages: Lighthouse's simulated network counts the bytes sent.
    const server = await startServer({ root: join(real, 'dist'), port: 0, compress: true });
    const base = `http://127.0.0.1:${server.address().port}`;
    const manifest = JSON.parse(readFileSync(join(real, 'content/versions.json'), 'utf8'));
    const current = manifest.versions.find((v) => v.status === 'current').id;
    // A draft's workbench becomes the current one at its release: measured too, so a regression shows before then.
    const draft = manifest.versions.find((v) => v.status === 'draft')?.id;
    // The first chapter of the current version with an island (the workbench is measured on its own).
    const calculatorChapter = builtPages(join(real, 'dist')).find(
      (page) =>
        page.startsWith(`/${current}/`) &&
        /^\/[^/]+\/[^/]+\/$/.test(page) &&
        page !== `/${current}/calculator/` &&
        readFileSync(join(real, 'dist', page, 'index.html'), 'utf8').includes('<astro-island'),
    );
    const targets = [
      ['text page', `/${current}/introduction/`],
      ['calculator page', calculatorChapter],
      ['workbench', existsSync(join(real, 'dist', current, 'calculator', 'index.html')) ? `/${current}/calculator/` : undefined],
      // A tool page: its filters and self-assessment appear when its script runs, where a layout shift would show.
      [
        'requirements explorer',
        existsSync(join(real, 'dist', current, 'requirements', 'index.html')) ? `/${current}/requirements/` : undefined,
      ],
      ...(draft && existsSync(join(real, 'dist', draft, 'calculator', 'index.html')) ? [['draft workbench', `/${draft}/calculator/`]] : []),
    ];
    console.log(
      `\nLighthouse (simulated mobile; the median of ${lighthouseRuns} run${lighthouseRuns === 1 ? '' : 's'} of each page; targets: performance >= 95, accessibility 100, best practices 100)`,
    );
    console.log(
      "  page | performance (each run @ Lighthouse's benchmarkIndex, the machine's speed as the run began) | accessibility | best practices | SEO | LCP ms | TBT ms | CLS",
    );
    try {
      for (const [label, path] of targets) {
        if (!path) {
          console.log(`  ${label}: not built yet`);
          continue;
        }
        const s = await lighthouse(`${base}${path}`);
        const missed = [
          s.performance < 95 && 'performance',
          s.accessibility < 100 && 'accessibility',
          s.bestPractices < 100 && 'best practices',
        ].filter(Boolean);
        console.log(
          `  ${label} ${path} | ${s.performance} (${s.performanceRuns.join(', ')}) | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${s.lcpMs} | ${s.tbtMs} | ${s.cls}${missed.length ? `  BELOW TARGET: ${missed.join(', ')}; failing audits: ${s.failing.join(', ')}` : ''}`,
        );
      }
    } finally {
      server.close();
    }
  }
} finally {
  const kept = flag('keep') ? copies.slice(1) : [];
  for (const dir of copies.filter((d) => !kept.includes(d))) rmSync(dir, { recursive: true, force: true });
  console.log(
    `\n(temporary copies under ${relative(root, tmpdir()) || tmpdir()} removed${kept.length ? `, but for ${kept.join(', ')}` : ''})`,
  );
}
