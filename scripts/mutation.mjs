// `npm run test:mutation`: mutation testing of calculators/, one folder at a time, then the score per
// folder (scripts/mutation-score.mjs). Not part of CI: it takes a long time (see calculators/README.md).
//
//   npm run test:mutation                 every folder
//   npm run test:mutation -- training     the named folders only (the other folders' last results are kept)
//   npm run test:mutation -- --ignore-static core
//                                         without the static mutants (far quicker; the score says so)
//
// Why one Stryker run per folder rather than one run over calculators/: Stryker instruments every file
// it mutates, and instrumented code runs several times slower. The engine's tests spend their time in
// the sampling loops of core/ and inference/; with a single run those loops are instrumented for every
// mutant of every folder. Per folder, only that folder's code is instrumented, and a folder's survivors
// are tested at close to normal speed. Each folder keeps its own report and incremental file under
// reports/mutation/<folder>/; their mutants are merged into reports/mutation/mutation.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const root = process.cwd();
const allFolders = ['core', 'inference', 'training', 'counterfactual', 'disclosure', 'coefficients', 'conformance', 'contribution'];
const IGNORE_STATIC = '--ignore-static';
const ignoreStatic = process.argv.includes(IGNORE_STATIC);
const asked = process.argv.slice(2).filter((a) => a !== IGNORE_STATIC);
const unknown = asked.filter((f) => !allFolders.includes(f));
if (unknown.length > 0) {
  console.error(`Unknown folder ${unknown.join(', ')}: choose from ${allFolders.join(', ')}.`);
  process.exit(2);
}
const folders = asked.length > 0 ? asked : allFolders;
const stryker = join(root, 'node_modules/.bin/stryker');

// Each folder's incremental file (which mutants were tested against which code and tests) is also kept in
// the repository, compressed, under tests/mutation-state/: reports/ is not committed, and a folder such as
// core/ takes longer than one working session to test whole, so a fresh checkout resumes where the last run
// stopped (Stryker tests again only the mutants whose code or covering tests changed since). Restored
// before a folder's run when reports/ has none, saved after every run, stopped ones included.
const incrementalFile = (folder) => join(root, 'reports/mutation', folder, 'stryker-incremental.json');
const stateFile = (folder) => join(root, 'tests/mutation-state', `${folder}.json.gz`);
function restoreState(folder) {
  if (existsSync(incrementalFile(folder)) || !existsSync(stateFile(folder))) return;
  mkdirSync(dirname(incrementalFile(folder)), { recursive: true });
  writeFileSync(incrementalFile(folder), gunzipSync(readFileSync(stateFile(folder))));
  console.log(`(resuming from ${stateFile(folder).slice(root.length + 1)})`);
}
function saveState(folder) {
  if (!existsSync(incrementalFile(folder))) return;
  mkdirSync(dirname(stateFile(folder)), { recursive: true });
  writeFileSync(stateFile(folder), gzipSync(readFileSync(incrementalFile(folder)), { level: 9 }));
}

// Ctrl-C reaches Stryker too, which saves the mutants it has tested and stops; this script stays to keep them.
process.on('SIGINT', () => {});

const failed = [];
const timings = [];
for (const folder of folders) {
  console.log(`\n==> Mutation testing calculators/${folder}/`);
  restoreState(folder);
  const started = Date.now();
  const run = spawnSync(stryker, ['run'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE_FOLDER: folder, MUTATION_IGNORE_STATIC: ignoreStatic ? '1' : '0' },
  });
  timings.push([folder, Math.round((Date.now() - started) / 1000)]);
  saveState(folder);
  if (run.status !== 0) failed.push(folder);
}

// Merge every folder's latest report, so a partial run still prints every folder's last known score.
// Only the mutants are merged (test ids are numbered per run): read the tests in each folder's report.
let merged;
for (const folder of allFolders) {
  const path = join(root, 'reports/mutation', folder, 'mutation.json');
  if (!existsSync(path)) continue;
  const { files, schemaVersion, thresholds, projectRoot } = JSON.parse(readFileSync(path, 'utf8'));
  merged ??= { schemaVersion, thresholds, projectRoot, files: {} };
  Object.assign(merged.files, files);
}
merged ??= { schemaVersion: '1.0', thresholds: { high: 80, low: 60 }, files: {} };
mkdirSync(join(root, 'reports/mutation'), { recursive: true });
writeFileSync(join(root, 'reports/mutation/mutation.json'), JSON.stringify(merged));

console.log(`\nTime per folder: ${timings.map(([f, s]) => `${f} ${Math.floor(s / 60)} min ${s % 60} s`).join(', ')}.`);
const score = spawnSync(process.execPath, [join(root, 'scripts/mutation-score.mjs'), join(root, 'reports/mutation/mutation.json')], {
  stdio: 'inherit',
});
if (failed.length > 0) {
  console.error(`\nStryker failed for: ${failed.join(', ')} (see its output above).`);
  process.exit(1);
}
process.exit(score.status ?? 1);
