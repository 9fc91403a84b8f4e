/**
 * The rulebook of each version from 0.3 on: size limits, the ids the engine's conformance check relies on,
 * unique ids, the map from the previous version's numbered provisions, and normative words only inside
 * provision boxes. Prints the counts per version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readContentTree } from '../../src/integrations/content-files.ts';
import { validateContentTree } from '../../src/integrations/content-validation.ts';
import { legacyProvisions, provisionMap, rulebookCounts } from '../../src/lib/rulebook.ts';
import { stripFrontmatter } from '../support/mdx-scan.ts';
import { normativeUses, proseOf } from './support/prose.ts';

const root = join(import.meta.dirname, '../..');
const content = validateContentTree(readContentTree(root));
const bodyOf = (file: string) => stripFrontmatter(readFileSync(join(root, file), 'utf8'));
const versionsWithRulebook = [...content.rulebooks.keys()].sort();

/** Limits of issue 14 for the rulebook of 0.3 (and later versions until the working group changes them). */
const MAX_PROVISIONS = 45;
const MAX_SHALL = 25;

/** Ids and levels the engine's conformance check reads; their meaning is fixed too (see rules.yaml). */
const FIXED = { 'BND-1': 'shall', 'BND-2': 'shall', 'RPT-1': 'shall', 'UNC-1': 'shall', 'UNC-2': 'shall', 'DQ-1': 'shall', 'CF-1': 'shall' } as const;

describe('rulebooks', () => {
  it('exist from version 0.3 on', () => {
    expect(versionsWithRulebook).toContain('0.3');
  });
});

describe.each(versionsWithRulebook)('rulebook of version %s', (version) => {
  const rulebook = content.rulebooks.get(version)!;
  const file = `content/guidance/${version}/rules.yaml`;
  const chapters = content.chapters.filter((c) => c.version === version);

  it(`has at most ${MAX_PROVISIONS} provisions, at most ${MAX_SHALL} of them "shall"`, () => {
    const counts = rulebookCounts(rulebook);
    console.log(`${file}: ${counts.total} provisions (${counts.shall} shall, ${counts.should} should, ${counts.may} may)`);
    expect(counts.total).toBeLessThanOrEqual(MAX_PROVISIONS);
    expect(counts.shall).toBeLessThanOrEqual(MAX_SHALL);
  });

  it('keeps the ids and levels the engine checks conformance against', () => {
    for (const [id, level] of Object.entries(FIXED)) {
      expect(rulebook.rules.find((r) => r.id === id)?.level, `${file}: ${id}`).toBe(level);
    }
  });

  it('states each provision once: no rule id twice in the file', () => {
    // Read the YAML again, without the schema, so a duplicate cannot hide behind a parse step.
    const raw = parseYaml(readFileSync(join(root, file), 'utf8')) as { rules: { id: string }[] };
    const ids = raw.rules.map((r) => r.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates, `${file}: duplicate rule ids`).toEqual([]);
  });

  it('maps every numbered provision of the version it replaces, to a rule or a stated retirement', () => {
    if (!rulebook.replacesVersion) return;
    const old = legacyProvisions(
      content.chapters.filter((c) => c.version === rulebook.replacesVersion).map((c) => ({ slug: c.slug, body: bodyOf(c.file) })),
    );
    expect(old.length).toBeGreaterThan(0);
    const unmapped = provisionMap(old, rulebook).filter((row) => !row.rules.length && row.retiredReason === undefined).map((row) => row.old.id);
    expect(unmapped, `${file}: provisions of ${rulebook.replacesVersion} with no rule and no retirement`).toEqual([]);
  });

  it('uses "shall", "must", "should" and "may" only inside provision boxes', () => {
    const found: string[] = [];
    for (const chapter of chapters) {
      const source = readFileSync(join(root, chapter.file), 'utf8');
      // Rule boxes are left out: proseOf without a rule text drops <Requirement id="…" />.
      const prose = proseOf(source);
      for (const block of [...prose.sentenceBlocks, ...prose.otherBlocks]) {
        for (const word of normativeUses(block)) found.push(`${chapter.file}: "${word}" in: ${block.slice(0, 120)}`);
      }
      const fm = chapter.frontmatter;
      for (const [field, text] of [['title', fm.title], ['description', fm.description], ['summary', fm.summary]] as const) {
        for (const word of normativeUses(text)) found.push(`${chapter.file}: "${word}" in front matter field ${field}`);
      }
    }
    for (const term of content.glossaries.get(version)?.terms ?? []) {
      for (const word of normativeUses(term.definition)) found.push(`content/guidance/${version}/glossary.json: "${word}" in the definition of ${term.id}`);
    }
    // The equations annex is the version's prose too: its words explain equations, they never require.
    for (const section of content.equationAnnexes.get(version)?.sections ?? []) {
      const texts = [section.title, section.intro, ...section.equations.flatMap((e) => [e.title, e.explanation, ...e.symbols.map((s) => s.meaning)])];
      for (const text of texts) for (const word of normativeUses(text)) found.push(`content/guidance/${version}/equations.yaml: "${word}" in: ${text.slice(0, 120)}`);
    }
    // So are the reasons a provision of the previous version was retired (shown on the compare pages).
    for (const retired of rulebook.retired) {
      for (const word of normativeUses(retired.reason)) found.push(`${file}: "${word}" in the reason ${retired.id} was retired`);
    }
    expect(found).toEqual([]);
  });
});
