/**
 * The lock that freezes released versions: `content/versions.lock.json` records, for each released
 * version, the SHA-256 of every file in its folder and the coefficient set it pins with that set's
 * content hash. The release tool writes it; `check` and the content tests compare it with the disk, so
 * a released file cannot change without an erratum (which refreshes that file's hash on purpose).
 * Pure apart from hashing: callers pass in the files they read.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import type { Manifest } from '../../src/lib/content-schema.ts';
import type { ContentProblem } from '../../src/integrations/content-validation.ts';

export const LOCK_FILE = 'content/versions.lock.json';

export const lockedVersionSchema = z.object({
  /** Release date, copied from the manifest when the version was released. */
  released: z.string(),
  /** The coefficient set the version pins. */
  coefficientSet: z.string(),
  /** coefficientSetHash() of that set at release: the engine may not change a pinned set. */
  coefficientSetHash: z.string().regex(/^[0-9a-f]{16}$/),
  /** Path relative to the project root -> SHA-256 (hex) of the file's bytes. */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
  /** SHA-256 of the version's frozen results (tests/golden/<version>/): its figures move only by erratum. */
  resultsHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /**
   * Source id -> SHA-256 of its entry as the version's references page prints it (reference-entries.ts).
   * The registry is shared by every version, so this is what stops a correction made for a later version
   * from silently changing a released one: it moves only through `erratum --references`.
   */
  references: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)).optional(),
});
export type LockedVersion = z.infer<typeof lockedVersionSchema>;

export const lockSchema = z.object({
  $comment: z.string().optional(),
  versions: z.record(z.string(), lockedVersionSchema),
});
export type VersionsLock = z.infer<typeof lockSchema>;

export const LOCK_COMMENT =
  'Written by `npm run guidance` (release, erratum). Do not edit by hand: a released file may change only through an erratum.';

export function sha256(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A released version is any that has left draft: current, superseded and withdrawn text is frozen. */
export const isReleased = (status: string) => status !== 'draft';

/** Files of one version folder: path relative to the root -> bytes. */
export type VersionFiles = ReadonlyMap<string, string | Uint8Array>;

export function hashFiles(files: VersionFiles): Record<string, string> {
  return Object.fromEntries([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, bytes]) => [path, sha256(bytes)]));
}

export function lockEntry(released: string, coefficientSet: string, coefficientSetHash: string, files: VersionFiles): LockedVersion {
  return { released, coefficientSet, coefficientSetHash, files: hashFiles(files) };
}

/** Serialises the lock with versions in id order, so diffs of the file stay small. */
export function serialiseLock(lock: VersionsLock): string {
  const versions = Object.fromEntries(Object.entries(lock.versions).sort(([a], [b]) => compareIds(a, b)));
  return `${JSON.stringify({ $comment: LOCK_COMMENT, versions }, null, 2)}\n`;
}

export function compareIds(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

export interface LockInputs {
  manifest: Manifest;
  /** The parsed lock file, or undefined when it is missing; `unreadable` holds a parse error. */
  lock: unknown;
  /** Files on disk per version id. */
  filesByVersion: ReadonlyMap<string, VersionFiles>;
  /** The current content hash of a coefficient set, or undefined when the engine has no such set. */
  coefficientSetHash: (id: string) => string | undefined;
  /** The entries a version's references page lists now: id -> hash, undefined when the registry lacks it. */
  referenceHashes: (versionId: string) => ReadonlyMap<string, string | undefined>;
}

/**
 * Everything that disagrees between the manifest, the lock, the files and the coefficient sets. Each
 * problem says what to do about it.
 */
export function lockProblems({ manifest, lock, filesByVersion, coefficientSetHash, referenceHashes }: LockInputs): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const parsed = lockSchema.safeParse(lock);
  if (lock === undefined) {
    const released = manifest.versions.filter((v) => isReleased(v.status));
    if (released.length)
      problems.push({
        file: LOCK_FILE,
        field: '(file)',
        message: `expected the lock file, which records the released versions (${released.map((v) => v.id).join(', ')})`,
      });
    return [...problems, ...pinProblems(manifest, coefficientSetHash)];
  }
  if (!parsed.success) {
    problems.push({
      file: LOCK_FILE,
      field: '(file)',
      message: `expected the lock written by the release tool: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    });
    return [...problems, ...pinProblems(manifest, coefficientSetHash)];
  }
  const locked = parsed.data.versions;

  for (const version of manifest.versions) {
    const entry = locked[version.id];
    if (!isReleased(version.status)) {
      if (entry)
        problems.push({
          file: LOCK_FILE,
          field: `versions.${version.id}`,
          message: `version ${version.id} is a draft in the manifest but is locked as released`,
        });
      continue;
    }
    if (!entry) {
      problems.push({
        file: LOCK_FILE,
        field: `versions.${version.id}`,
        message: `version ${version.id} is ${version.status} but not in the lock: release versions with \`npm run guidance -- release\``,
      });
      continue;
    }
    if (entry.coefficientSet !== version.coefficientSet) {
      problems.push({
        file: 'content/versions.json',
        field: `${version.id}.coefficientSet`,
        message: `version ${version.id} was released pinning ${entry.coefficientSet}, but the manifest now names ${version.coefficientSet}; a released version's coefficient set cannot change`,
      });
    }
    const hashNow = coefficientSetHash(entry.coefficientSet);
    if (hashNow === undefined) {
      problems.push({
        file: 'calculators/coefficients/',
        field: entry.coefficientSet,
        message: `coefficient set ${entry.coefficientSet}, pinned by released version ${version.id}, no longer exists in the engine`,
      });
    } else if (hashNow !== entry.coefficientSetHash) {
      problems.push({
        file: 'calculators/coefficients/',
        field: entry.coefficientSet,
        message: `coefficient set ${entry.coefficientSet} has changed since version ${version.id} pinned it (hash ${entry.coefficientSetHash}, now ${hashNow}); publish corrected values as a new set`,
      });
    }
    const onDisk = hashFiles(filesByVersion.get(version.id) ?? new Map());
    for (const [path, hash] of Object.entries(entry.files)) {
      if (!(path in onDisk))
        problems.push({
          file: path,
          field: '(file)',
          message: `a file of released version ${version.id} has been deleted; released files stay for ever`,
        });
      else if (onDisk[path] !== hash) {
        problems.push({
          file: path,
          field: '(file)',
          message: `a file of released version ${version.id} has changed since it was locked; undo the edit, or publish it as a correction with \`npm run guidance -- erratum ${version.id} --chapter <slug> --what "…" --why "…"\``,
        });
      }
    }
    problems.push(...referenceProblems(version.id, entry, referenceHashes(version.id)));
    for (const path of Object.keys(onDisk)) {
      if (!(path in entry.files))
        problems.push({
          file: path,
          field: '(file)',
          message: `a file has been added to released version ${version.id}; new text belongs in a new draft (\`npm run guidance -- new-draft\`)`,
        });
    }
  }
  for (const id of Object.keys(locked)) {
    if (!manifest.versions.some((v) => v.id === id))
      problems.push({
        file: LOCK_FILE,
        field: `versions.${id}`,
        message: `version ${id} is locked as released but is missing from the manifest; released versions are never removed`,
      });
  }
  return [...problems, ...pinProblems(manifest, coefficientSetHash)];
}

/**
 * A released version's references page against the lock: an entry it still lists whose text has changed,
 * or which the registry no longer has. Entries that join or leave the list do so with a change to a
 * chapter or to computed results, each recorded by its own erratum, so only changed text is flagged.
 */
export function referenceProblems(id: string, entry: LockedVersion, now: ReadonlyMap<string, string | undefined>): ContentProblem[] {
  const file = 'calculators/coefficients/sources.ts';
  if (!entry.references)
    return [
      {
        file: LOCK_FILE,
        field: `versions.${id}.references`,
        message: `the reference list of released version ${id} is not locked; record it once with \`npm run guidance -- init-lock --references\``,
      },
    ];
  return changedReferences(entry.references, now).map((source) => ({
    file,
    field: source,
    message: now.get(source)
      ? `the entry of ${source}, on the references page of released version ${id}, has changed since it was locked; undo the edit, or publish it as a correction with \`npm run guidance -- erratum ${id} --references --what "…" --why "…"\``
      : `${source}, on the references page of released version ${id}, is no longer in the source registry; a released version's citations need their entries, so restore it`,
  }));
}

/** Sources a version lists now whose entry differs from the locked one (or has gone), in id order. */
export function changedReferences(locked: Readonly<Record<string, string>>, now: ReadonlyMap<string, string | undefined>): string[] {
  return Object.keys(locked)
    .filter((source) => now.has(source) && now.get(source) !== locked[source])
    .sort();
}

/** Every version (drafts too) pins a coefficient set that the engine defines. */
function pinProblems(manifest: Manifest, coefficientSetHash: (id: string) => string | undefined): ContentProblem[] {
  return manifest.versions
    .filter((v) => coefficientSetHash(v.coefficientSet) === undefined)
    .map((v) => ({
      file: 'content/versions.json',
      field: `${v.id}.coefficientSet`,
      message: `version ${v.id} pins coefficient set ${v.coefficientSet}, which calculators/coefficients/ does not define`,
    }));
}
