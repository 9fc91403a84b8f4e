/**
 * `init-lock`: adopting the tool, lock the released versions as they stand. Only when there is no lock at all.
 * `init-lock --references`: adopting the lock of reference entries, record the references pages of the
 * released versions locked before the lock held them. Only for versions that have none, so it can never
 * overwrite a locked list (that is what `erratum --references` is for).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentTree } from '../../src/integrations/content-files.ts';
import { formatProblems, validateContentTree } from '../../src/integrations/content-validation.ts';
import { lockableReferences, referenceEntryHashes } from './reference-entries.ts';
import { lockOrEmpty, parseManifest, readRawManifest, readVersionFiles, refuse, setHash, type Print } from './shared.ts';
import { isReleased, LOCK_FILE, lockEntry, serialiseLock, type VersionsLock } from './versions-lock.ts';

export function initLock(root: string, options: { references?: boolean }, out: Print): void {
  if (options.references) {
    lockReferences(root, out);
    return;
  }
  if (existsSync(join(root, LOCK_FILE)))
    refuse(`${LOCK_FILE} already exists; released versions are locked once, at release, and changed only by \`erratum\``);
  const manifest = parseManifest(readRawManifest(root));
  const content = validateContentTree(readContentTree(root));
  if (content.problems.length) refuse(`the content has problems; fix them before locking.\n${formatProblems(content.problems)}`);
  const lock: VersionsLock = { versions: {} };
  for (const version of manifest.versions.filter((v) => isReleased(v.status))) {
    const hash = setHash(version.coefficientSet);
    if (!hash) refuse(`version ${version.id} pins coefficient set ${version.coefficientSet}, which the engine does not define`);
    lock.versions[version.id] = lockEntry(version.released, version.coefficientSet, hash!, readVersionFiles(root, version.id));
    lock.versions[version.id]!.references = lockableReferences(referenceEntryHashes(content, version.id));
  }
  writeFileSync(join(root, LOCK_FILE), serialiseLock(lock));
  out(`init-lock: locked ${Object.keys(lock.versions).join(', ')} in ${LOCK_FILE}.`);
}

function lockReferences(root: string, out: Print): void {
  if (!existsSync(join(root, LOCK_FILE)))
    refuse(`${LOCK_FILE} does not exist; run \`init-lock\` without --references, which locks everything`);
  const manifest = parseManifest(readRawManifest(root));
  const lock = lockOrEmpty(root);
  const missing = manifest.versions.filter((v) => isReleased(v.status) && lock.versions[v.id] && !lock.versions[v.id]!.references);
  if (!missing.length)
    refuse(
      `every released version's reference list is already locked; a corrected entry is recorded with \`erratum <version> --references\``,
    );
  const content = validateContentTree(readContentTree(root));
  if (content.problems.length) refuse(`the content has problems; fix them before locking.\n${formatProblems(content.problems)}`);
  for (const version of missing) {
    const hashes = referenceEntryHashes(content, version.id);
    const absent = [...hashes].filter(([, hash]) => hash === undefined).map(([id]) => id);
    if (absent.length) refuse(`version ${version.id} cites sources the registry does not define (${absent.join(', ')})`);
    lock.versions[version.id]!.references = lockableReferences(hashes);
  }
  writeFileSync(join(root, LOCK_FILE), serialiseLock(lock));
  out(
    `init-lock: locked the reference lists of ${missing.map((v) => `${v.id} (${Object.keys(lock.versions[v.id]!.references!).length} entries)`).join(', ')} in ${LOCK_FILE}.`,
  );
}
