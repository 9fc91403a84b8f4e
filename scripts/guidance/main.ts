/**
 * The working group's release tool: `npm run guidance -- <command>`. This file parses the command line
 * and dispatches to one module per command (new-draft.ts, release.ts, withdraw.ts, erratum.ts, check.ts,
 * init-lock.ts, aggregate.ts). Every command first decides, reading only, whether the action is safe; when it refuses,
 * it says why and writes nothing. Only when every check has passed does it write the manifest, the lock
 * and (for a new draft) the copied folder.
 *
 * runGuidance() takes the project root and its output streams so the tests can drive it in-process
 * against temporary copies of content/. Node 24 runs this file directly (built-in type stripping).
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isoDateSchema } from '../../src/lib/content-schema.ts';
import { aggregate } from './aggregate.ts';
import { check } from './check.ts';
import { erratum } from './erratum.ts';
import { initLock } from './init-lock.ts';
import { newDraft } from './new-draft.ts';
import { release } from './release.ts';
import { Refusal, refuse } from './shared.ts';
import { withdraw } from './withdraw.ts';

export { checkProblems } from './check.ts';

export const HELP = `Publish and maintain versions of the guidance.

Usage: npm run guidance -- <command> [options]

Commands:
  new-draft [--from <version>] [--id <version>] [--title <text>] [--coefficient-set <id>]
      Copy a version's chapters into a new draft (default: from the current version, id = next minor).
  release <draft> [--date YYYY-MM-DD] [--title <text>] [--note <text>]...
      Make the draft the current version, mark the previous current superseded, pin its coefficient set
      and freeze its files in content/versions.lock.json. Refuses if \`check\` finds any problem.
  withdraw <version> --reason <text> [--date YYYY-MM-DD]
      Mark a released version withdrawn. Its pages stay online with the reason.
  erratum <version> --chapter <slug> --what <text> --why <text> [--date YYYY-MM-DD]
      Record a correction already made to a released chapter, and refresh that file in the lock.
  erratum <version> --results --what <text> --why <text> [--date YYYY-MM-DD]
      Record corrected computed figures (after an engine or example correction): rewrite the version's
      frozen results in tests/golden/, list every moved figure (old and new) on its changes page, and
      refresh their hash in the lock.
  erratum <version> --references --what <text> --why <text> [--date YYYY-MM-DD]
      Record corrections already made to source registry entries (calculators/coefficients/sources.ts)
      that the version's references page lists. Refuses unless a listed entry differs from the one in the
      lock; the erratum names those entries on the changes and references pages, and the version's
      reference list is locked again.
  init-lock [--references]
      Create content/versions.lock.json for the versions already released (once, when adopting the tool).
      With --references: lock the references pages of released versions whose lock has none yet.
  check
      Validate the manifest, the content, the lock and the coefficient pins; print every problem.
  aggregate <folder> [--out <folder>] [--organisations <file>] [--date YYYY-MM-DD]
      Pool a folder of anonymised contributions (one CSV or JSON file per contributor, in the observation
      template): per use case, functional unit and data tier, the count, median and P5-P95 of energy per
      unit and the boundary covered, published only where CON-2 allows. A file with an error or with
      identifying content is reported by name, row and column and left out. Prints a Markdown table and
      writes aggregate.json and aggregate.md to --out (default <folder>/summary). Exit code 1 when a file
      was left out.

Options:
  -h, --help   Show this help.

Nothing is written when a command refuses. Dates default to today (UTC).`;

export interface GuidanceIo {
  root: string;
  /** Today's date, YYYY-MM-DD (injected so tests are repeatable). */
  today?: string;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

export async function runGuidance(argv: readonly string[], io: GuidanceIo): Promise<number> {
  const out = io.out ?? ((line: string) => console.log(line));
  const err = io.err ?? ((line: string) => console.error(line));
  const today = io.today ?? new Date().toISOString().slice(0, 10);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        from: { type: 'string' },
        id: { type: 'string' },
        title: { type: 'string' },
        'coefficient-set': { type: 'string' },
        date: { type: 'string' },
        note: { type: 'string', multiple: true },
        reason: { type: 'string' },
        chapter: { type: 'string' },
        results: { type: 'boolean' },
        references: { type: 'boolean' },
        what: { type: 'string' },
        why: { type: 'string' },
        out: { type: 'string' },
        organisations: { type: 'string' },
      },
    });
  } catch (error) {
    err(`guidance: ${(error as Error).message}\nRun \`npm run guidance -- --help\` for usage.`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, target, ...extra] = positionals;
  if (values.help || !command || command === 'help') {
    out(HELP);
    return command || values.help ? 0 : 2;
  }
  try {
    if (extra.length) refuse(`unexpected argument${extra.length > 1 ? 's' : ''}: ${extra.join(' ')}`);
    const date = values.date ?? today;
    if (!isoDateSchema.safeParse(date).success) refuse(`--date "${date}" is not a real date written YYYY-MM-DD`);
    switch (command) {
      case 'check':
        return check(io.root, out, err);
      case 'init-lock':
        initLock(io.root, { references: values.references }, out);
        return 0;
      case 'new-draft':
        newDraft(
          io.root,
          { from: values.from ?? target, id: values.id, title: values.title, coefficientSet: values['coefficient-set'], date },
          out,
        );
        return 0;
      case 'release':
        release(io.root, { id: target, date, title: values.title, notes: values.note ?? [] }, out);
        return 0;
      case 'withdraw':
        withdraw(io.root, { id: target, reason: values.reason, date }, out);
        return 0;
      case 'erratum':
        erratum(
          io.root,
          {
            id: target,
            chapter: values.chapter,
            results: values.results,
            references: values.references,
            what: values.what,
            why: values.why,
            date,
          },
          out,
        );
        return 0;
      case 'aggregate':
        return aggregate(io.root, { folder: target, out: values.out, organisations: values.organisations, date }, out, err);
      default:
        refuse(`unknown command "${command}". Commands: new-draft, release, withdraw, erratum, check, init-lock, aggregate`);
    }
  } catch (error) {
    if (error instanceof Refusal) {
      err(`guidance ${command}: refused. ${error.message}\nNothing was changed.`);
      return 1;
    }
    throw error;
  }
  return 1;
}

// Run as a command (not imported by the tests). import.meta.main would do, but Node 22 before 22.18 lacks it.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  process.exitCode = await runGuidance(process.argv.slice(2), { root });
}
