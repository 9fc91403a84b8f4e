import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContentTree } from '../../../src/integrations/content-files.ts';
import { formatProblems, validateContentTree, type ContentTree } from '../../../src/integrations/content-validation.ts';
import { contentGuard } from '../../../src/integrations/content-guard.ts';

const fixture = join(import.meta.dirname, '../../fixtures/content-good');
const temps: string[] = [];

/** A writable copy of the good fixture, so each test can break one thing. */
function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(fixture, dir, { recursive: true });
  temps.push(dir);
  return dir;
}
const chapterPath = (root: string, version: string, slug: string) => join(root, 'content/guidance', version, `${slug}.mdx`);
function editFile(path: string, edit: (text: string) => string) {
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}
function problemsOf(root: string) {
  return validateContentTree(readContentTree(root)).problems;
}

afterEach(() => {
  while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
});

describe('content validation', () => {
  it('accepts the good fixture and reads every chapter and glossary', () => {
    const result = validateContentTree(readContentTree(fixture));
    expect(result.problems).toEqual([]);
    expect(result.chapters.map((c) => `${c.version}/${c.slug}`).sort()).toEqual([
      '1.0/principles',
      '1.0/scope',
      '1.1/boundaries',
      '1.1/scope-and-purpose',
    ]);
    expect(result.glossaries.get('1.1')?.terms).toHaveLength(2);
    expect(result.chapters.find((c) => c.slug === 'principles')?.frontmatter.relatedCalculators).toEqual([]);
  });

  it('names the file, the field and what was expected for a wrong type', () => {
    const root = copyFixture();
    editFile(chapterPath(root, '1.1', 'boundaries'), (t) => t.replace('order: 2', 'order: two'));
    const problems = problemsOf(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/guidance/1.1/boundaries.mdx', field: 'order' });
    expect(problems[0]!.message).toMatch(/whole number/);
  });

  it('reports a missing required field', () => {
    const root = copyFixture();
    editFile(chapterPath(root, '1.0', 'scope'), (t) => t.replace(/^summary:.*\n/m, ''));
    expect(problemsOf(root)).toEqual([expect.objectContaining({ file: 'content/guidance/1.0/scope.mdx', field: 'summary' })]);
  });

  it('reports a malformed date and an unknown calculator', () => {
    const root = copyFixture();
    editFile(chapterPath(root, '1.1', 'boundaries'), (t) =>
      t.replace('lastReviewed: 2025-06-01', 'lastReviewed: June 2025').replace('[boundary-explorer]', '[carbon-oracle]'),
    );
    const fields = problemsOf(root)
      .map((p) => p.field)
      .sort();
    expect(fields).toEqual(['lastReviewed', 'relatedCalculators.0']);
  });

  it('rejects a file without front matter or with broken YAML', () => {
    const root = copyFixture();
    writeFileSync(chapterPath(root, '1.0', 'scope'), 'No front matter here.');
    writeFileSync(chapterPath(root, '1.0', 'principles'), '---\ntitle: [unclosed\n---\n');
    const problems = problemsOf(root);
    expect(problems.map((p) => p.file).sort()).toEqual(['content/guidance/1.0/principles.mdx', 'content/guidance/1.0/scope.mdx']);
    expect(problems.find((p) => p.file.endsWith('scope.mdx'))!.message).toMatch(/front matter/);
    expect(problems.find((p) => p.file.endsWith('principles.mdx'))!.message).toMatch(/valid YAML/);
  });

  it('requires unique chapter orders and chapter ids within a version, not across versions', () => {
    const root = copyFixture();
    editFile(chapterPath(root, '1.1', 'boundaries'), (t) => t.replace('order: 2', 'order: 1'));
    const problems = problemsOf(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'order' });
    expect(problems[0]!.message).toMatch(
      /expected order to be unique within version 1\.1, but 1 is also used by content\/guidance\/1\.1\/boundaries\.mdx/,
    );
  });

  it('requires exactly one current version', () => {
    const root = copyFixture();
    editFile(join(root, 'content/versions.json'), (t) => t.replace('"superseded"', '"current"'));
    const problems = problemsOf(root);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/versions.json', field: 'versions' })]);
    expect(problems[0]!.message).toMatch(/exactly one version with status "current", found 2 \(1\.0, 1\.1\)/);
  });

  it('requires a reason for a withdrawn version', () => {
    const root = copyFixture();
    editFile(join(root, 'content/versions.json'), (t) => t.replace('"superseded"', '"withdrawn"'));
    expect(problemsOf(root)).toEqual([expect.objectContaining({ field: 'versions.0.withdrawnReason' })]);
  });

  it('keeps the manifest and the version folders in step both ways', () => {
    const root = copyFixture();
    cpSync(join(root, 'content/guidance/1.0'), join(root, 'content/guidance/2.0'), { recursive: true });
    editFile(join(root, 'content/versions.json'), (t) => t.replace('"id": "1.0"', '"id": "0.9"'));
    const messages = problemsOf(root).map((p) => `${p.file} ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/content\/guidance\/1\.0\/ .*"1\.0" is not/));
    expect(messages).toContainEqual(expect.stringMatching(/content\/guidance\/2\.0\/ .*"2\.0" is not/));
    expect(messages).toContainEqual(expect.stringMatching(/content\/versions\.json .*folder content\/guidance\/0\.9\//));
  });

  it('validates glossary cross-references', () => {
    const root = copyFixture();
    editFile(join(root, 'content/guidance/1.1/glossary.json'), (t) =>
      t.replace('"seeAlso": ["system-boundary"]', '"seeAlso": ["carbon-unicorn"]'),
    );
    expect(problemsOf(root)).toEqual([expect.objectContaining({ file: 'content/guidance/1.1/glossary.json', field: 'terms.0.seeAlso.0' })]);
  });

  it('formats problems as one readable message', () => {
    const tree: ContentTree = {
      manifestFile: 'content/versions.json',
      manifest: undefined,
      versionFolders: [],
      chapters: [],
      glossaries: [],
    };
    const text = formatProblems(validateContentTree(tree).problems);
    expect(text).toMatch(/^The guidance content has 1 problem:\n {2}- content\/versions\.json: expected the manifest file to exist/);
  });

  it('stops the Astro build with that message (the content guard)', () => {
    const root = copyFixture();
    editFile(chapterPath(root, '1.1', 'boundaries'), (t) => t.replace('chapterId: boundaries', 'chapterId: Boundaries Chapter'));
    const hook = contentGuard().hooks['astro:config:setup'] as unknown as (options: unknown) => void;
    const logger = { info: () => undefined };
    expect(() => hook({ config: { root: new URL(`file://${root}/`) }, logger })).toThrow(
      /content\/guidance\/1\.1\/boundaries\.mdx: field "chapterId": expected lower-case words joined by hyphens/,
    );
    expect(() => hook({ config: { root: new URL(`file://${fixture}/`) }, logger })).not.toThrow();
  });

  it('reserves the slugs of generated pages', () => {
    const root = copyFixture();
    cpSync(chapterPath(root, '1.1', 'boundaries'), chapterPath(root, '1.1', 'changes'));
    editFile(chapterPath(root, '1.1', 'changes'), (t) =>
      t.replace('chapterId: boundaries', 'chapterId: changes-chapter').replace(/^order: \d+$/m, 'order: 42'),
    );
    expect(problemsOf(root)).toEqual([
      expect.objectContaining({
        file: 'content/guidance/1.1/changes.mdx',
        field: '(file name)',
        message: expect.stringMatching(/address of a generated page/),
      }),
    ]);
  });

  it('checks errata: a real chapter of the version, not before the release, never on a draft', () => {
    const root = copyFixture();
    const manifestPath = join(root, 'content/versions.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const released = manifest.versions.find((v: { status: string }) => v.status !== 'draft');
    released.errata = [
      { date: released.released, chapter: 'no-such-chapter', what: 'Corrected a figure.', why: 'It was wrong.' },
      { date: '1999-01-01', chapter: 'no-such-chapter', what: 'Corrected a figure.', why: 'It was wrong.' },
    ];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const messages = problemsOf(root).map((p) => `${p.field}: ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/errata\.1\.date: an erratum cannot predate the release/));
    released.errata = [released.errata[0]];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    expect(problemsOf(root).map((p) => `${p.field}: ${p.message}`)).toContainEqual(
      expect.stringMatching(/errata\.0\.chapter: expected the slug of a chapter of version .*no-such-chapter\.mdx does not exist/),
    );
  });

  it('checks errata of references: registered source ids, and an erratum names what it corrected', () => {
    const root = copyFixture();
    const manifestPath = join(root, 'content/versions.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const released = manifest.versions.find((v: { status: string }) => v.status !== 'draft');
    const erratum = { date: released.released, what: 'Corrected an entry.', why: 'It named a republisher.' };
    released.errata = [{ ...erratum, sources: ['ember-2024'] }];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    expect(problemsOf(root)).toEqual([]);

    released.errata = [{ ...erratum, sources: ['ember-2024', 'no-such-source'] }];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    expect(problemsOf(root).map((p) => `${p.field}: ${p.message}`)).toEqual([
      expect.stringMatching(
        /errata\.0\.sources\.1: expected a source id from calculators\/coefficients\/sources\.ts, but "no-such-source"/,
      ),
    ]);

    // Neither a chapter, nor figures, nor sources: the erratum says nothing about where the correction is.
    released.errata = [erratum];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    expect(problemsOf(root).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/names its corrected chapter, the figures it moved or the source entries it corrected/),
    );
  });
});

describe('rulebook validation', () => {
  const rulesPath = (root: string) => join(root, 'content/guidance/1.1/rules.yaml');

  it('reads the fixture rulebook and accepts it', () => {
    const result = validateContentTree(readContentTree(fixture));
    expect(result.problems).toEqual([]);
    expect(result.rulebooks.get('1.1')?.rules.map((r) => r.id)).toEqual(['BND-1', 'FU-1']);
  });

  it('fails on a duplicate rule id, naming the file and the field', () => {
    const root = copyFixture();
    editFile(rulesPath(root), (t) => t.replace('- id: FU-1', '- id: BND-1'));
    const problems = problemsOf(root);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/guidance/1.1/rules.yaml',
        field: 'rules.1.id',
        message: expect.stringMatching(/"BND-1" is used twice/),
      }),
    );
  });

  it('names the field and what was expected for a malformed id, level, audience or title', () => {
    const root = copyFixture();
    editFile(rulesPath(root), (t) =>
      t
        .replace('- id: FU-1', '- id: fu1')
        .replace('level: should', 'level: must')
        .replace('[practitioner, reporting-lead]', '[editors]')
        .replace('title: A fixture unit rule', 'title: A fixture unit rule.'),
    );
    const byField = Object.fromEntries(problemsOf(root).map((p) => [p.field, p.message]));
    expect(byField['rules.1.id']).toMatch(/two to five capital letters, a hyphen and a number/);
    expect(byField['rules.1.level']).toMatch(/one of: shall, should, may/);
    expect(byField['rules.1.audiences.0']).toMatch(/audiences from: practitioner, reporting-lead, procurement, working-group/);
    expect(byField['rules.1.title']).toMatch(/without a final full stop/);
  });

  it('requires the verb of the level and forbids "must"', () => {
    const root = copyFixture();
    editFile(rulesPath(root), (t) =>
      t.replace('Every figure should name its functional unit.', 'Every figure must name its functional unit.'),
    );
    const messages = problemsOf(root)
      .filter((p) => p.field === 'rules.1.text')
      .map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/use the word "should"/), expect.stringMatching(/"shall" rather than "must"/)]),
    );
  });

  it('checks citations, terms, rule references and links in the text', () => {
    const root = copyFixture();
    editFile(rulesPath(root), (t) =>
      t
        .replace('gsf-sci-2024', 'no-such-source')
        .replace('id="system-boundary"', 'id="no-such-term"')
        .replace('see FU-1', 'see XYZ-9')
        .replace('../scope-and-purpose/', '../nowhere/'),
    );
    const messages = problemsOf(root)
      .filter((p) => p.field === 'rules.0.text')
      .map((p) => p.message);
    expect(messages).toHaveLength(4);
    expect(messages.join('\n')).toMatch(/no-such-term[\s\S]*no-such-source[\s\S]*XYZ-9[\s\S]*nowhere/);
  });

  it('requires each rule to be rendered exactly once, in its own chapter', () => {
    const root = copyFixture();
    editFile(chapterPath(root, '1.1', 'boundaries'), (t) => t.replace('<Requirement id="FU-1" />', ''));
    editFile(chapterPath(root, '1.1', 'scope-and-purpose'), (t) => `${t}\n<Requirement id="BND-1" />\n`);
    const problems = problemsOf(root);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/guidance/1.1/rules.yaml',
        field: 'rules.1.id',
        message: expect.stringMatching(/never rendered/),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/guidance/1.1/scope-and-purpose.mdx',
        message: expect.stringMatching(/in its own chapter, boundaries\.mdx/),
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ field: 'rules.0.id', message: expect.stringMatching(/rendered 2 times/) }));
  });

  it('rejects an unknown rule in a chapter and a replaced number the earlier version does not have', () => {
    const root = copyFixture();
    editFile(chapterPath(root, '1.1', 'boundaries'), (t) => t.replace('<RuleRef id="FU-1" />', '<RuleRef id="FU-7" />'));
    editFile(rulesPath(root), (t) => t.replace('replaces: ["2.2"]', 'replaces: ["2.9"]'));
    const problems = problemsOf(root);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/guidance/1.1/boundaries.mdx', message: expect.stringMatching(/"FU-7" is not one/) }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'rules.1.replaces.0', message: expect.stringMatching(/provision of version 1\.0, but "2\.9"/) }),
    );
  });

  it('rejects the rulebook form in a version without a rulebook, and unreadable YAML', () => {
    const root = copyFixture();
    editFile(chapterPath(root, '1.0', 'scope'), (t) => `${t}\n<Requirement id="BND-1" />\n`);
    writeFileSync(rulesPath(root), 'rules: [unclosed');
    const problems = problemsOf(root);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/guidance/1.0/scope.mdx',
        message: expect.stringMatching(/expected a rulebook .*1\.0\/rules\.yaml/),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/guidance/1.1/rules.yaml', field: '(file)', message: expect.stringMatching(/valid YAML/) }),
    );
  });
});
