/**
 * What every command of the release tool shares: refusing (a refusal writes nothing), reading and
 * writing the manifest and the lock, and the files of a version folder.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { coefficientSetHash, getCoefficientSet } from '../../calculators/coefficients/index.ts';
import { manifestSchema, versionIdSchema, type Manifest, type VersionEntryInput } from '../../src/lib/content-schema.ts';
import { compareIds, LOCK_FILE, lockSchema, type VersionFiles, type VersionsLock } from './versions-lock.ts';

export const MANIFEST_FILE = 'content/versions.json';

/** Where a command's lines go; injected so the tests can read them. */
export type Print = (line: string) => void;

/** A command's reasoned refusal: the dispatcher prints it and reports that nothing was changed. */
export class Refusal extends Error {}
export const refuse = (message: string): never => {
  throw new Refusal(message);
};

/** The manifest as written on disk, defaults not applied, which the commands edit and write back. */
export interface RawManifest {
  $comment?: string;
  versions: VersionEntryInput[];
}

export function readRawManifest(root: string): RawManifest {
  const path = join(root, MANIFEST_FILE);
  if (!existsSync(path)) refuse(`${MANIFEST_FILE} does not exist`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as RawManifest;
  } catch (error) {
    return refuse(`${MANIFEST_FILE} is not valid JSON: ${(error as Error).message}`);
  }
}

export function parseManifest(raw: RawManifest): Manifest {
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) refuse(`${MANIFEST_FILE} is invalid; run \`npm run guidance -- check\` for details`);
  return parsed.data!;
}

/** Only ever called after every refusal check has passed. */
export function writeManifest(root: string, raw: RawManifest): void {
  // Validate what we are about to write: the tool must never leave an invalid manifest behind.
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) refuse(`the resulting manifest would be invalid: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  writeFileSync(join(root, MANIFEST_FILE), `${JSON.stringify(raw, null, 2)}\n`);
}

/** The lock file as parsed JSON, undefined when missing, or `{ unreadable }` when it is not JSON. */
export function readLock(root: string): unknown {
  const path = join(root, LOCK_FILE);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { unreadable: (error as Error).message };
  }
}

export function lockOrEmpty(root: string): VersionsLock {
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

/** The content hash of a coefficient set the engine defines, or undefined. */
export const setHash = (id: string) => {
  const set = getCoefficientSet(id);
  return set ? coefficientSetHash(set) : undefined;
};

export function requireVersionId(id: string | undefined, what: string): string {
  if (!id) return refuse(`name the ${what}, e.g. 0.3`);
  if (!versionIdSchema.safeParse(id).success) refuse(`"${id}" is not a valid version id: expected digits, a dot, digits, e.g. 0.3`);
  return id;
}

export function nextMinor(ids: string[]): string {
  const highest = [...ids].sort(compareIds).at(-1) ?? '0.0';
  const [major = 0, minor = 0] = highest.split('.').map(Number);
  return `${major}.${minor + 1}`;
}
