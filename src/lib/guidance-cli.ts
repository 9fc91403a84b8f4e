/**
 * The working group's release tool: `npm run guidance -- <command>`. Every command first decides,
 * reading only, whether the action is safe; when it refuses, it says why and writes nothing. Only when
 * every check has passed does it write the manifest, the lock and (for a new draft) the copied folder.
 *
 * runGuidance() takes the project root and its output streams so the tests can drive it in-process
 * against temporary copies of content/.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { coefficientSetHash, getCoefficientSet } from '../../calculators/coefficients/index.ts';
import { readContentTree } from './content-files.ts';
import { isoDateSchema, manifestSchema, versionIdSchema, type Manifest, type VersionEntryInput } from './content-schema.ts';
import { formatProblems, validateContentTree, type ContentProblem } from './content-validation.ts';
import { compareIds, isReleased, LOCK_FILE, lockEntry, lockProblems, lockSchema, serialiseLock, type VersionFiles, type VersionsLock } from './versions-lock.ts';

export const MANIFEST_FILE = 'content/versions.json';

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
  init-lock
      Create content/versions.lock.json for the versions already released (once, when adopting the tool).
  check
      Validate the manifest, the content, the lock and the coefficient pins; print every problem.

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

class Refusal extends Error {}
const refuse = (message: string): never => {
  throw new Refusal(message);
};

interface RawManifest {
  $comment?: string;
  versions: VersionEntryInput[];
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
        what: { type: 'string' },
        why: { type: 'string' },
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
        return runCheck(io.root, out, err);
      case 'init-lock':
        initLock(io.root, out);
        return 0;
      case 'new-draft':
        newDraft(io.root, { from: values.from ?? target, id: values.id, title: values.title, coefficientSet: values['coefficient-set'], date }, out);
        return 0;
      case 'release':
        release(io.root, { id: target, date, title: values.title, notes: values.note ?? [] }, out);
        return 0;
      case 'withdraw':
        withdraw(io.root, { id: target, reason: values.reason, date }, out);
        return 0;
      case 'erratum':
        erratum(io.root, { id: target, chapter: values.chapter, what: values.what, why: values.why, date }, out);
        return 0;
      default:
        refuse(`unknown command "${command}". Commands: new-draft, release, withdraw, erratum, check, init-lock`);
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

// ---------------------------------------------------------------------------------------------------
// Reading

function readRawManifest(root: string): RawManifest {
  const path = join(root, MANIFEST_FILE);
  if (!existsSync(path)) refuse(`${MANIFEST_FILE} does not exist`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as RawManifest;
  } catch (error) {
    return refuse(`${MANIFEST_FILE} is not valid JSON: ${(error as Error).message}`);
  }
}

function parseManifest(raw: RawManifest): Manifest {
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) refuse(`${MANIFEST_FILE} is invalid; run \`npm run guidance -- check\` for details`);
  return parsed.data!;
}

function readLock(root: string): unknown {
  const path = join(root, LOCK_FILE);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { unreadable: (error as Error).message };
  }
}

function lockOrEmpty(root: string): VersionsLock {
  const raw = readLock(root);
  if (raw === undefined) return { versions: {} };
  const parsed = lockSchema.safeParse(raw);
  if (!parsed.success) refuse(`${LOCK_FILE} is not a valid lock; run \`npm run guidance -- check\` for details`);
  return parsed.data!;
}

/** Every file under content/guidance/<version>/, path relative to the root -> bytes. */
export function readVersionFiles(root: string, version: string): VersionFiles {
  const files = new Map<string, Uint8Array>();
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path).split('\\').join('/'), readFileSync(path));
    }
  };
  walk(join(root, 'content/guidance', version));
  return files;
}

const setHash = (id: string) => {
  const set = getCoefficientSet(id);
  return set ? coefficientSetHash(set) : undefined;
};

/** Every problem with the content, the manifest, the lock and the coefficient pins. */
export function checkProblems(root: string): ContentProblem[] {
  const tree = readContentTree(root);
  const { problems, manifest } = validateContentTree(tree);
  if (!manifest) return problems;
  const filesByVersion = new Map(manifest.versions.map((v) => [v.id, readVersionFiles(root, v.id)]));
  return [...problems, ...lockProblems({ manifest, lock: readLock(root), filesByVersion, coefficientSetHash: setHash })];
}

function runCheck(root: string, out: (line: string) => void, err: (line: string) => void): number {
  const problems = checkProblems(root);
  if (problems.length) {
    err(formatProblems(problems));
    return 1;
  }
  const manifest = parseManifest(readRawManifest(root));
  const summary = manifest.versions.map((v) => `${v.id} ${v.status}`).join(', ');
  out(`check: no problems (${summary}; ${manifest.versions.filter((v) => isReleased(v.status)).length} released versions locked).`);
  return 0;
}

// ---------------------------------------------------------------------------------------------------
// Writing: only ever called after every refusal check has passed.

function writeManifest(root: string, raw: RawManifest): void {
  // Validate what we are about to write: the tool must never leave an invalid manifest behind.
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) refuse(`the resulting manifest would be invalid: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  writeFileSync(join(root, MANIFEST_FILE), `${JSON.stringify(raw, null, 2)}\n`);
}

function requireVersionId(id: string | undefined, what: string): string {
  if (!id) return refuse(`name the ${what}, e.g. 0.3`);
  if (!versionIdSchema.safeParse(id).success) refuse(`"${id}" is not a valid version id: expected digits, a dot, digits, e.g. 0.3`);
  return id;
}

function requireCleanCheck(root: string, action: string): void {
  const problems = checkProblems(root);
  if (problems.length) refuse(`${action} needs \`check\` to pass first.\n${formatProblems(problems)}`);
}

function nextMinor(ids: string[]): string {
  const highest = [...ids].sort(compareIds).at(-1) ?? '0.0';
  const [major = 0, minor = 0] = highest.split('.').map(Number);
  return `${major}.${minor + 1}`;
}

/** Adopting the tool: lock the released versions as they stand. Only when there is no lock at all. */
function initLock(root: string, out: (line: string) => void): void {
  if (existsSync(join(root, LOCK_FILE))) refuse(`${LOCK_FILE} already exists; released versions are locked once, at release, and changed only by \`erratum\``);
  const manifest = parseManifest(readRawManifest(root));
  const tree = validateContentTree(readContentTree(root));
  if (tree.problems.length) refuse(`the content has problems; fix them before locking.\n${formatProblems(tree.problems)}`);
  const lock: VersionsLock = { versions: {} };
  for (const version of manifest.versions.filter((v) => isReleased(v.status))) {
    const hash = setHash(version.coefficientSet);
    if (!hash) refuse(`version ${version.id} pins coefficient set ${version.coefficientSet}, which the engine does not define`);
    lock.versions[version.id] = lockEntry(version.released, version.coefficientSet, hash!, readVersionFiles(root, version.id));
  }
  writeFileSync(join(root, LOCK_FILE), serialiseLock(lock));
  out(`init-lock: locked ${Object.keys(lock.versions).join(', ')} in ${LOCK_FILE}.`);
}

interface NewDraftOptions { from?: string; id?: string; title?: string; coefficientSet?: string; date: string }

function newDraft(root: string, options: NewDraftOptions, out: (line: string) => void): void {
  const raw = readRawManifest(root);
  const manifest = parseManifest(raw);
  const current = manifest.versions.find((v) => v.status === 'current')!;
  const from = options.from ? requireVersionId(options.from, 'version to start from') : current.id;
  const source = manifest.versions.find((v) => v.id === from);
  if (!source) refuse(`there is no version "${from}" to start from; versions: ${manifest.versions.map((v) => v.id).join(', ')}`);
  if (source!.status === 'withdrawn') refuse(`version ${from} is withdrawn; start the draft from a version readers may use`);
  const openDraft = manifest.versions.find((v) => v.status === 'draft');
  if (openDraft) refuse(`draft ${openDraft.id} is already open; release it (or remove it) before starting another`);
  const id = options.id ? requireVersionId(options.id, 'new version') : nextMinor(manifest.versions.map((v) => v.id));
  const existing = manifest.versions.find((v) => v.id === id);
  if (existing) refuse(`version ${id} already exists (${existing.status}); released versions cannot be edited. Start a new draft with another id, or correct a released chapter with \`erratum\``);
  if (compareIds(id, manifest.versions.map((v) => v.id).sort(compareIds).at(-1)!) <= 0) refuse(`a new version's id must be higher than every existing one (highest: ${manifest.versions.map((v) => v.id).sort(compareIds).at(-1)})`);
  const destination = join(root, 'content/guidance', id);
  if (existsSync(destination)) refuse(`content/guidance/${id}/ already exists; remove it or choose another id`);
  const coefficientSet = options.coefficientSet ?? source!.coefficientSet;
  if (!getCoefficientSet(coefficientSet)) refuse(`coefficient set ${coefficientSet} is not defined by the engine; add it to calculators/coefficients/ first`);
  const pinnedElsewhere = manifest.versions.find((v) => v.coefficientSet === coefficientSet && v.id !== from);
  if (options.coefficientSet && pinnedElsewhere) refuse(`coefficient set ${coefficientSet} is already pinned by version ${pinnedElsewhere.id}; a new method needs a new set`);
  requireCleanCheck(root, 'Starting a draft');

  cpSync(join(root, 'content/guidance', from), destination, { recursive: true });
  raw.versions.push({
    id,
    title: options.title ?? `Draft ${id}`,
    status: 'draft',
    released: options.date,
    summary: `Working draft of version ${id}, started from version ${from} on ${options.date}. Replace this summary before release.`,
    coefficientSet,
    draftedFrom: from,
    releaseNotes: [],
  });
  writeManifest(root, raw);
  out(`new-draft: opened draft ${id} from version ${from} in content/guidance/${id}/ (coefficient set ${coefficientSet}).`);
  out(`Edit the chapters, write its summary and releaseNotes in ${MANIFEST_FILE}, then run \`npm run guidance -- release ${id}\`.`);
}

interface ReleaseOptions { id?: string; date: string; title?: string; notes: string[] }

function release(root: string, options: ReleaseOptions, out: (line: string) => void): void {
  const id = requireVersionId(options.id, 'draft to release');
  const raw = readRawManifest(root);
  const manifest = parseManifest(raw);
  const entry = manifest.versions.find((v) => v.id === id);
  if (!entry) refuse(`there is no version "${id}"; open one with \`npm run guidance -- new-draft\``);
  if (entry!.status !== 'draft') refuse(`version ${id} is already released (status ${entry!.status}); a version is released once`);
  const previous = manifest.versions.find((v) => v.status === 'current')!;
  if (compareIds(id, previous.id) <= 0) refuse(`draft ${id} is not newer than the current version ${previous.id}`);
  if (options.date < previous.released) refuse(`release date ${options.date} is before the current version's release (${previous.released})`);
  if (!getCoefficientSet(entry!.coefficientSet)) refuse(`draft ${id} pins coefficient set ${entry!.coefficientSet}, which the engine does not define`);
  if (entry!.releaseNotes.length + options.notes.length === 0) refuse(`draft ${id} has no release notes: add them to "releaseNotes" in ${MANIFEST_FILE} or pass --note "…"`);
  if (/^Working draft of version/.test(entry!.summary)) refuse(`draft ${id} still has the placeholder summary; write its summary in ${MANIFEST_FILE}`);
  requireCleanCheck(root, 'Releasing');

  const lock = lockOrEmpty(root);
  for (const version of raw.versions) {
    if (version.id === id) {
      version.status = 'current';
      version.released = options.date;
      if (options.title) version.title = options.title;
      version.releaseNotes = [...(version.releaseNotes ?? []), ...options.notes];
    } else if (version.status === 'current') version.status = 'superseded';
  }
  lock.versions[id] = lockEntry(options.date, entry!.coefficientSet, setHash(entry!.coefficientSet)!, readVersionFiles(root, id));
  writeManifest(root, raw);
  writeFileSync(join(root, LOCK_FILE), serialiseLock(lock));
  const released = raw.versions.find((v) => v.id === id)!;
  updateCitationFile(root, id, released.title, options.date);
  out(`release: version ${id} is now current (released ${options.date}, coefficient set ${entry!.coefficientSet}); version ${previous.id} is superseded.`);
  out(`Locked ${Object.keys(lock.versions[id]!.files).length} files of version ${id} in ${LOCK_FILE}.`);
}

/** Points CITATION.cff (when the project has one) at the newly released version. */
export function updateCitationFile(root: string, id: string, title: string, date: string): void {
  const path = join(root, 'CITATION.cff');
  if (!existsSync(path)) return;
  const text = readFileSync(path, 'utf8')
    .replace(/^version: ".*"$/m, `version: "${id}"`)
    .replace(/^(\s*)date-released: ".*"$/gm, `$1date-released: "${date}"`)
    .replace(/^(\s*)edition: ".*"$/m, `$1edition: "Version ${id} (${title.replace(/"/g, "'")})"`)
    .replace(/^(\s*)year: \d{4}$/m, `$1year: ${date.slice(0, 4)}`);
  writeFileSync(path, text);
}

interface WithdrawOptions { id?: string; reason?: string; date: string }

function withdraw(root: string, options: WithdrawOptions, out: (line: string) => void): void {
  const id = requireVersionId(options.id, 'version to withdraw');
  const reason = options.reason?.trim();
  if (!reason || reason.length < 10) refuse('give the reason readers will see, e.g. --reason "Table 3 used the wrong grid factor; use version 0.3"');
  const raw = readRawManifest(root);
  const manifest = parseManifest(raw);
  const entry = manifest.versions.find((v) => v.id === id);
  if (!entry) refuse(`there is no version "${id}"`);
  if (entry!.status === 'withdrawn') refuse(`version ${id} is already withdrawn`);
  if (entry!.status === 'draft') refuse(`version ${id} is a draft, never released; remove its folder and manifest entry instead`);
  if (entry!.status === 'current') refuse(`version ${id} is the current version; release a replacement first, then withdraw ${id}`);
  requireCleanCheck(root, 'Withdrawing');

  const target = raw.versions.find((v) => v.id === id)!;
  target.status = 'withdrawn';
  target.withdrawnReason = reason;
  target.withdrawnDate = options.date;
  writeManifest(root, raw);
  out(`withdraw: version ${id} is withdrawn (${options.date}). Its pages stay online with the reason.`);
}

interface ErratumOptions { id?: string; chapter?: string; what?: string; why?: string; date: string }

function erratum(root: string, options: ErratumOptions, out: (line: string) => void): void {
  const id = requireVersionId(options.id, 'version to correct');
  if (!options.chapter) refuse('name the corrected chapter with --chapter <slug>');
  if (!options.what || options.what.trim().length < 10) refuse('say what was corrected with --what "…" (at least 10 characters)');
  if (!options.why || options.why.trim().length < 10) refuse('say why with --why "…" (at least 10 characters)');
  const raw = readRawManifest(root);
  const manifest = parseManifest(raw);
  const entry = manifest.versions.find((v) => v.id === id);
  if (!entry) refuse(`there is no version "${id}"`);
  if (!isReleased(entry!.status)) refuse(`version ${id} is a draft; edit it directly, errata are for released versions`);
  if (options.date < entry!.released) refuse(`an erratum cannot predate the release of version ${id} (${entry!.released})`);
  const file = `content/guidance/${id}/${options.chapter}.mdx`;
  if (!existsSync(join(root, file))) refuse(`${file} does not exist`);
  const lock = lockOrEmpty(root);
  const locked = lock.versions[id];
  if (!locked) refuse(`version ${id} is not in ${LOCK_FILE}; run \`check\``);
  const files = readVersionFiles(root, id);
  const hashes = lockEntry(locked!.released, locked!.coefficientSet, locked!.coefficientSetHash, files).files;
  if (hashes[file] === locked!.files[file]) refuse(`${file} is unchanged since it was locked; make the correction in the file first, then record it`);
  const others = Object.keys(locked!.files).filter((path) => path !== file && hashes[path] !== locked!.files[path]);
  const added = Object.keys(hashes).filter((path) => !(path in locked!.files));
  if (others.length || added.length) refuse(`other files of version ${id} have changed too (${[...others, ...added].join(', ')}); one erratum covers one chapter`);
  const tree = validateContentTree(readContentTree(root));
  const fileProblems = tree.problems.filter((p) => p.file === file);
  if (fileProblems.length) refuse(`the corrected file has problems.\n${formatProblems(fileProblems)}`);

  const target = raw.versions.find((v) => v.id === id)!;
  target.errata = [...(target.errata ?? []), { date: options.date, chapter: options.chapter!, what: options.what!.trim(), why: options.why!.trim() }];
  locked!.files[file] = hashes[file]!;
  writeManifest(root, raw);
  writeFileSync(join(root, LOCK_FILE), serialiseLock(lock));
  out(`erratum: recorded a correction to ${file} (${options.date}) and refreshed its hash in ${LOCK_FILE}.`);
}
