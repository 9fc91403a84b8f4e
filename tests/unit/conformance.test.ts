/**
 * The guidance's own examples obey its computable provisions. Every worked example and every
 * calculator preset is run with each version's coefficient set and checked (calculators/conformance/):
 * a draft's examples must have no violation; a released version's violations must each be recorded as
 * a known issue on its changes page (content/versions.json), listed by that version's provision number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allExampleKeys,
  checkExamples,
  checkResult,
  computableRules,
  significantDigits,
  type ExampleViolation,
} from '../../calculators/conformance/index.ts';
import { evaluateInference, inferenceExamples } from '../../calculators/inference/index.ts';
import { appliesTo, type WorkedExample } from '../../calculators/core/example.ts';
import { models } from '../../calculators/index.ts';
import { computedExamples } from '../../scripts/golden/pages.ts';
import { exampleKey } from '../../calculators/core/example.ts';

const root = join(import.meta.dirname, '../..');
interface KnownIssue {
  provision?: string;
  examples?: string[];
  what: string;
}
const manifest = JSON.parse(readFileSync(join(root, 'content/versions.json'), 'utf8')) as {
  versions: { id: string; status: string; coefficientSet: string; knownIssues?: KnownIssue[] }[];
};

/** A provision's number in a version: 0.2 numbered its provisions; later versions use the rulebook ids. */
const provisionIn = (version: string, rule: string) =>
  version === '0.2' ? (computableRules.find((r) => r.id === rule)?.number02 ?? rule) : rule;

const report = (violations: ExampleViolation[], version: string) =>
  violations.map((v) => `  ${provisionIn(version, v.rule).padEnd(6)} ${v.example}: ${v.message}`).join('\n') || '  none';

describe.each(manifest.versions.map((v) => [v.id, v] as const))('version %s', (id, version) => {
  const draft = version.status === 'draft';
  // A draft answers for every example its set can run and for every calculator preset; a released
  // version for what its pages show (tests/golden/<version>/). The examples run inside the tests, not
  // while the file is collected, so mutation testing (npm run test:mutation) can tell which test
  // reached which line of the engine.
  const violationsOf = () => {
    const keys = draft
      ? [
          ...allExampleKeys.filter((key) => {
            const [model, example] = key.split('/') as [keyof typeof models, string];
            return appliesTo((models[model].examples as Record<string, WorkedExample<unknown>>)[example]!, version.coefficientSet);
          }),
          'inference/summarisation.tiers',
        ]
      : computedExamples(root, id).map(exampleKey);
    const violations = checkExamples(keys, version.coefficientSet);
    console.log(
      `conformance of version ${id} (${version.status}, ${keys.length} examples, coefficient set ${version.coefficientSet}):\n${report(violations, id)}`,
    );
    return violations;
  };

  if (draft) {
    it('has no example or preset that breaks a computable provision', () => {
      const violations = violationsOf();
      expect(violations, report(violations, id)).toEqual([]);
    });
  } else {
    it('records every violation of its examples as a known issue on its changes page', () => {
      const unrecorded = violationsOf().filter((v) => {
        const example = v.example.replace(/#.*$/, '');
        return !(version.knownIssues ?? []).some((k) => k.provision === provisionIn(id, v.rule) && (k.examples ?? []).includes(example));
      });
      expect(unrecorded, `version ${id}: violations not recorded as known issues:\n${report(unrecorded, id)}`).toEqual([]);
    });
  }
});

describe('the checks themselves', () => {
  it('count significant figures as a reader does', () => {
    expect(significantDigits('0.052')).toBe(2);
    expect(significantDigits('1,400')).toBe(2);
    expect(significantDigits('1,430')).toBe(3);
    expect(significantDigits('0.10')).toBe(2);
    expect(significantDigits('−1.7')).toBe(2);
    expect(significantDigits('1.2 × 10⁻⁶')).toBe(2);
  });

  const rulesOf = (raw: unknown, purpose: 'estimate' | 'published' = 'estimate') => {
    const outcome = evaluateInference(raw, { coefficientSet: 'cs-2026-12' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    return checkResult(outcome.result, purpose).map((v) => v.rule);
  };
  const translation = inferenceExamples.translation.input;

  it('pass the guidance’s own estimate', () => {
    expect(rulesOf(translation)).toEqual([]);
  });

  it('find an estimate below the minimum boundary, but accept a published figure labelled narrow', () => {
    const narrow = { ...translation, boundary: { ...translation.boundary, idleCapacity: false } };
    expect(rulesOf(narrow)).toEqual(['BND-1']);
    expect(rulesOf(narrow, 'published')).toEqual([]);
  });

  it('find a market-based headline', () => {
    expect(rulesOf({ ...translation, grid: { preset: 'grid-market-google-2025' } })).toEqual(['RPT-1']);
  });

  it('find a modelled estimate given as a single value', () => {
    expect(
      rulesOf({ outputTokensPerRequest: 500, estimate: { method: 'parametric', activeParamsB: 70 }, boundary: { idleCapacity: true } }),
    ).toEqual(['UNC-1']);
  });

  it('find embodied emissions on one side of a comparison only', () => {
    expect(checkExamples(['counterfactual/article-drafting'], 'cs-2026-11').map((v) => v.rule)).toEqual(['CF-1']);
    expect(checkExamples(['counterfactual/article-drafting'], 'cs-2026-12')).toEqual([]);
  });
});
