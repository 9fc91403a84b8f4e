/**
 * `release`: the draft becomes current, the previous current superseded; its coefficient set is pinned,
 * its files, computed results (tests/golden/<version>/) and reference entries frozen in the lock and
 * CITATION.cff pointed at it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCoefficientSet } from '../../calculators/coefficients/index.ts';
import { requireCleanCheck } from './check.ts';
import { readContentTree } from '../../src/integrations/content-files.ts';
import { validateContentTree } from '../../src/integrations/content-validation.ts';
import { lockableReferences, referenceEntryHashes } from './reference-entries.ts';
import { siteOrigin } from '../../src/lib/site-origin.ts';
import {
  lockOrEmpty,
  MANIFEST_FILE,
  parseManifest,
  readRawManifest,
  readVersionFiles,
  refuse,
  requireVersionId,
  setHash,
  writeManifest,
  type Print,
} from './shared.ts';
import { liveResults, resultsHash, writeResults } from '../golden/store.ts';
import { compareIds, LOCK_FILE, lockEntry, serialiseLock } from './versions-lock.ts';

export interface ReleaseOptions {
  id?: string;
  date: string;
  title?: string;
  notes: string[];
}

export function release(root: string, options: ReleaseOptions, out: Print): void {
  const id = requireVersionId(options.id, 'draft to release');
  const raw = readRawManifest(root);
  const manifest = parseManifest(raw);
  const entry = manifest.versions.find((v) => v.id === id);
  if (!entry) refuse(`there is no version "${id}"; open one with \`npm run guidance -- new-draft\``);
  if (entry!.status !== 'draft') refuse(`version ${id} is already released (status ${entry!.status}); a version is released once`);
  const previous = manifest.versions.find((v) => v.status === 'current')!;
  if (compareIds(id, previous.id) <= 0) refuse(`draft ${id} is not newer than the current version ${previous.id}`);
  if (options.date < previous.released)
    refuse(`release date ${options.date} is before the current version's release (${previous.released})`);
  if (!getCoefficientSet(entry!.coefficientSet))
    refuse(`draft ${id} pins coefficient set ${entry!.coefficientSet}, which the engine does not define`);
  if (entry!.releaseNotes.length + options.notes.length === 0)
    refuse(`draft ${id} has no release notes: add them to "releaseNotes" in ${MANIFEST_FILE} or pass --note "…"`);
  if (/^Working draft of version/.test(entry!.summary))
    refuse(`draft ${id} still has the placeholder summary; write its summary in ${MANIFEST_FILE}`);
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
  // Its references page too: the registry is shared, so later corrections to it reach this version only by erratum.
  const content = validateContentTree(readContentTree(root));
  lock.versions[id]!.references = lockableReferences(referenceEntryHashes(content, id));
  // Freeze the results its pages compute: from now on they move only through an erratum.
  const results = liveResults(root, id, entry!.coefficientSet);
  lock.versions[id]!.resultsHash = resultsHash(results);
  writeManifest(root, raw);
  writeResults(root, id, results);
  writeFileSync(join(root, LOCK_FILE), serialiseLock(lock));
  const released = raw.versions.find((v) => v.id === id)!;
  updateCitationFile(root, id, released.title, options.date);
  out(
    `release: version ${id} is now current (released ${options.date}, coefficient set ${entry!.coefficientSet}); version ${previous.id} is superseded.`,
  );
  out(
    `Locked ${Object.keys(lock.versions[id]!.files).length} files and ${results.size} computed results of version ${id} in ${LOCK_FILE}.`,
  );
}

/**
 * Points CITATION.cff (when the project has one) at the newly released version: its number, date, edition
 * and absolute address under the site's public address (SITE_URL or the default, src/lib/site-origin.ts).
 */
export function updateCitationFile(root: string, id: string, title: string, date: string): void {
  const path = join(root, 'CITATION.cff');
  if (!existsSync(path)) return;
  const url = new URL(`${id}/`, siteOrigin(process.env.SITE_URL)).href;
  const text = readFileSync(path, 'utf8')
    .replace(/^(\s*)url: ".*"$/gm, `$1url: "${url}"`)
    .replace(/^version: ".*"$/m, `version: "${id}"`)
    .replace(/^(\s*)date-released: ".*"$/gm, `$1date-released: "${date}"`)
    .replace(/^(\s*)edition: ".*"$/m, `$1edition: "Version ${id} (${title.replace(/"/g, "'")})"`)
    .replace(/^(\s*)year: \d{4}$/m, `$1year: ${date.slice(0, 4)}`);
  writeFileSync(path, text);
}
