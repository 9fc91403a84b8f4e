/**
 * The project's import graph, read from source text: which files and packages each file imports at run
 * time. `import type` and `export type` are left out (erased before anything runs); dynamic import() is
 * kept (it still loads the module). Reads .ts, .tsx, .mjs and .astro files (front matter and scripts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx|mjs|astro)$/;

/** Every source file under the given project folders, as project-relative paths. */
export function sourceFiles(...folders: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name)) files.push(relative(projectRoot, path).split('\\').join('/'));
    }
  };
  for (const folder of folders) walk(join(projectRoot, folder));
  return files.sort();
}

const STATIC = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

export interface Imports {
  /** Project files, project-relative. */
  files: string[];
  /** Bare specifiers: packages, node: built-ins, astro: virtual modules. */
  packages: string[];
  /** Relative specifiers that name no file as written (a missing extension, a typo). */
  unresolved: string[];
}

const cache = new Map<string, Imports>();

export function importsOf(file: string): Imports {
  const cached = cache.get(file);
  if (cached) return cached;
  const text = readFileSync(join(projectRoot, file), 'utf8');
  const specifiers = [...text.matchAll(STATIC), ...text.matchAll(DYNAMIC)].map((m) => m[1]!);
  const result: Imports = { files: [], packages: [], unresolved: [] };
  for (const specifier of specifiers) {
    if (!specifier.startsWith('.')) {
      result.packages.push(specifier);
      continue;
    }
    const target = resolve(dirname(join(projectRoot, file)), specifier.split('?')[0]!);
    if (existsSync(target) && statSync(target).isFile()) result.files.push(relative(projectRoot, target).split('\\').join('/'));
    else result.unresolved.push(specifier);
  }
  cache.set(file, result);
  return result;
}

/**
 * Every project file reachable from `entry`, each with the chain of imports that reaches it (for
 * messages that say how a forbidden module got in).
 */
export function reachable(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const next of importsOf(file).files) {
      if (chains.has(next) || !SOURCE.test(next)) continue;
      chains.set(next, [...chains.get(file)!, next]);
      queue.push(next);
    }
  }
  return chains;
}
