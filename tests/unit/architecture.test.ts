/**
 * The site's import rules (the engine's own are in tests/unit/calculators/architecture.test.ts):
 * - what pages run (src/pages, layouts, components, islands, lib) never reaches the tooling: scripts/ and
 *   the build integrations in src/integrations/;
 * - src/lib is runtime site logic: no Node built-ins and no tooling packages;
 * - an island's browser code never reaches a build-only module (its prepare.ts, the registry, the build
 *   helpers, the source registry, anything that needs Node or astro:content), nor any coefficient set's
 *   data (it fetches the one set its page pins);
 * - an island's components format numbers and dates by hand, never with Intl (its first use is slow).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importsOf, reachable, sourceFiles } from '../support/import-graph.ts';

const runtimeFolders = ['src/pages', 'src/layouts', 'src/components', 'src/islands', 'src/lib'];
const isTooling = (file: string) => file.startsWith('scripts/') || file.startsWith('src/integrations/');

/** Modules that exist for the build only; an island component must never pull one into the browser. */
const buildOnly: { test: (file: string) => boolean; why: string }[] = [
  { test: (f) => /^src\/islands\/[^/]+\/prepare\.ts$/.test(f), why: 'evaluates worked examples at build time' },
  { test: (f) => /^src\/islands\/[^/]+\/Island\.astro$/.test(f), why: 'an Astro wrapper, rendered on the server' },
  { test: (f) => f === 'src/islands/registry.ts', why: 'imports every island and model' },
  { test: (f) => f === 'src/islands/shared/server.ts', why: 'build-time page context and props' },
  { test: (f) => f === 'src/islands/shared/fields.ts', why: 'builds forms from the field specs at build time' },
  { test: (f) => f === 'calculators/coefficients/sources.ts', why: 'the long source registry; islands get short citations in their props' },
  { test: (f) => f === 'calculators/index.ts', why: 'gathers every model; an island imports its one model folder' },
  {
    test: (f) =>
      /^calculators\/[^/]+\/index\.ts$/.test(f) ||
      /^calculators\/coefficients\/(cs-.*|shared|ecologits|media-rows|additions-.*)\.ts$/.test(f),
    why: 'carries coefficient-set data: an island imports model.ts and fetches only the set its page pins (src/islands/shared/coefficient-data.ts)',
  },
  {
    test: (f) => importsOf(f).packages.some((p) => p.startsWith('node:') || p.startsWith('astro:')),
    why: 'needs Node or the content layer',
  },
];

const chain = (path: string[]) => path.join(' -> ');

describe('site architecture', () => {
  it('pages, layouts, components, islands and src/lib never reach scripts/ or src/integrations/', () => {
    const breaches: string[] = [];
    for (const entry of sourceFiles(...runtimeFolders)) {
      for (const [file, path] of reachable(entry)) if (isTooling(file)) breaches.push(chain(path));
    }
    expect(breaches).toEqual([]);
  });

  it('src/lib imports no Node built-in and no tooling package', () => {
    const tooling = /^(node:|yaml$|htmlparser2$|vnu-jar|playwright|lighthouse|axe-core)/;
    const breaches = sourceFiles('src/lib').flatMap((file) =>
      importsOf(file)
        .packages.filter((p) => tooling.test(p))
        .map((p) => `${file} imports ${p}`),
    );
    expect(breaches).toEqual([]);
  });

  it("an island's browser code reaches no build-only module", () => {
    const components = sourceFiles('src/islands').filter((f) => f.endsWith('.tsx'));
    expect(components.length).toBeGreaterThan(5);
    const breaches: string[] = [];
    for (const component of components) {
      for (const [file, path] of reachable(component)) {
        const rule = buildOnly.find((r) => r.test(file));
        if (rule && file !== component) breaches.push(`${chain(path)} (${rule.why})`);
      }
    }
    expect(breaches).toEqual([]);
  });

  it("an island's components format numbers and dates without Intl, which costs a hydrating page 40 to 60 ms on first use", () => {
    // uk-number.ts formats by hand for that reason; a formatter made on a reader's action (an export) is
    // built elsewhere, on first use (src/lib/citation.ts).
    const intl = /\.toLocale(?:Date|Time)?String\(|\bnew Intl\./;
    const breaches = sourceFiles('src/islands')
      .filter((file) => file.endsWith('.tsx'))
      .filter((file) => intl.test(readFileSync(file, 'utf8')));
    expect(breaches).toEqual([]);
  });

  it('every relative import names its file extension, so Node runs the TypeScript as it is', () => {
    const withoutExtension = sourceFiles('src', 'scripts', 'tests', 'calculators').flatMap((file) =>
      importsOf(file)
        .unresolved.filter((specifier) => !/\.[a-z]+$/.test(specifier))
        .map((specifier) => `${file}: '${specifier}'`),
    );
    expect(withoutExtension).toEqual([]);
  });
});
