// `npm run bench:site` (not part of `npm test`): how the site's build time grows with content, and the
// Lighthouse scores of three kinds of page.
//   1. Build time of the real content, in ms per page.
//   2. Build time of synthetic content, 1, 5 and 20 versions x 10 chapters, in ms per page: the cost per
//      page should stay roughly flat (linear growth) as versions are added.
//   3. Lighthouse (npm `lighthouse`, Debian's Chromium, nothing downloaded) on a text page, a calculator
//      page and the workbench: performance (simulated mobile), accessibility, best practices, SEO.
// Every build runs in a temporary copy of the project, so content/ and dist/ are never touched.
// Options: --skip-synthetic, --skip-lighthouse, --versions=1,5,20.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { startServer } from './serve.mjs';
import { distFiles, isHtml } from './site-checks/dist-files.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const versionCounts = (args.find((a) => a.startsWith('--versions='))?.split('=')[1] ?? '1,5,20').split(',').map(Number);
const CHAPTERS = 10;
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

const countPages = (dist) => distFiles(dist).filter(isHtml).length;

/** Runs the project's own build (Astro, Pagefind, footprint) in `dir`; returns time and page count. */
function timedBuild(dir) {
  const started = performance.now();
  // As `npm run build` would: the project's node_modules/.bin first on PATH (build.mjs runs astro, pagefind).
  const env = { ...process.env, FORCE_COLOR: '0', PATH: `${join(dir, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    console.error(result.error ?? '', result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`build failed in ${dir}`);
  }
  const pages = countPages(join(dir, 'dist'));
  return { ms, pages, msPerPage: ms / pages };
}

/**
 * Synthetic guidance: `versions` versions of 10 chapters each, made from the current version's real
 * chapters (so pages have realistic length, citations, glossary terms and calculators), one a copy under a
 * new id to make ten. The oldest versions are superseded, the newest is current.
 */
function writeSyntheticContent(dir, versions) {
  const manifest = JSON.parse(readFileSync(join(root, 'content/versions.json'), 'utf8'));
  const current = manifest.versions.find((v) => v.status === 'current');
  const source = join(root, 'content/guidance', current.id);
  const chapters = readdirSync(source)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  rmSync(join(dir, 'content/guidance'), { recursive: true, force: true });
  rmSync(join(dir, 'content/versions.lock.json'), { force: true });
  const entries = [];
  for (let i = 1; i <= versions; i += 1) {
    const id = `${i}.0`;
    const target = join(dir, 'content/guidance', id);
    cpSync(source, target, { recursive: true });
    // Previous-version mappings point at the real previous version, which the synthetic set lacks.
    for (const file of chapters) {
      const path = join(target, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^previousChapterIds:.*\n(?:\s+-.*\n)*/m, ''));
    }
    for (let extra = chapters.length; extra < CHAPTERS; extra += 1) {
      const copyFrom = chapters[extra % chapters.length];
      const text = readFileSync(join(target, copyFrom), 'utf8')
        .replace(/^chapterId:.*$/m, `chapterId: synthetic-${extra}`)
        .replace(/^order:.*$/m, `order: ${100 + extra}`)
        .replace(/^title:(.*)$/m, `title:$1 (synthetic copy ${extra})`);
      writeFileSync(join(target, `synthetic-${extra}.mdx`), text);
    }
    entries.push({
      ...current,
      id,
      title: `Synthetic version ${id}`,
      status: i === versions ? 'current' : 'superseded',
      released: `20${String(10 + i).padStart(2, '0')}-01-15`,
    });
  }
  writeFileSync(join(dir, 'content/versions.json'), `${JSON.stringify({ versions: entries }, null, 2)}\n`);
}

async function lighthouse(url) {
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
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
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
  };
}

const copies = [];
try {
  console.log('Build time: real content');
  const real = projectCopy('real');
  copies.push(real);
  const realBuild = timedBuild(real);
  console.log(`  real content: ${realBuild.pages} pages in ${Math.round(realBuild.ms)} ms = ${realBuild.msPerPage.toFixed(1)} ms per page`);

  if (!flag('skip-synthetic')) {
    console.log(`\nBuild time: synthetic content, versions x ${CHAPTERS} chapters`);
    console.log('  versions | chapters | pages | build ms | ms per page');
    const rows = [];
    for (const versions of versionCounts) {
      const dir = projectCopy(`v${versions}`);
      copies.push(dir);
      writeSyntheticContent(dir, versions);
      const build = timedBuild(dir);
      rows.push({ versions, ...build });
      console.log(
        `  ${String(versions).padStart(8)} | ${String(versions * CHAPTERS).padStart(8)} | ${String(build.pages).padStart(5)} | ${String(Math.round(build.ms)).padStart(8)} | ${build.msPerPage.toFixed(1)}`,
      );
      rmSync(dir, { recursive: true, force: true });
    }
    if (rows.length >= 2) {
      const first = rows[0];
      const last = rows[rows.length - 1];
      const pageGrowth = last.pages / first.pages;
      const marginal = (last.ms - first.ms) / (last.pages - first.pages);
      console.log(
        `  from ${first.versions} to ${last.versions} versions: pages x${(last.pages / first.pages).toFixed(1)} (versions x${last.versions / first.versions}), build time x${(last.ms / first.ms).toFixed(1)}; marginal cost ${marginal.toFixed(1)} ms per added page`,
      );
      if (pageGrowth > (last.versions / first.versions) * 1.5)
        console.log('  NOTE: pages grow faster than versions (some pages are made for pairs of versions).');
    }
  }

  if (!flag('skip-lighthouse')) {
    if (!existsSync(chromePath)) throw new Error(`Lighthouse needs Chromium at ${chromePath} (set CHROMIUM_PATH)`);
    const server = await startServer({ root: join(real, 'dist'), port: 0 });
    const base = `http://127.0.0.1:${server.address().port}`;
    const manifest = JSON.parse(readFileSync(join(real, 'content/versions.json'), 'utf8'));
    const current = manifest.versions.find((v) => v.status === 'current').id;
    const calculatorChapter = readdirSync(join(real, 'dist', current)).find(
      (slug) =>
        slug !== 'calculator' &&
        existsSync(join(real, 'dist', current, slug, 'index.html')) &&
        readFileSync(join(real, 'dist', current, slug, 'index.html'), 'utf8').includes('<astro-island'),
    );
    const targets = [
      ['text page', `/${current}/introduction/`],
      ['calculator page', calculatorChapter ? `/${current}/${calculatorChapter}/` : undefined],
      ['workbench', existsSync(join(real, 'dist', current, 'calculator', 'index.html')) ? `/${current}/calculator/` : undefined],
    ];
    console.log('\nLighthouse (simulated mobile; targets: performance >= 95, accessibility 100, best practices 100)');
    console.log('  page | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS');
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
          `  ${label} ${path} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${s.lcpMs} | ${s.tbtMs} | ${s.cls}${missed.length ? `  BELOW TARGET: ${missed.join(', ')}; failing audits: ${s.failing.join(', ')}` : ''}`,
        );
      }
    } finally {
      server.close();
    }
  }
} finally {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  console.log(`\n(temporary copies under ${relative(root, tmpdir()) || tmpdir()} removed)`);
}
