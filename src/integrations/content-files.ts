/**
 * Reads the content folder from disk into the plain tree that `validateContentTree` checks.
 * Used by the content guard (before Astro builds) and by the content tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ContentTree, RulebookSource } from './content-validation.ts';

/** The file name of a version's rulebook (see rulebookSchema in content-schema.ts). */
export const RULEBOOK_FILE = 'rules.yaml';

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
    ? readdirSync(guidanceDir).filter((name) => statSync(join(guidanceDir, name)).isDirectory()).sort()
    : [];

  const rulebooks: RulebookSource[] = [];
  const tree: ContentTree = { manifestFile: rel(manifestPath), manifest, versionFolders, chapters: [], glossaries: [], rulebooks };
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
        let data: unknown;
        try {
          data = parseYaml(readFileSync(path, 'utf8')) ?? {};
        } catch (error) {
          data = { __yamlError: (error as Error).message };
        }
        rulebooks.push({ file: rel(path), version, data });
      }
    }
  }
  return tree;
}
