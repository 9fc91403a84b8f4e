/** The like-for-like copy of `npm run bench:site -- --like-for-like` does what the Starlight yardstick does. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chapterWithoutComponents,
  generatedPageRoute,
  makeLikeForLike,
  PAGES_WITHOUT_EQUIVALENT,
} from '../../../scripts/bench-like-for-like.mjs';
import { chapterAsMarkdown, splitChapter } from '../../../scripts/bench-starlight.mjs';
import { generatedPages } from '../../../src/lib/paths.ts';

const front = 'title: Media use cases\ndescription: Seven worked media use cases.\nchapterId: media-use-cases\norder: 5';
const chapter = `---\n${front}\n---\n<KeyPoints>\n\n- A point about <Term id="inference">inference</Term> <Cite id="e" />.\n\n</KeyPoints>\n\n<Calculator name="counterfactual" />\n`;

describe('a chapter without its components', () => {
  it('keeps the whole front matter, so the copy passes the content schema', () => {
    expect(chapterWithoutComponents(chapter).startsWith(`---\n${front}\n---\n`)).toBe(true);
  });

  it('has the same body, word for word, as the Starlight yardstick gets', () => {
    const body = (text: string) => splitChapter(text).body;
    expect(body(chapterWithoutComponents(chapter))).toBe(body(chapterAsMarkdown(chapter)));
    expect(body(chapterWithoutComponents(chapter))).toContain('- A point about inference .');
    expect(chapterWithoutComponents(chapter)).not.toMatch(/<[A-Z]/);
  });
});

describe('the like-for-like copy', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves out only generated pages that exist, and keeps the text ones', () => {
    const generated: readonly string[] = Object.values(generatedPages);
    for (const page of PAGES_WITHOUT_EQUIVALENT) {
      expect(generated).toContain(page);
      expect(existsSync(generatedPageRoute(process.cwd(), page)), page).toBe(true);
    }
    expect(PAGES_WITHOUT_EQUIVALENT).not.toContain(generatedPages.glossary);
    expect(PAGES_WITHOUT_EQUIVALENT).not.toContain(generatedPages.changes);
  });

  it('rewrites every version’s chapters and removes those pages’ routes', () => {
    dir = mkdtempSync(join(tmpdir(), 'like-for-like-'));
    for (const version of ['1.0', '2.0']) {
      mkdirSync(join(dir, 'content/guidance', version), { recursive: true });
      writeFileSync(join(dir, 'content/guidance', version, 'media.mdx'), chapter);
    }
    writeFileSync(join(dir, 'content/guidance/README.md'), 'not a version');
    mkdirSync(join(dir, 'src/pages/[version]'), { recursive: true });
    for (const page of Object.values(generatedPages)) writeFileSync(generatedPageRoute(dir, page), '---\n---\n');

    makeLikeForLike(dir);

    for (const version of ['1.0', '2.0']) {
      expect(readFileSync(join(dir, 'content/guidance', version, 'media.mdx'), 'utf8')).toBe(chapterWithoutComponents(chapter));
    }
    for (const page of Object.values(generatedPages)) {
      expect(existsSync(generatedPageRoute(dir, page)), page).toBe(!(PAGES_WITHOUT_EQUIVALENT as readonly string[]).includes(page));
    }
  });
});
