/**
 * The frozen results of a version on disk (tests/golden/<version>/<model>/<example>.json) and their
 * hash, which the lock records for released versions so the files cannot change without an erratum.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { digestExample, type Digest } from './digest.ts';
import { computedExamples, goldenPath } from './pages.ts';

export const GOLDEN_DIR = 'tests/golden';

/** Digests of every computed example of a version, by relative path, computed now. */
export function liveResults(root: string, version: string, coefficientSet: string): Map<string, Digest> {
  const results = new Map<string, Digest>();
  for (const computed of computedExamples(root, version)) results.set(goldenPath(computed), digestExample(computed, coefficientSet));
  return results;
}

/** The stored digests of a version, by relative path (empty when none are stored). */
export function storedResults(root: string, version: string): Map<string, Digest> {
  const folder = join(root, GOLDEN_DIR, version);
  const results = new Map<string, Digest>();
  if (!existsSync(folder)) return results;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json'))
        results.set(relative(folder, path).split('\\').join('/'), JSON.parse(readFileSync(path, 'utf8')) as Digest);
    }
  };
  walk(folder);
  return results;
}

/** The text a digest is stored as: stable key order, two-space indent, final newline. */
export function goldenText(digest: Digest): string {
  return `${JSON.stringify(digest, null, 2)}\n`;
}

/** Replace a version's stored digests with `results`. */
export function writeResults(root: string, version: string, results: Map<string, Digest>): void {
  const folder = join(root, GOLDEN_DIR, version);
  rmSync(folder, { recursive: true, force: true });
  for (const [path, digest] of results) {
    const file = join(folder, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, goldenText(digest));
  }
}

/** SHA-256 over every stored digest of a version, path and text, in path order: what the lock records. */
export function resultsHash(results: Map<string, Digest>): string {
  const hash = createHash('sha256');
  for (const path of [...results.keys()].sort()) hash.update(`${path}\n${goldenText(results.get(path) as Digest)}`);
  return hash.digest('hex');
}
