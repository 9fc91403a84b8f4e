/**
 * Released versions are frozen: every file of a released version matches the hash recorded in
 * content/versions.lock.json (changed only through `npm run guidance -- erratum`), and every pinned
 * coefficient set still has the content it had at release. Also: the version switcher never leads to a
 * page that does not exist.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProblems } from '../../scripts/guidance/main.ts';
import { readContentTree } from '../../src/integrations/content-files.ts';
import { validateContentTree } from '../../src/integrations/content-validation.ts';
import type { ChapterRef } from '../../src/lib/navigation.ts';
import { generatedPages } from '../../src/lib/paths.ts';
import { switchHrefAcross } from '../../src/lib/version-switch.ts';

const root = join(import.meta.dirname, '../..');

describe('released versions', () => {
  it('match the lock, with their coefficient sets unchanged (`npm run guidance -- check`)', () => {
    expect(checkProblems(root).map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([]);
  });
});

describe('the version switcher', () => {
  it('links every chapter of every version to a page that exists in every other version', () => {
    const { chapters, manifest } = validateContentTree(readContentTree(root));
    const versions = (manifest?.versions ?? []).map((v) => ({
      id: v.id,
      refs: chapters.filter((c) => c.version === v.id).map((c): ChapterRef => ({ version: v.id, slug: c.slug, chapterId: c.frontmatter.chapterId, order: c.frontmatter.order, title: c.frontmatter.title, previousChapterIds: c.frontmatter.previousChapterIds })),
    }));
    const pages = new Set(versions.flatMap((v) => [`/${v.id}/`, ...v.refs.map((c) => `/${v.id}/${c.slug}/`)]));
    const broken: string[] = [];
    for (const from of versions) {
      for (const chapter of from.refs) {
        for (const to of versions) {
          const href = switchHrefAcross({ kind: 'chapter', chapter }, from.id, to.id, versions);
          if (!pages.has(href)) broken.push(`${from.id}/${chapter.slug} -> ${href}`);
        }
      }
      const href = switchHrefAcross({ kind: 'generated', slug: generatedPages.changes, availableIn: versions.map((v) => v.id) }, from.id, from.id, versions);
      expect(href).toBe(`/${from.id}/changes/`);
    }
    expect(broken).toEqual([]);
    // The renamed chapter of 0.1 lands on its successor in 0.2.
    expect(switchHrefAcross({ kind: 'chapter', chapter: versions[0]!.refs.find((c) => c.slug === 'purpose-and-scope')! }, '0.1', '0.2', versions)).toBe('/0.2/introduction/');
  });
});
