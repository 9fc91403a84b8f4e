/**
 * The islands run on Preact's React compatibility layer in the browser (decision 0013).
 *
 * The islands are written against React's API, rendered on the server by React (@astrojs/react: the HTML a
 * reader without JavaScript reads) and unit-tested with React. In the browser, React and react-dom take
 * 68 KB gzip of the 90 KB a chapter with one island may load after a first edit (issue 12), which left no
 * room for a calculator. `preact/compat` offers the same API in about 8.5 KB. This plugin resolves the
 * React modules to it, in the client environment only, so the server bundle and the tests keep React.
 * The islands use no API that the two implement differently (no `useId`, transitions or external stores:
 * `src/islands/shared/useHydrated.ts` marks hydration with an effect, which both run after hydrating).
 */
import type { Plugin } from 'vite';

/** Each React module the browser bundle imports, and the Preact module that provides it. */
export const PREACT_FOR_REACT: Readonly<Record<string, string>> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-runtime',
};

export function preactInTheBrowser(): Plugin {
  return {
    name: 'preact-in-the-browser',
    enforce: 'pre',
    // Vite's resolve.alias applies to every environment; a plugin can keep the server on React.
    applyToEnvironment: (environment) => environment.name === 'client',
    async resolveId(id, importer, options) {
      const target = PREACT_FOR_REACT[id];
      return target === undefined ? undefined : this.resolve(target, importer, { ...options, skipSelf: true });
    },
  };
}
