/**
 * `npm run golden -- [<version>...] [--adopt]`: writes the frozen results (tests/golden/<version>/) of
 * draft versions on purpose, so a reviewer sees every figure a change moves as a diff.
 *
 * A released version's results are frozen: they are rewritten only by an erratum
 * (`npm run guidance -- erratum <version> --results …`), which records every moved figure. `--adopt`
 * is the one-time step that freezes the results of released versions that have none yet (it refuses
 * for a version whose results are already locked).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LOCK_FILE, isReleased, lockSchema, serialiseLock } from '../guidance/versions-lock.ts';
import { liveResults, resultsHash, writeResults } from './store.ts';

interface ManifestVersion {
  id: string;
  status: string;
  coefficientSet: string;
}

export function runGolden(argv: readonly string[], root: string, out: (line: string) => void): number {
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { adopt: { type: 'boolean' } } });
  const manifest = JSON.parse(readFileSync(join(root, 'content/versions.json'), 'utf8')) as { versions: ManifestVersion[] };
  const lock = lockSchema.parse(JSON.parse(readFileSync(join(root, LOCK_FILE), 'utf8')));
  const wanted =
    positionals.length > 0
      ? positionals
      : manifest.versions.filter((v) => (values.adopt ? isReleased(v.status) : !isReleased(v.status))).map((v) => v.id);
  const plan: { version: ManifestVersion; adopt: boolean }[] = [];
  for (const id of wanted) {
    const version = manifest.versions.find((v) => v.id === id);
    if (!version) return refuse(out, `there is no version "${id}" in content/versions.json`);
    const released = isReleased(version.status);
    if (released && !values.adopt)
      return refuse(
        out,
        `version ${id} is released: its results change only through \`npm run guidance -- erratum ${id} --results --what "…" --why "…"\``,
      );
    if (released && lock.versions[id]?.resultsHash)
      return refuse(out, `version ${id}'s results are already frozen in ${LOCK_FILE}; correct them with an erratum`);
    if (!released && values.adopt) return refuse(out, `version ${id} is a draft: write its results without --adopt`);
    if (released && !lock.versions[id]) return refuse(out, `version ${id} is not in ${LOCK_FILE}`);
    plan.push({ version, adopt: released });
  }
  for (const { version, adopt } of plan) {
    const results = liveResults(root, version.id, version.coefficientSet);
    writeResults(root, version.id, results);
    if (adopt) (lock.versions[version.id] as { resultsHash?: string }).resultsHash = resultsHash(results);
    out(
      `golden: wrote ${results.size} frozen result${results.size === 1 ? '' : 's'} of version ${version.id} (coefficient set ${version.coefficientSet})${adopt ? ` and locked them` : ''}.`,
    );
  }
  if (plan.some((p) => p.adopt)) writeFileSync(join(root, LOCK_FILE), serialiseLock(lock));
  return 0;
}

function refuse(out: (line: string) => void, message: string): number {
  out(`golden: refused. ${message}\nNothing was changed.`);
  return 1;
}

// Run as a command (not imported by the tests). import.meta.main would do, but Node 22 before 22.18 lacks it.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = runGolden(process.argv.slice(2), fileURLToPath(new URL('../..', import.meta.url)), (line) => console.log(line));
}
