/**
 * How the browser's JavaScript is bundled (Vite's client environment; astro.config.mjs applies it).
 *
 * - No module-preload helper. For every dynamic import Vite adds a helper (about 1 kB gzip, on every page
 *   with an island) that first fetches the imported chunk's own imports as <link rel="modulepreload">.
 *   An island imports its engine when the reader first focuses or points into it, well before the first
 *   result is needed, so fetching the engine's two or three chunks one step later costs nothing a reader
 *   sees. `modulePreload: false` drops the lists of chunks to preload; the plugin replaces the helper
 *   itself, which Vite adds regardless, with a plain call. tests/e2e/budgets.e2e.ts checks it stays out.
 * - Shared chunks made on purpose (`codeSplitting`). Left to itself Rolldown splits the code shared
 *   by different sets of islands into many small chunks (eight of 0.2 to 1.2 kB on the workbench), and
 *   each file compresses on its own: gzip finds no repeats across files. Grouping what every island loads
 *   anyway, the UI runtime (Preact's React layer, browser-runtime.ts) with Astro's renderer in one file and
 *   the islands' form kit in another, saved 0.5 to 1.3 kB gzip after a first edit and costs no page anything. The
 *   calculators' frame (shell, inputs table, assumptions, exports) is a third file: every island but the
 *   estimate panel loads it at once, the estimate panel only when its "How this is worked out" is opened.
 *   Charts and the parts only some islands use stay in their own chunks.
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

const SEP = String.raw`[\/]`;
/** The UI runtime: Preact's React layer in the browser (browser-runtime.ts) and Astro's React renderer. */
const REACT = new RegExp(`node_modules${SEP}(preact|react|react-dom|scheduler|@astrojs${SEP}react)${SEP}`);
/** The site's helpers that islands share with page scripts (the compare page's): paths and citations. */
const SITE_SHARED = new RegExp(`src${SEP}lib${SEP}(paths|citation|cited-text)\\.ts$`);
const ISLAND_SHARED = new RegExp(`src${SEP}islands${SEP}shared${SEP}`);
/** Shared island parts that some islands only use: each stays in a chunk loaded by the islands that use it. */
const ISLAND_PARTS =
  /(BarChart|TornadoChart|IntervalChart|LogSlider|TextField|TaskControls|BoundaryWarning|GeneralErrors|export-files)\.tsx?$/;
/**
 * The frame of every calculator but the estimate panel: its shell, inputs table, assumptions and exports.
 * The estimate panel shows the last three only when the reader opens "How this is worked out", and loads
 * them then (src/islands/estimate/EstimatePanel.tsx); the other islands load them as one file.
 */
const CALCULATOR_SHELL = new RegExp(
  `${SEP}(CalculatorShell|ResultHeadline|ResultBar|AssumptionsPanel|InputsTable|ExportBar|export|CitedText)\\.tsx?$`,
);
/**
 * Engine modules every island's form and assumptions panel import before the engine loads: the
 * formatting, the boundary's names and the coefficient registry.
 */
const ISLAND_KIT = new RegExp(`calculators${SEP}(core${SEP}format|inference${SEP}boundary|coefficients${SEP}registry)\\.ts$`);

/**
 * Rolldown's code-splitting groups for the browser (why: top of this file). A group takes the modules its
 * test names and everything they import, the higher priority first; so what page scripts share with the
 * islands (the dynamic-import shim, paths and citations) is claimed before the islands' kit, or a page
 * script would import the kit, and with it the UI runtime. The engine's core and zod stay as Rolldown splits them:
 * grouped, the requirements explorer's self-assessment (which uses zod) would load the engine's core too.
 */
export const codeSplitting = {
  groups: [
    { name: 'preload-helper', priority: 4, test: (id: string) => id === PRELOAD_HELPER },
    { name: 'site-shared', priority: 3, test: (id: string) => SITE_SHARED.test(id) },
    { name: 'client', priority: 2, test: (id: string) => REACT.test(id) },
    {
      name: 'islands',
      priority: 1,
      test: (id: string) => (ISLAND_SHARED.test(id) && !ISLAND_PARTS.test(id) && !CALCULATOR_SHELL.test(id)) || ISLAND_KIT.test(id),
    },
    { name: 'calculator-shell', priority: 0.5, test: (id: string) => ISLAND_SHARED.test(id) && CALCULATOR_SHELL.test(id) },
  ],
};

/** A chunk's name from the modules it holds, in the order tried; otherwise its group's or Rolldown's own. */
const chunkNames: [RegExp, string][] = [
  [/\/calculators\/core\/run\.ts$/, 'engine-core'],
  [/\/calculators\/inference\/model\.ts$/, 'inference'],
];

export function chunkFileName(chunk: { name: string; moduleIds: readonly string[] }): string {
  const ids = chunk.moduleIds.map((id) => id.split('\\').join('/'));
  const name = chunkNames.find(([test]) => ids.some((id) => test.test(id)))?.[1] ?? chunk.name.replace(/[^\w.-]/g, '_');
  return `_astro/${name}.[hash].js`;
}
