// Prints the mutation score of each folder of calculators/ from Stryker's JSON report, against the
// 80 % target of issue 10 (item 5) for calculators/core/ and each model folder. Run by
// `npm run test:mutation` (scripts/mutation.mjs) after Stryker; on its own:
// `node scripts/mutation-score.mjs [report.json]` (default reports/mutation/mutation.json, or
// reports/mutation/<folder>/mutation.json when MUTATE_FOLDER names a folder run alone).
// Exits 1 when a folder with a target is under it, has no score, or was run without its static mutants.
//
// Score = detected / (detected + undetected), as Stryker counts it: killed and timed-out mutants are
// detected; survivors and mutants no test reaches are not. Mutants that do not compile or crash the run
// count neither way ("not counted"), nor do those disabled by a `// Stryker disable` comment, each with its
// reason ("disabled"); static mutants skipped with --ignore-static are counted apart ("not run"), and a
// folder with any is not a full pass.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TARGET = 80;
const folders = [
  { folder: 'calculators/core/', target: true },
  { folder: 'calculators/inference/', target: true },
  { folder: 'calculators/training/', target: true },
  { folder: 'calculators/counterfactual/', target: true },
  { folder: 'calculators/disclosure/', target: true },
  { folder: 'calculators/coefficients/', target: false },
  { folder: 'calculators/conformance/', target: false },
  { folder: 'calculators/contribution/', target: false },
];
const DETECTED = new Set(['Killed', 'Timeout']);
/** Stryker's reason for a static mutant it skipped under ignoreStatic; any other ignored mutant was disabled in the code. */
const SKIPPED_STATIC = /ignoreStatic/;
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const folderRun = process.env.MUTATE_FOLDER;
const reportPath =
  process.argv[2] ?? join(process.cwd(), folderRun ? `reports/mutation/${folderRun}` : 'reports/mutation', 'mutation.json');
if (!existsSync(reportPath)) {
  console.error(`No mutation report at ${reportPath}: run npm run test:mutation first.`);
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));

const rows = [];
const under = [];
const notRun = [];
const partial = [];
for (const { folder, target } of folders) {
  const counts = { detected: 0, survived: 0, noCoverage: 0, ignored: 0, disabled: 0, other: 0 };
  for (const [file, { mutants }] of Object.entries(report.files)) {
    if (!file.replaceAll('\\', '/').startsWith(folder)) continue;
    for (const { status, statusReason } of mutants) {
      if (DETECTED.has(status)) counts.detected++;
      else if (status === 'Survived') counts.survived++;
      else if (status === 'NoCoverage') counts.noCoverage++;
      // Static mutants skipped by --ignore-static: the folder's score then covers the other mutants only.
      else if (status === 'Ignored' && SKIPPED_STATIC.test(statusReason ?? '')) counts.ignored++;
      else if (status === 'Ignored') counts.disabled++;
      else if (!UNDETECTED.has(status)) counts.other++;
    }
  }
  const valid = counts.detected + counts.survived + counts.noCoverage;
  const score = valid === 0 ? undefined : (100 * counts.detected) / valid;
  const verdict = !target ? 'no target' : score === undefined ? 'not run' : score >= TARGET ? 'ok' : `UNDER ${TARGET} %`;
  if (target && score !== undefined && score < TARGET) under.push(folder);
  if (target && score === undefined) notRun.push(folder);
  if (target && score !== undefined && counts.ignored > 0) partial.push(`${folder} (${counts.ignored})`);
  rows.push([
    folder,
    score === undefined ? '–' : `${score.toFixed(1)} %`,
    String(counts.detected),
    String(counts.survived),
    String(counts.noCoverage),
    String(counts.ignored),
    String(counts.disabled),
    String(counts.other),
    verdict,
  ]);
}

const head = ['folder', 'score', 'killed', 'survived', 'no coverage', 'not run', 'disabled', 'not counted', `target ${TARGET} %`];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`\nMutation score per folder (${reportPath}):\n`);
console.log(line(head));
for (const row of rows) console.log(line(row));
// A folder never run has no score: it is neither under nor at the target, and the run is not a pass.
if (under.length > 0)
  console.log(`\nUnder the ${TARGET} % target: ${under.join(', ')}. Read the survivors in reports/mutation/<folder>/index.html.`);
if (notRun.length > 0) console.log(`\nNo score yet for ${notRun.join(', ')}: run npm run test:mutation -- <folder>.`);
if (partial.length > 0)
  console.log(
    `\nStatic mutants not run (--ignore-static) in ${partial.join(', ')}: those scores are of the other mutants; run again without it for the full score.`,
  );
if (under.length === 0 && notRun.length === 0 && partial.length === 0)
  console.log(`\nEvery folder with a target is at or above ${TARGET} %.`);
process.exitCode = under.length === 0 && notRun.length === 0 && partial.length === 0 ? 0 : 1;
