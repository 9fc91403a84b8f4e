/** `erratum`: record a correction already made to one released chapter and refresh its hash in the lock. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentTree } from '../../src/integrations/content-files.ts';
import { formatProblems, validateContentTree } from '../../src/integrations/content-validation.ts';
import {
  lockOrEmpty,
  parseManifest,
  readRawManifest,
  readVersionFiles,
  refuse,
  requireVersionId,
  writeManifest,
  type Print,
} from './shared.ts';
import { isReleased, LOCK_FILE, lockEntry, serialiseLock } from './versions-lock.ts';

export interface ErratumOptions {
  id?: string;
  chapter?: string;
  what?: string;
  why?: string;
  date: string;
}

export function erratum(root: string, options: ErratumOptions, out: Print): void {
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
  if (hashes[file] === locked!.files[file])
    refuse(`${file} is unchanged since it was locked; make the correction in the file first, then record it`);
  const others = Object.keys(locked!.files).filter((path) => path !== file && hashes[path] !== locked!.files[path]);
  const added = Object.keys(hashes).filter((path) => !(path in locked!.files));
  if (others.length || added.length)
    refuse(`other files of version ${id} have changed too (${[...others, ...added].join(', ')}); one erratum covers one chapter`);
  const tree = validateContentTree(readContentTree(root));
  const fileProblems = tree.problems.filter((p) => p.file === file);
  if (fileProblems.length) refuse(`the corrected file has problems.\n${formatProblems(fileProblems)}`);

  const target = raw.versions.find((v) => v.id === id)!;
  target.errata = [
    ...(target.errata ?? []),
    { date: options.date, chapter: options.chapter!, what: options.what!.trim(), why: options.why!.trim() },
  ];
  locked!.files[file] = hashes[file]!;
  writeManifest(root, raw);
  writeFileSync(join(root, LOCK_FILE), serialiseLock(lock));
  out(`erratum: recorded a correction to ${file} (${options.date}) and refreshed its hash in ${LOCK_FILE}.`);
}
