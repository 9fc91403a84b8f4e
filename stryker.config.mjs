// Mutation testing of the calculation engine (`npm run test:mutation`; slow, not part of CI).
// Stryker changes the engine one small edit at a time ("mutant") and runs the engine's tests that reach
// it; a mutant the tests do not notice shows an assertion that is missing. The score per folder is printed
// by scripts/mutation-score.mjs against the 80 % target (issue 10, item 5).
//
// `npm run test:mutation` (scripts/mutation.mjs) runs Stryker once per folder of calculators/, setting
// MUTATE_FOLDER: only that folder is mutated, with its own report and incremental file under
// reports/mutation/<folder>/. Without MUTATE_FOLDER, `npx stryker run` mutates every folder at once
// (slower: see scripts/mutation.mjs).

const folder = process.env.MUTATE_FOLDER;
if (folder !== undefined && !/^[a-z]+$/.test(folder))
  throw new Error(`MUTATE_FOLDER must name a folder of calculators/, such as training (got "${folder}")`);
const reportDir = folder ? `reports/mutation/${folder}` : 'reports/mutation';

const excluded = [
  // Coefficient data: lists of published values with their sources, units and notes (additions-2026-12.ts
  // also holds two one-line helpers that build its lists). Mutating a value or a note tests the data, not
  // the engine: values are checked against their sources by the reproduction tests, and released sets
  // by their pinned content hashes (tests/unit/calculators/coefficients.test.ts). The folder's logic
  // (index.ts, methods.ts, network.ts, media-rows.ts, schema.ts) stays in scope.
  '!calculators/coefficients/cs-*.ts',
  '!calculators/coefficients/shared.ts',
  '!calculators/coefficients/ecologits.ts',
  '!calculators/coefficients/additions-*.ts',
  '!calculators/coefficients/sources.ts',
  // Worked examples: named inputs (titles, summaries, values) that the chapters, islands and tests use.
  // They are data the engine runs on, not engine logic; their results are guarded by the golden files of
  // released versions (tests/golden/, tests/unit/frozen-results.test.ts) and by the conformance test.
  // Mutating them would also cost a full test run per mutant (module-level data).
  '!calculators/*/examples.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [folder ? `calculators/${folder}/**/*.ts` : 'calculators/**/*.ts', ...excluded],
  coverageAnalysis: 'perTest',
  // Only mutants whose code or covering tests changed since the last run are tested again.
  incremental: true,
  incrementalFile: `${reportDir}/stryker-incremental.json`,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  // The terminal gets the score table per file; the surviving mutants are read in the HTML report.
  clearTextReporter: { reportMutants: false, reportTests: false, logTests: false },
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  thresholds: { high: 80, low: 60, break: null },
  // Two cores are shared on the project's machines: one test process.
  concurrency: 1,
  // `npm run test:mutation -- --ignore-static core`: static mutants (module-level code) are not run. Each
  // runs every test, so they take most of a folder's time (calculators/README.md); the score then covers the
  // other mutants only, and scripts/mutation-score.mjs says so.
  ignoreStatic: process.env.MUTATION_IGNORE_STATIC === '1',
  // Generous timeouts for a busy machine: a slow run must not be taken for an infinite loop (a timeout
  // counts as killed). Infinite loops are mostly caught sooner by Stryker's hit limit.
  timeoutMS: 60_000,
  dryRunTimeoutMinutes: 30,
  // One sandbox folder per folder run, so two folders can be tested at once (one per core).
  tempDirName: folder ? `.stryker-tmp/${folder}` : '.stryker-tmp/all',
  cleanTempDir: 'always',
};
