/** `check`: every problem with the manifest, the content, the lock and the coefficient pins. */
import { readContentTree } from '../../src/integrations/content-files.ts';
import { formatProblems, validateContentTree, type ContentProblem } from '../../src/integrations/content-validation.ts';
import { resultsProblems } from '../golden/verify.ts';
import { referenceEntryHashes } from './reference-entries.ts';
import { parseManifest, readLock, readRawManifest, readVersionFiles, refuse, setHash, type Print } from './shared.ts';
import { isReleased, lockProblems, lockSchema } from './versions-lock.ts';

export function checkProblems(root: string): ContentProblem[] {
  const tree = readContentTree(root);
  const content = validateContentTree(tree);
  const { problems, manifest } = content;
  if (!manifest) return problems;
  const filesByVersion = new Map(manifest.versions.map((v) => [v.id, readVersionFiles(root, v.id)]));
  const lock = readLock(root);
  const lockLevel = lockProblems({
    manifest,
    lock,
    filesByVersion,
    coefficientSetHash: setHash,
    referenceHashes: (id) => referenceEntryHashes(content, id),
  });
  // Frozen results are checked once the lock itself is sound (they are recorded in it).
  const parsedLock = lockSchema.safeParse(lock);
  const results = lockLevel.length === 0 && parsedLock.success ? resultsProblems(root, manifest, parsedLock.data) : [];
  return [...problems, ...lockLevel, ...results];
}

/** Commands that change the manifest start from a clean check. */
export function requireCleanCheck(root: string, action: string): void {
  const problems = checkProblems(root);
  if (problems.length) refuse(`${action} needs \`check\` to pass first.\n${formatProblems(problems)}`);
}

export function check(root: string, out: Print, err: Print): number {
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
