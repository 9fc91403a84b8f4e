// The yardstick of issue 12's build target: a Starlight site built from the same synthetic guidance as
// `npm run bench:site` builds, on the same machine, straight after it (`npm run bench:site -- --starlight`).
// Starlight is not a dependency of this project: it is installed once, at pinned versions, into a cache
// folder outside the project (from the npm registry, the only network these machines reach), so CI and
// `npm ci` never fetch it.
//
// Same content means the same words: each chapter's MDX becomes plain Markdown with this project's
// components reduced to their text (a term, a citation, a requirement keep their words; calculators and
// worked-example cards, which Starlight has no equivalent of, are left out). Each version is a folder of
// Starlight's docs with its own sidebar group, the usual way to keep versions in Starlight.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { clearBuildCaches } from './cold-build.mjs';
import { buildPhases } from './site-checks/build-phases.ts';
import { distFiles } from './site-checks/dist-files.ts';

/** Pinned so the yardstick does not move between measurements: Astro as this project uses it. */
const VERSIONS = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' };
const cache = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'bench-starlight');

/** Starlight and Astro in the cache folder, installed the first time (or when the pins change). */
function ensureStarlight() {
  const manifest = JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies: VERSIONS }, null, 2);
  const path = join(cache, 'package.json');
  const installed =
    existsSync(join(cache, 'node_modules', '@astrojs', 'starlight')) && existsSync(path) && readFileSync(path, 'utf8') === manifest;
  if (installed) return;
  mkdirSync(cache, { recursive: true });
  writeFileSync(path, manifest);
  console.log(`  installing Starlight ${VERSIONS['@astrojs/starlight']} with Astro ${VERSIONS.astro} into ${cache} (once)`);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: cache, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('could not install Starlight from the npm registry');
}

/** A chapter body's components reduced to their words: what Starlight's pages say, without what they do. */
export function componentsAsWords(body) {
  return (
    body
      .replace(/^import .*$/gm, '')
      // Components written as one tag with no content (calculators, worked examples, citations by key).
      .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, '')
      // Components around text keep the text.
      .replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, '')
      // MDX expressions and comments have no Markdown meaning.
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
  );
}

/** A chapter file's front matter and body; throws for a file without front matter. */
export function splitChapter(mdx) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx);
  if (!match) throw new Error('a chapter without front matter');
  return { front: match[1], body: match[2] };
}

/** One chapter's MDX as plain Markdown: front matter reduced to title and description, components to their text. */
export function chapterAsMarkdown(mdx) {
  const { front, body } = splitChapter(mdx);
  const field = (name) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(front)?.[1] ?? '';
  return `---\ntitle: ${field('title')}\ndescription: ${field('description')}\n---\n${componentsAsWords(body)}`;
}

const config = (versions) => `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [
    starlight({
      title: 'Generative AI in media: energy and emissions',
      sidebar: ${JSON.stringify(versions.map((v) => ({ label: `Version ${v}`, collapsed: true, items: [{ autogenerate: { directory: v } }] })))},
    }),
  ],
});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Builds a Starlight site from `guidanceDir` (content/guidance of a synthetic copy: one folder per version)
 * and returns its build time (Astro and Starlight's own Pagefind step), page count, output size and where the
 * time went (build-phases.ts).
 */
export function buildStarlight(guidanceDir) {
  ensureStarlight();
  // The site is built in the cache folder itself: Vite does not follow a node_modules linked from elsewhere.
  const site = cache;
  const clean = () => {
    clearBuildCaches(site);
    for (const name of ['src', 'astro.config.mjs']) rmSync(join(site, name), { recursive: true, force: true });
  };
  clean();
  try {
    const versions = readdirSync(guidanceDir).filter((v) => statSync(join(guidanceDir, v)).isDirectory());
    let chapters = 0;
    for (const version of versions) {
      const target = join(site, 'src/content/docs', version);
      mkdirSync(target, { recursive: true });
      for (const file of readdirSync(join(guidanceDir, version)).filter((f) => f.endsWith('.mdx'))) {
        writeFileSync(
          join(target, file.replace(/\.mdx$/, '.md')),
          chapterAsMarkdown(readFileSync(join(guidanceDir, version, file), 'utf8')),
        );
        chapters += 1;
      }
    }
    writeFileSync(
      join(site, 'src/content/docs/index.md'),
      '---\ntitle: Guidance\ndescription: Every version of the guidance.\n---\nChoose a version in the sidebar.\n',
    );
    writeFileSync(join(site, 'src/content.config.ts'), contentConfig);
    writeFileSync(join(site, 'astro.config.mjs'), config(versions));
    const env = {
      ...process.env,
      FORCE_COLOR: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      PATH: `${join(site, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
    };
    const started = performance.now();
    const result = spawnSync('astro', ['build'], { cwd: site, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
    const ms = performance.now() - started;
    if (result.status !== 0) {
      console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
      throw new Error(`Starlight build failed in ${site}`);
    }
    const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? Number.NaN);
    const bytes = distFiles(join(site, 'dist')).reduce((sum, f) => sum + f.size, 0);
    return { ms, pages, chapters, bytes, phases: buildPhases(result.stdout) };
  } finally {
    clean();
  }
}
