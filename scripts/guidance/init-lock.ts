/** `init-lock`: adopting the tool, lock the released versions as they stand. Only when there is no lock at all. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentTree } from '../../src/integrations/content-files.ts';
import { formatProblems, validateContentTree } from '../../src/integrations/content-validation.ts';
import { parseManifest, readRawManifest, readVersionFiles, refuse, setHash, type Print } from './shared.ts';
import { isReleased, LOCK_FILE, lockEntry, serialiseLock, type VersionsLock } from './versions-lock.ts';

export function initLock(root: string, out: Print): void {
  if (existsSync(join(root, LOCK_FILE)))
    refuse(`${LOCK_FILE} already exists; released versions are locked once, at release, and changed only by \`erratum\``);
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
