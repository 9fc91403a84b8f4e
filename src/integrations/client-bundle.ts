/**
 * How the browser's JavaScript is bundled (Vite's client environment; astro.config.mjs applies it).
 *
 * - No module-preload helper. For every dynamic import Vite adds a helper (about 1 kB gzip, on every page
 *   with an island) that first fetches the imported chunk's own imports as <link rel="modulepreload">.
 *   An island imports its engine when the reader first focuses or points into it, well before the first
 *   result is needed, so fetching the engine's two or three chunks one step later costs nothing a reader
 *   sees. `modulePreload: false` drops the lists of chunks to preload; the plugin replaces the helper
 *   itself, which Vite adds regardless, with a plain call. tests/e2e/budgets.e2e.ts checks it stays out.
 * - Shared chunks named for what they hold. Rolldown names a shared chunk after its first module, which
 *   named the islands' shared code "preload-helper" and the engine's core "coefficient-meta" and misled
 *   anyone reading the budget figures.
 */
import type { Plugin } from 'vite';

const PRELOAD_HELPER = '\0vite/preload-helper.js';

export function noPreloadHelper(): Plugin {
  return {
    name: 'no-preload-helper',
    enforce: 'pre',
    // Astro sets the client's build options itself; this hook runs after and leaves no chunks to preload.
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId: (id) => (id === PRELOAD_HELPER ? PRELOAD_HELPER : undefined),
    load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

/** A chunk's name from the modules it holds, in the order tried; otherwise Rolldown's own. */
const chunkNames: [RegExp, string][] = [
  [/\/src\/islands\/shared\/useCalculator\.ts$/, 'islands'],
  [/\/calculators\/core\/run\.ts$/, 'engine-core'],
  [/\/calculators\/inference\/model\.ts$/, 'inference'],
];

export function chunkFileName(chunk: { name: string; moduleIds: readonly string[] }): string {
  const ids = chunk.moduleIds.map((id) => id.split('\\').join('/'));
  const name = chunkNames.find(([test]) => ids.some((id) => test.test(id)))?.[1] ?? chunk.name.replace(/[^\w.-]/g, '_');
  return `_astro/${name}.[hash].js`;
}
