// @ts-check
// ESLint for an Astro + React + TypeScript site (why ESLint with Prettier: docs/decisions/0003-lint-and-format.md).
// Rules that only restate formatting are off (eslint-config-prettier): Prettier owns layout. Type-aware
// rules are not enabled: `npm run typecheck` (tsc, strict) already checks types, and type-aware linting
// would double the time of a lint run on these 2-core machines.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'coverage/', 'tests/e2e/.artifacts/', 'reports/', '.stryker-tmp/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    // The site's code runs at build time in Node and, for islands and page scripts, in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a parameter a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A catch that deliberately ignores a failure (storage blocked, say) may stay empty.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // Tests feed hostile and untyped input on purpose (fuzzing, bad input), which takes `any`.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/islands/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  prettier,
);
