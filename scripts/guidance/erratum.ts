/**
 * `erratum`: record a correction already made to a released version, and refresh the lock.
 * - `--chapter <slug>`: a corrected chapter file; its hash is refreshed.
 * - `--results`: corrected computed figures (an engine or example correction). The version's frozen
 *   results (tests/golden/<version>/) are rewritten from the engine, every moved figure is recorded with
 *   its old and new value (shown on the version's changes page), and the results hash is refreshed.
 * - `--references`: corrected entries of the source registry (calculators/coefficients/sources.ts) that
 *   the version's references page lists. The tool finds them itself, by comparing each listed entry with
 *   the one the lock recorded, and refuses when none differs: the erratum names exactly the entries that
 *   changed, and the version's reference list is locked again as it now reads.
 */
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
import { completeIntervals, isHeadlineFigure, movedFigures } from '../golden/compare.ts';
import { GOLDEN_DIR, liveResults, resultsHash, storedResults, writeResults } from '../golden/store.ts';
import { lockableReferences, referenceEntryHashes } from './reference-entries.ts';
import { changedReferences, isReleased, LOCK_FILE, lockEntry, serialiseLock } from './versions-lock.ts';

export interface ErratumOptions {
  id?: string;
  chapter?: string;
  results?: boolean;
  references?: boolean;
  what?: string;
  why?: string;
  date: string;
}

export function erratum(root: string, options: ErratumOptions, out: Print): void {
  if (options.references) {
    referencesErratum(root, options, out);
    return;
  }
  if (options.results) {
    resultsErratum(root, options, out);
    return;
  }
  const id = requireVersionId(options.id, 'version to correct');
  if (!options.chapter)
    refuse(
      'name the corrected chapter with --chapter <slug>, --results for corrected computed figures, or --references for corrected source entries',
    );
  const { raw } = correctableVersion(root, id, options, 'edit it directly, errata are for released versions');
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

/**
 * The checks every erratum makes: it says what and why, and its version exists, is released, and was
 * released on or before the erratum's date. `draftReason` tells the working group what to do instead for a
 * draft. Returns the manifest as written (for the erratum to be added to) and the version's entry.
 */
function correctableVersion(root: string, id: string, options: ErratumOptions, draftReason: string) {
  if (!options.what || options.what.trim().length < 10) refuse('say what was corrected with --what "…" (at least 10 characters)');
  if (!options.why || options.why.trim().length < 10) refuse('say why with --why "…" (at least 10 characters)');
  const raw = readRawManifest(root);
  const entry = parseManifest(raw).versions.find((v) => v.id === id);
  if (!entry) refuse(`there is no version "${id}"`);
  if (!isReleased(entry!.status)) refuse(`version ${id} is a draft; ${draftReason}`);
  if (options.date < entry!.released) refuse(`an erratum cannot predate the release of version ${id} (${entry!.released})`);
  return { raw, entry: entry! };
}

/** `erratum --results`: freeze the corrected results of a released version and record what moved. */
function resultsErratum(root: string, options: ErratumOptions, out: Print): void {
  const id = requireVersionId(options.id, 'version to correct');
  if (options.chapter) refuse('record a corrected chapter and corrected results as two errata: --chapter or --results, not both');
  const { raw, entry } = correctableVersion(root, id, options, `its results are written with \`npm run golden -- ${id}\``);
  const lock = lockOrEmpty(root);
  const locked = lock.versions[id];
  if (!locked?.resultsHash)
    refuse(`version ${id}'s results are not frozen in ${LOCK_FILE}; freeze them once with \`npm run golden -- --adopt ${id}\``);
  const stored = storedResults(root, id);
  if (resultsHash(stored) !== locked!.resultsHash)
    refuse(`${GOLDEN_DIR}/${id}/ differs from what the lock recorded: restore it (git checkout) before recording an erratum`);
  const live = liveResults(root, id, entry.coefficientSet);
  const moved = movedFigures(stored, live);
  if (moved.length === 0) refuse(`no computed figure of version ${id} has moved; correct the engine or the example first, then record it`);
  // Readers see the headline figures and the words; the rest (element breakdowns) is counted.
  const headline = moved.filter(isHeadlineFigure);
  const alsoMoved = moved.length - headline.length;
  const figures = completeIntervals(headline, stored, live);

  const target = raw.versions.find((v) => v.id === id)!;
  target.errata = [
    ...(target.errata ?? []),
    { date: options.date, what: options.what!.trim(), why: options.why!.trim(), figures, ...(alsoMoved ? { alsoMoved } : {}) },
  ];
  locked!.resultsHash = resultsHash(live);
  writeManifest(root, raw);
  writeResults(root, id, live);
  writeFileSync(join(root, LOCK_FILE), serialiseLock(lock));
  const examples = new Set(moved.map((f) => f.example));
  out(
    `erratum: recorded ${headline.length} moved headline figure${headline.length === 1 ? '' : 's'} (and ${alsoMoved} further values) in ${examples.size} example${examples.size === 1 ? '' : 's'} of version ${id} (${options.date}), rewrote ${GOLDEN_DIR}/${id}/ and refreshed its hash in ${LOCK_FILE}.`,
  );
}

/** `erratum --references`: record corrected registry entries that a released version's references page lists. */
function referencesErratum(root: string, options: ErratumOptions, out: Print): void {
  const id = requireVersionId(options.id, 'version to correct');
  if (options.chapter || options.results)
    refuse('record corrected source entries on their own: --references, not with --chapter or --results');
  const { raw } = correctableVersion(root, id, options, 'its references page follows the registry, so there is nothing to record');
  const lock = lockOrEmpty(root);
  const locked = lock.versions[id];
  if (!locked) refuse(`version ${id} is not in ${LOCK_FILE}; run \`check\``);
  if (!locked!.references)
    refuse(`version ${id}'s reference list is not locked yet; lock it once with \`npm run guidance -- init-lock --references\``);
  const content = validateContentTree(readContentTree(root));
  const now = referenceEntryHashes(content, id);
  const changed = changedReferences(locked!.references!, now);
  if (changed.length === 0)
    refuse(
      `no entry on version ${id}'s references page differs from the one locked; correct calculators/coefficients/sources.ts first, then record it`,
    );
  const gone = changed.filter((source) => now.get(source) === undefined);
  if (gone.length) refuse(`version ${id} cites ${gone.join(', ')}, which the source registry no longer defines; restore the entries`);

  const target = raw.versions.find((v) => v.id === id)!;
  target.errata = [
    ...(target.errata ?? []),
    { date: options.date, sources: changed, what: options.what!.trim(), why: options.why!.trim() },
  ];
  locked!.references = lockableReferences(now);
  writeManifest(root, raw);
  writeFileSync(join(root, LOCK_FILE), serialiseLock(lock));
  out(
    `erratum: recorded corrected entr${changed.length === 1 ? 'y' : 'ies'} ${changed.join(', ')} on the references page of version ${id} (${options.date}) and locked its reference list again in ${LOCK_FILE}.`,
  );
}
