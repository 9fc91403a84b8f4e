/**
 * Readability of the guidance from version 0.3 on, measured on the prose a reader sees (see
 * tests/content/support/prose.ts for what counts). Prints words, Flesch–Kincaid grade and the longest
 * sentence per chapter, and fails beyond the limits of issue 14.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../src/integrations/content-files.ts';
import { validateContentTree } from '../../src/integrations/content-validation.ts';
import { compareIds } from '../../scripts/guidance/versions-lock.ts';
import { ruleTextPlain } from '../../src/lib/rulebook.ts';
import { proseOf, readability, type ReadabilityFigures } from './support/prose.ts';

const root = join(import.meta.dirname, '../..');
const content = validateContentTree(readContentTree(root));

const FIRST_MEASURED_VERSION = '0.3';
const MAX_WORDS_PER_VERSION = 16_000;
const MAX_GRADE = 12;
const MAX_SENTENCE_WORDS = 40;
const MAX_QUICK_START_WORDS = 1_000;

/**
 * Published figures that are discussed in full in one chapter and linked from the others. Each pattern may
 * appear in at most one chapter of a version.
 */
const FIGURES_DISCUSSED_ONCE: Record<string, RegExp> = {
  "Google's comprehensive 0.24 Wh": /0\.24\s*Wh/,
  "Google's narrow 0.10 Wh": /0\.10\s*Wh/,
  "Meta's 11,390 tCO2e": /11,390/,
  "Mistral's 1.14 gCO2e": /1\.14\s*g/,
  "OpenAI's 0.34 Wh": /0\.34\s*Wh/,
  "BLOOM's 50.5 tCO2e": /50\.5\s*t/,
  "Epoch's 0.301 Wh": /0\.301\s*Wh/,
  "GPT-3's 552 tCO2e": /552\s*t/,
  "IEA's 415 TWh": /415\s*TWh/,
  "Carbon Trust's 55 gCO2e per hour": /55\s*gCO2e/,
  "Tomlinson's 1,400 gCO2e per page": /1,400\s*gCO2e/,
  "ML.ENERGY's 80.3 Wh per video": /80\.3\s*Wh/,
};

const versions = (content.manifest?.versions ?? []).map((v) => v.id).filter((id) => compareIds(id, FIRST_MEASURED_VERSION) >= 0);

describe.each(versions)('readability of version %s', (version) => {
  const rulebook = content.rulebooks.get(version);
  const ruleText = (id: string) => {
    const rule = rulebook?.rules.find((r) => r.id === id);
    return rule && `${rule.title}. ${ruleTextPlain(rule.text)}`;
  };
  const chapters = content.chapters
    .filter((c) => c.version === version)
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order)
    .map((c) => {
      const source = readFileSync(join(root, c.file), 'utf8');
      return { ...c, source, figures: readability(proseOf(source, ruleText)) };
    });

  it('prints words, grade and longest sentence per chapter, and stays within the word budget', () => {
    const row = (name: string, f: Pick<ReadabilityFigures, 'words' | 'grade' | 'longestSentenceWords'>) =>
      `${name.padEnd(34)} ${String(f.words).padStart(6)} ${f.grade.toFixed(1).padStart(6)} ${String(f.longestSentenceWords).padStart(8)}`;
    const total = chapters.reduce((sum, c) => sum + c.figures.words, 0);
    console.log(
      [
        `Readability of version ${version} (provisions counted in their chapters):`,
        `${'chapter'.padEnd(34)} ${'words'.padStart(6)} ${'grade'.padStart(6)} ${'longest'.padStart(8)}`,
        ...chapters.map((c) => row(c.slug, c.figures)),
        `${'total'.padEnd(34)} ${String(total).padStart(6)}`,
      ].join('\n'),
    );
    expect(total, `version ${version}: words of prose`).toBeLessThanOrEqual(MAX_WORDS_PER_VERSION);
  });

  it.each(chapters.map((c) => [c.slug, c] as const))('%s: grade at most 12, no sentence over 40 words', (_slug, chapter) => {
    expect(chapter.figures.grade, `${chapter.file}: Flesch–Kincaid grade`).toBeLessThanOrEqual(MAX_GRADE);
    expect(chapter.figures.longestSentenceWords, `${chapter.file}: longest sentence: "${chapter.figures.longestSentence}"`).toBeLessThanOrEqual(MAX_SENTENCE_WORDS);
  });

  it('has a quick start of at most 1,000 words', () => {
    const quickStart = chapters.find((c) => c.slug === 'quick-start');
    expect(quickStart, `content/guidance/${version}/quick-start.mdx`).toBeDefined();
    expect(quickStart!.figures.words).toBeLessThanOrEqual(MAX_QUICK_START_WORDS);
  });

  it.each(Object.entries(FIGURES_DISCUSSED_ONCE))('discusses %s in one chapter only', (_name, pattern) => {
    const where = chapters.filter((c) => pattern.test(c.source)).map((c) => c.file);
    expect(where.length, `found in ${where.join(', ')}`).toBeLessThanOrEqual(1);
  });
});
