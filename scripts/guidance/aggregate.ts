/**
 * `aggregate <folder>`: pools a folder of anonymised contributions (one CSV or JSON file per contributor,
 * named by the random code the working group gave it, CON-1) into figures per use case, functional unit and
 * data tier. Every file is checked against the observation template exactly as the browser's contribution
 * checker checks it (src/lib/contribution-files.ts); a file with an error or with identifying content is
 * reported by name, row and column and left out, and nothing of it is used. Prints the Markdown table and
 * writes it with the JSON report, which a coefficient set can cite as its source.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import {
  aggregateContributions,
  aggregateMarkdown,
  findingLabels,
  organisationList,
  type Contribution,
} from '../../calculators/contribution/index.ts';
import { checkContributionText, errorsOf, findingsOf, formatOf, MAX_FILE_BYTES, warningsOf } from '../../src/lib/contribution-files.ts';
import { refuse, type Print } from './shared.ts';

export interface AggregateOptions {
  folder?: string;
  /** Where to write aggregate.json and aggregate.md (default: <folder>/summary). */
  out?: string;
  /** A text file of organisation names to look for, one per line. */
  organisations?: string;
  /** The report's date, YYYY-MM-DD. */
  date: string;
}

/** A file name as printed: plain names as they are, anything odd quoted. */
const shown = (name: string) => (/^[\w.-]{1,100}$/.test(name) ? name : JSON.stringify(name.slice(0, 100)));

/** The first problems of a refused file, by row and column, in one line each. */
function problemLines(name: string, problems: { row: number; column: string; message: string }[]): string[] {
  const lines = problems.slice(0, 10).map((p) => `  ${shown(name)}: ${p.row > 0 ? `row ${p.row}, ` : ''}column ${p.column}: ${p.message}`);
  if (problems.length > 10) lines.push(`  ${shown(name)}: and ${problems.length - 10} more problems`);
  return lines;
}

/** Runs the command; returns the exit code (0: every file used, 1: some files left out). */
export function aggregate(root: string, options: AggregateOptions, out: Print, err: Print): number {
  if (!options.folder) refuse('name the folder of contributions: `npm run guidance -- aggregate <folder>`');
  const folder = resolve(root, options.folder!);
  if (!existsSync(folder) || !lstatSync(folder).isDirectory()) refuse(`${options.folder} is not a folder`);
  const outDir = resolve(root, options.out ?? join(options.folder!, 'summary'));
  let organisations: string[] = [];
  if (options.organisations) {
    const path = resolve(root, options.organisations);
    if (!existsSync(path)) refuse(`--organisations: ${options.organisations} does not exist`);
    organisations = organisationList(readFileSync(path, 'utf8'));
  }

  const used: Contribution[] = [];
  const notUsed: { file: string; reason: string }[] = [];
  const names = readdirSync(folder).sort();
  for (const name of names) {
    const path = join(folder, name);
    const stat = lstatSync(path);
    if (stat.isDirectory()) continue;
    const format = formatOf(name);
    if (!format) {
      out(`${shown(name)}: not a .csv or .json file; ignored`);
      continue;
    }
    // A link could point anywhere on the machine: only plain files are read.
    if (!stat.isFile()) {
      err(`${shown(name)}: not a plain file (a link or a device); left out`);
      notUsed.push({ file: name, reason: 'not a plain file' });
      continue;
    }
    if (stat.size > MAX_FILE_BYTES) {
      err(`${shown(name)}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; left out`);
      notUsed.push({ file: name, reason: 'too large' });
      continue;
    }
    const check = checkContributionText(readFileSync(path, 'utf8'), format, { organisations });
    const errors = errorsOf(check);
    const findings = findingsOf(check);
    if (errors.length) {
      err(`${shown(name)}: left out, ${errors.length} error${errors.length === 1 ? '' : 's'}:`);
      problemLines(name, errors).forEach(err);
      notUsed.push({
        file: name,
        reason: `does not follow the observation template (${errors.length} error${errors.length === 1 ? '' : 's'}; first at ${errors[0]!.row > 0 ? `row ${errors[0]!.row}, ` : ''}column ${errors[0]!.column})`,
      });
      continue;
    }
    if (findings.length) {
      err(
        `${shown(name)}: left out, it is not anonymised (${findings.length} cell${findings.length === 1 ? '' : 's'} with identifying content):`,
      );
      problemLines(
        name,
        findings.map((f) => ({ row: f.row, column: f.column, message: findingLabels[f.kind] })),
      ).forEach(err);
      notUsed.push({
        file: name,
        reason: `not anonymised (first at row ${findings[0]!.row}, column ${findings[0]!.column}: ${findingLabels[findings[0]!.kind]})`,
      });
      continue;
    }
    for (const w of warningsOf(check).slice(0, 5))
      out(`${shown(name)}: warning at ${w.row > 0 ? `row ${w.row}, ` : ''}column ${w.column}: ${w.message}`);
    const observations = check.rows.flatMap((r) => (r.observation ? [r.observation] : []));
    used.push({ name: basename(name).replace(/\.(csv|json)$/i, ''), observations });
    out(`${shown(name)}: ${observations.length} observation${observations.length === 1 ? '' : 's'} used`);
  }
  if (!used.length)
    refuse(`no usable contribution in ${options.folder}${notUsed.length ? ` (${notUsed.length} left out, see above)` : ''}`);

  const report = aggregateContributions(used, { generated: options.date, notUsed });
  const markdown = aggregateMarkdown(report);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'aggregate.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(outDir, 'aggregate.md'), markdown);
  out('');
  out(markdown);
  out(`Wrote ${join(outDir, 'aggregate.json')} and aggregate.md beside it.`);
  return notUsed.length ? 1 : 0;
}
