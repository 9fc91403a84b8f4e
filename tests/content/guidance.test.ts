/**
 * The guidance text as a whole: front matter, citations, glossary links, embedded calculators and
 * worked examples, internal links, requirements and the absence of filler. Runs on the real content/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../src/integrations/content-files.ts';
import { validateContentTree } from '../../src/integrations/content-validation.ts';
import { calculators, isCalculatorName } from '../../src/lib/calculators.ts';
import { componentUses, emptySections, linkTargets, proseWordCount, stripFrontmatter } from '../support/mdx-scan.ts';
import { generatedPages } from '../../src/lib/paths.ts';
import { getSource } from '../../calculators/coefficients/sources.ts';
import { models } from '../../calculators/index.ts';

const root = join(import.meta.dirname, '../..');
const content = validateContentTree(readContentTree(root));
const chapters = content.chapters.map((chapter) => ({ ...chapter, source: readFileSync(join(root, chapter.file), 'utf8') }));
const versions = content.manifest?.versions ?? [];

describe('the real content', () => {
  it('passes every schema and cross-file rule', () => {
    expect(content.problems).toEqual([]);
    expect(versions.map((v) => v.id)).toEqual(expect.arrayContaining(['0.1', '0.2']));
  });

  it('has a glossary for every version with glossary links', () => {
    for (const chapter of chapters) {
      if (componentUses(chapter.source, ['Term']).length) expect(content.glossaries.has(chapter.version), chapter.file).toBe(true);
    }
  });
});

describe.each(chapters.map((c) => [c.file, c] as const))('%s', (_file, chapter) => {
  const body = stripFrontmatter(chapter.source);
  const where = (line: number) => `${chapter.file}:${line}`;

  it('cites only sources in the registry', () => {
    for (const use of componentUses(body, ['Cite'])) {
      expect(getSource(use.attributes.id ?? ''), `${where(use.line)} <Cite id="${use.attributes.id}">`).toBeDefined();
    }
  });

  it('links only to glossary terms of its own version', () => {
    const ids = new Set(content.glossaries.get(chapter.version)?.terms.map((t) => t.id));
    for (const use of componentUses(body, ['Term'])) {
      expect(ids.has(use.attributes.id ?? ''), `${where(use.line)} <Term id="${use.attributes.id}">`).toBe(true);
    }
  });

  it('embeds calculators and worked examples that exist and evaluate to numbers', () => {
    const embedded = componentUses(body, ['Calculator']);
    for (const use of embedded) {
      const name = use.attributes.name;
      expect(isCalculatorName(name), `${where(use.line)} unknown calculator "${name}"`).toBe(true);
      expect(chapter.frontmatter.relatedCalculators, `${where(use.line)}: list "${name}" in relatedCalculators`).toContain(name);
    }
    const examples = [
      ...embedded.map((u) => ({ model: isCalculatorName(u.attributes.name) ? calculators[u.attributes.name].model : undefined, example: u.attributes.example, line: u.line })),
      ...componentUses(body, ['WorkedExample']).map((u) => ({ model: u.attributes.model, example: u.attributes.example, line: u.line })),
    ];
    for (const { model, example, line } of examples) {
      const engine = models[model as keyof typeof models];
      expect(engine, `${where(line)} unknown model "${model}"`).toBeDefined();
      const input = (engine.examples as Record<string, { input: unknown }>)[example ?? ''];
      expect(input, `${where(line)} unknown ${model} example "${example}"`).toBeDefined();
      const outcome = engine.evaluate(input!.input, { coefficientSet: versions.find((v) => v.id === chapter.version)?.coefficientSet });
      expect(outcome.ok, `${where(line)} ${model}/${example} does not evaluate: ${JSON.stringify(outcome)}`).toBe(true);
      expect(JSON.stringify(outcome)).toMatch(/\d/);
    }
  });

  it('links only to pages that exist', () => {
    const slugs = new Map(versions.map((v) => [v.id, new Set([...chapters.filter((c) => c.version === v.id).map((c) => c.slug), ...Object.values(generatedPages)])]));
    for (const target of linkTargets(body)) {
      if (/^(https?:|mailto:|#)/.test(target)) continue;
      if (target.startsWith('/downloads/')) continue; // generated downloads, checked by the build tests
      const relative = /^\.\.\/(?:\.\.\/([\d.]+)\/)?([a-z0-9-]+)\/(?:#[\w-]+)?$/.exec(target);
      expect(relative, `${chapter.file}: link "${target}" should be ../<chapter>/ or ../../<version>/<chapter>/`).not.toBeNull();
      const version = relative![1] ?? chapter.version;
      expect(slugs.get(version)?.has(relative![2]!), `${chapter.file}: link "${target}" leads nowhere`).toBe(true);
    }
  });

  it('numbers its requirements uniquely with a defined level', () => {
    // The rulebook form (<Requirement id="BND-1" />) takes its level from rules.yaml; the rulebook tests check it.
    const uses = componentUses(body, ['Requirement']).filter((use) => !content.rulebooks.has(chapter.version) || use.attributes.level !== undefined);
    for (const use of uses) expect(['shall', 'should', 'may'], `${where(use.line)}`).toContain(use.attributes.level);
    const others = chapters.filter((c) => c.version === chapter.version && c.file !== chapter.file).flatMap((c) => componentUses(c.source, ['Requirement']).map((u) => u.attributes.id));
    const ids = uses.map((u) => u.attributes.id);
    expect(new Set(ids).size, `${chapter.file}: duplicate requirement id`).toBe(ids.length);
    for (const id of ids) expect(others, `${chapter.file}: requirement ${id} also used in another chapter`).not.toContain(id);
  });

  it('opens with key points and has no filler or empty section', () => {
    expect(body).toMatch(/^\s*<KeyPoints>/);
    expect(body).not.toMatch(/\b(TODO|TBD|FIXME|lorem ipsum|lorem)\b/i);
    expect(emptySections(chapter.source)).toEqual([]);
    expect(chapter.frontmatter.summary.length).toBeGreaterThan(60);
  });

  it('is substantive', () => {
    // The scoping note (0.1) is short by design; 0.2's chapters are full chapters. From 0.3 the guidance has a
    // word budget (tests/content/readability.test.ts) and a one-page quick start, so the floor is lower.
    const minimum = chapter.version === '0.1' ? 350 : chapter.version === '0.2' ? 1_200 : 500;
    expect(proseWordCount(chapter.source)).toBeGreaterThanOrEqual(minimum);
  });
});
