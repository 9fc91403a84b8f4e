/**
 * The equations annex and the engine agree: every worked number printed in an annex is what the named
 * engine function returns, every equation the engine registers is printed in the draft's annex, and an
 * annex that names something that does not exist fails the content guard with the file and field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { equations, type EquationName } from '../../calculators/equations.ts';
import { equationsAnnexSchema, type EquationsAnnex } from '../../src/lib/content-schema.ts';
import { readContentTree } from '../../src/integrations/content-files.ts';
import { validateContentTree } from '../../src/integrations/content-validation.ts';

const root = join(import.meta.dirname, '../..');
const tree = readContentTree(root);
const annexes = new Map((tree.equationAnnexes ?? []).map((a) => [a.version, equationsAnnexSchema.parse(a.data)]));
const all = (annex: EquationsAnnex) => annex.sections.flatMap((s) => s.equations);

/** Annex results are printed to four or five significant figures; this is the agreement they promise. */
const RELATIVE_TOLERANCE = 5e-4;

describe('equations annex', () => {
  it('exists for the 0.3 draft and passes the content guard', () => {
    expect(annexes.has('0.3')).toBe(true);
    const problems = validateContentTree(tree).problems.filter((p) => p.file.endsWith('equations.yaml'));
    expect(problems).toEqual([]);
  });

  for (const [version, annex] of annexes) {
    for (const equation of all(annex)) {
      it(`${version} ${equation.id}: the worked number is what ${equation.function} computes`, () => {
        const fn = equations[equation.function] as (...args: number[]) => number;
        const computed = fn(...equation.worked.arguments.map((a) => a.value));
        expect(Number.isFinite(computed)).toBe(true);
        const scale = Math.max(Math.abs(equation.worked.result), Number.EPSILON);
        expect(Math.abs(computed - equation.worked.result) / scale, `${equation.function} gives ${computed}`).toBeLessThanOrEqual(
          RELATIVE_TOLERANCE,
        );
      });
    }

    it(`${version}: every argument of a worked number is a symbol the annex defines`, () => {
      const defined = new Set(all(annex).flatMap((e) => e.symbols.map((s) => s.symbol)));
      const undefinedSymbols = all(annex).flatMap((e) =>
        e.worked.arguments.filter((a) => !defined.has(a.symbol)).map((a) => `${e.id}: ${a.symbol}`),
      );
      expect(undefinedSymbols).toEqual([]);
    });
  }

  it('prints every equation the engine registers in the 0.3 annex', () => {
    const printed = new Set<EquationName>(all(annexes.get('0.3')!).map((e) => e.function));
    const missing = (Object.keys(equations) as EquationName[]).filter((name) => !printed.has(name));
    expect(missing).toEqual([]);
  });
});

describe('equations annex validation', () => {
  const temps: string[] = [];
  afterEach(() => {
    while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
  });

  /** A copy of the good content fixture whose version 1.1 has a copy of the 0.3 annex, edited. */
  function problemsWith(edit: (annex: EquationsAnnex) => void) {
    const dir = mkdtempSync(join(tmpdir(), 'annex-'));
    temps.push(dir);
    cpSync(join(root, 'tests/fixtures/content-good'), dir, { recursive: true });
    const annex = parseYaml(readFileSync(join(root, 'content/guidance/0.3/equations.yaml'), 'utf8')) as EquationsAnnex;
    // The annex names 0.3's coefficient set and chapters: pin that set and use one of the fixture's chapters.
    const manifestPath = join(dir, 'content/versions.json');
    writeFileSync(manifestPath, readFileSync(manifestPath, 'utf8').replace('"cs-2026-11"', '"cs-2026-12"'));
    for (const e of all(annex)) e.chapter = 'boundaries';
    edit(annex);
    writeFileSync(join(dir, 'content/guidance/1.1/equations.yaml'), stringify(annex));
    return validateContentTree(readContentTree(dir)).problems.filter((p) => p.file.endsWith('equations.yaml'));
  }
  const first = (annex: EquationsAnnex) => annex.sections[0]!.equations[0]!;

  it('accepts a valid annex', () => {
    expect(problemsWith(() => {})).toEqual([]);
  });

  it('rejects a function the engine does not have, naming the registry', () => {
    const problems = problemsWith((annex) => {
      (first(annex) as { function: string }).function = 'noSuchFunction';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/guidance/1.1/equations.yaml',
        field: 'sections.0.equations.0.function',
        message: expect.stringMatching(/calculators\/equations\.ts/),
      }),
    );
  });

  it('checks sources, coefficients, chapter, TeX and argument count once the function exists', () => {
    const problems = problemsWith((annex) => {
      first(annex).sources = ['no-such-source'];
      first(annex).coefficients = ['no-such-coefficient'];
      first(annex).chapter = 'no-such-chapter';
      first(annex).tex = '\\frac{1}{';
      first(annex).worked.arguments = first(annex).worked.arguments.slice(0, 2);
    });
    const byField = new Map(problems.map((p) => [p.field, p.message]));
    expect(byField.get('sections.0.equations.0.sources.0')).toMatch(/"no-such-source" is not one/);
    expect(byField.get('sections.0.equations.0.coefficients.0')).toMatch(/coefficient of set cs-2026-12, but "no-such-coefficient"/);
    expect(byField.get('sections.0.equations.0.chapter')).toMatch(/no-such-chapter\.mdx does not exist/);
    expect(byField.get('sections.0.equations.0.tex')).toMatch(/TeX that Temml can typeset/);
    expect(byField.get('sections.0.equations.0.worked.arguments')).toMatch(/at least 6 arguments for decodeGpuSeconds/);
  });

  it('rejects an equation id used twice', () => {
    const problems = problemsWith((annex) => {
      annex.sections[0]!.equations[1]!.id = first(annex).id;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'sections.0.equations.1.id', message: expect.stringMatching(/used twice/) }),
    );
  });
});
