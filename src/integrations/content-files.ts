/**
 * Reads the content folder from disk into the plain tree that `validateContentTree` checks.
 * Used by the content guard (before Astro builds) and by the content tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ContentTree, DataFileSource, RulebookSource } from './content-validation.ts';

/** The file name of a version's rulebook (see rulebookSchema in content-schema.ts). */
export const RULEBOOK_FILE = 'rules.yaml';
/** The file name of a version's equations annex (see equationsAnnexSchema in content-schema.ts). */
export const EQUATIONS_FILE = 'equations.yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Returns the parsed YAML front matter of an MDX file, or an object explaining why there is none. */
export function readFrontmatter(source: string): unknown {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  return parseYaml(match[1] ?? '') ?? {};
}

export function readContentTree(rootDir: string): ContentTree {
  const contentDir = join(rootDir, 'content');
  const guidanceDir = join(contentDir, 'guidance');
  const manifestPath = join(contentDir, 'versions.json');
  const rel = (path: string) => relative(rootDir, path).split('\\').join('/');

  let manifest: unknown = undefined;
  if (existsSync(manifestPath)) {
    try {
      manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    } catch (error) {
      manifest = { __unreadable: (error as Error).message };
    }
  }

  const versionFolders = existsSync(guidanceDir)
    ? readdirSync(guidanceDir)
        .filter((name) => statSync(join(guidanceDir, name)).isDirectory())
        .sort()
    : [];

  const rulebooks: RulebookSource[] = [];
  const equationAnnexes: DataFileSource[] = [];
  const tree: ContentTree = {
    manifestFile: rel(manifestPath),
    manifest,
    versionFolders,
    chapters: [],
    glossaries: [],
    rulebooks,
    equationAnnexes,
  };
  for (const version of versionFolders) {
    const dir = join(guidanceDir, version);
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name.endsWith('.mdx')) {
        const source = readFileSync(path, 'utf8');
        let frontmatter: unknown;
        try {
          frontmatter = readFrontmatter(source);
        } catch (error) {
          frontmatter = { __yamlError: (error as Error).message };
        }
        tree.chapters.push({ file: rel(path), version, slug: name.replace(/\.mdx$/, ''), frontmatter, source });
      } else if (name === 'glossary.json') {
        let data: unknown;
        try {
          data = JSON.parse(readFileSync(path, 'utf8'));
        } catch (error) {
          data = { __unreadable: (error as Error).message };
        }
        tree.glossaries.push({ file: rel(path), version, data });
      } else if (name === RULEBOOK_FILE) {
        rulebooks.push({ file: rel(path), version, data: readYamlFile(path) });
      } else if (name === EQUATIONS_FILE) {
        equationAnnexes.push({ file: rel(path), version, data: readYamlFile(path) });
      }
    }
  }
  return tree;
}

/** A YAML data file's content, or a marker saying why it could not be parsed. */
function readYamlFile(path: string): unknown {
  try {
    return parseYaml(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    return { __yamlError: (error as Error).message };
  }
}
