import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The engine's tests only, for mutation testing (stryker.config.mjs, `npm run test:mutation`). Stryker
 * runs, for each mutant, the tests that reach it; site, component and content tests would only add
 * start-up time. Plain Vitest, without Astro's Vite config: the engine imports nothing from Astro.
 *
 * Left out: tests/unit/frozen-results.test.ts compares released versions' golden files and may fail on
 * purpose while a correction awaits its erratum; Stryker needs every test green before it starts.
 */

/**
 * Files run in this order, sharpest and cheapest first: a mutant is killed by the first failing test
 * (Stryker stops there), so exact-value tests go before the property and fuzz tests, and the sweeps
 * that evaluate every worked example with 10,000 samples (several seconds each once instrumented) go
 * last. Vitest's own order (longest file first) would run the slowest files first for every mutant.
 */
const order = [
  'calculators/reproduction.test.ts',
  'calculators/format.test.ts',
  'calculators/bad-input.test.ts',
  'calculators/coefficients.test.ts',
  'calculators/disclosure.test.ts',
  'calculators/fuzz.test.ts',
  'calculators/properties.test.ts',
  'calculators/methods-2026-12.test.ts',
  'calculators/examples.test.ts',
  'conformance.test.ts',
];
const rank = (spec: TestSpecification) => {
  const path = spec.moduleId.replaceAll('\\', '/');
  const index = order.findIndex((name) => path.endsWith(`tests/unit/${name}`));
  // Files not in the list (new test files) are the targeted ones: they go first.
  return index === -1 ? -1 : index;
};

class SharpestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  test: {
    // equations-annex.test.ts evaluates the guidance's printed worked numbers with the engine's equation
    // functions (calculators/equations.ts): published figures, and the only test of some of those functions.
    include: ['tests/unit/calculators/**/*.test.ts', 'tests/unit/conformance.test.ts', 'tests/unit/equations-annex.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    sequence: { sequencer: SharpestFirst },
    // Property and fuzz tests run a tenth of their cases under mutation testing (tests/unit/calculators/runs.ts):
    // they run for every mutant they reach, and fewer cases can only make the score lower, never higher.
    env: { ENGINE_TEST_RUNS_SCALE: '0.1' },
  },
});
