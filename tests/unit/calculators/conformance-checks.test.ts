/**
 * The computable provisions (calculators/conformance/): each check against a result that breaks it and
 * one that does not, with the rule id and the message a reader of the conformance report sees.
 */
import { describe, expect, it } from 'vitest';
import { allExampleKeys, checkExamples, checkResult, computableRules, significantDigits } from '../../../calculators/conformance/index.ts';
import type { CheckedResult } from '../../../calculators/conformance/checks.ts';
import { evaluateCounterfactual } from '../../../calculators/counterfactual/index.ts';
import { evaluateDisclosure } from '../../../calculators/disclosure/index.ts';
import { evaluateInference, type InferenceResult } from '../../../calculators/inference/index.ts';
import { evaluateTraining } from '../../../calculators/training/index.ts';

const ok = <R>(outcome: { ok: true; result: R } | { ok: false; errors: unknown }): R => {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
};
const dataCentre = { accelerators: true, hostCpuRam: true, idleCapacity: true, dataCentreOverhead: true };
const meets = { estimate: { method: 'reported', energyWhPerRequest: 0.3 }, boundary: dataCentre };
const narrow = { estimate: { method: 'reported', energyWhPerRequest: 0.3 } };
const violations = (result: CheckedResult, purpose: 'estimate' | 'published' = 'estimate') => checkResult(result, purpose);

describe('boundary checks (BND-1, BND-2)', () => {
  it('find an estimate below the minimum boundary, naming what is missing; accept a published figure labelled narrow', () => {
    const result = ok(evaluateInference(narrow));
    expect(violations(result)).toEqual([
      { rule: 'BND-1', message: 'an estimate below the minimum boundary (missing hostCpuRam, idleCapacity, dataCentreOverhead)' },
    ]);
    expect(violations(result, 'published')).toEqual([]);
    expect(violations(ok(evaluateInference(meets)))).toEqual([]);
  });

  it('find a narrow figure whose statement does not say so, and a statement that leaves an element out', () => {
    const result = ok(evaluateInference(narrow));
    const unlabelled: InferenceResult = { ...result, boundaryStatement: { ...result.boundaryStatement, text: 'Boundary: accelerators.' } };
    expect(violations(unlabelled, 'published')).toEqual([{ rule: 'BND-1', message: 'a narrow figure not labelled as narrow' }]);
    const full = ok(evaluateInference(meets));
    const silent: InferenceResult = { ...full, boundaryStatement: { ...full.boundaryStatement, text: '' } };
    expect(violations(silent)).toEqual([{ rule: 'BND-2', message: 'the boundary statement does not account for every element' }]);
    const unnamed: InferenceResult = {
      ...full,
      boundaryStatement: { ...full.boundaryStatement, excluded: full.boundaryStatement.excluded.slice(1) },
    };
    expect(violations(unnamed)).toEqual([{ rule: 'BND-2', message: 'the boundary statement does not account for every element' }]);
  });

  it('find, under cs-2026-12, a statement that does not name what the calculators cannot estimate, with a reason', () => {
    const full = ok(evaluateInference(meets, { coefficientSet: 'cs-2026-12' }));
    expect(violations(full)).toEqual([]);
    const statement = full.boundaryStatement;
    const withNotEstimated = (notEstimated: typeof statement.notEstimated, text = statement.text): InferenceResult => ({
      ...full,
      boundaryStatement: { ...statement, notEstimated, text },
    });
    expect(violations(withNotEstimated(undefined))).toEqual([
      {
        rule: 'BND-2',
        message:
          'the boundary statement does not name, with a reason: storage; retrieval and vector search; orchestration and monitoring; end of life',
      },
    ]);
    expect(
      violations(withNotEstimated(statement.notEstimated?.map((g) => (g.elements.includes('end of life') ? { ...g, reason: '' } : g)))),
    ).toEqual([{ rule: 'BND-2', message: 'the boundary statement does not name, with a reason: end of life' }]);
    expect(violations(withNotEstimated(statement.notEstimated, statement.text.replace('end of life', 'disposal')))).toEqual([
      { rule: 'BND-2', message: 'the boundary statement does not name, with a reason: end of life' },
    ]);
    // The released sets' statements name the engine's elements only, as 0.2 asked: no violation.
    const released = ok(evaluateInference(meets, { coefficientSet: 'cs-2026-11' }));
    expect(released.boundaryStatement.notEstimated).toBeUndefined();
    expect(violations(released)).toEqual([]);
  });

  it('find, under cs-2026-12, a disclosure whose excluded list leaves out what the calculators cannot estimate', () => {
    const disclosure = ok(evaluateDisclosure({ model: 'inference', input: meets }, { coefficientSet: 'cs-2026-12' }));
    expect(violations(disclosure)).toEqual([]);
    const boundary = disclosure.statement.boundary;
    const cut = {
      ...disclosure,
      statement: { ...disclosure.statement, boundary: { ...boundary, excluded: boundary.excluded.slice(0, -2) } },
    };
    expect(violations(cut)).toEqual([
      { rule: 'BND-2', message: 'the disclosure statement’s excluded list leaves out: orchestration and monitoring; end of life' },
    ]);
    const released = ok(evaluateDisclosure({ model: 'inference', input: meets }, { coefficientSet: 'cs-2026-11' }));
    expect(violations(released)).toEqual([]);
  });
});

describe('reporting and uncertainty checks (RPT-1, UNC-1, UNC-2)', () => {
  it('find market-based emissions in inference and training results', () => {
    expect(violations(ok(evaluateInference({ ...meets, grid: { preset: 'grid-market-google-2025' } })))).toEqual([
      { rule: 'RPT-1', message: 'per-unit emissions are market-based' },
    ]);
    expect(
      violations(ok(evaluateTraining({ energy: { method: 'reported', energyMWh: 1 }, grid: { preset: 'grid-market-meta-2024' } }))),
    ).toEqual([{ rule: 'RPT-1', message: 'training emissions are market-based' }]);
    expect(violations(ok(evaluateTraining({ energy: { method: 'reported', energyMWh: 1 } })))).toEqual([]);
  });

  it('find a modelled or proxy estimate given as a single value, but not a reported one or a published figure', () => {
    const modelled = ok(
      evaluateInference({ outputTokensPerRequest: 500, estimate: { method: 'flop', activeParamsB: 8 }, boundary: { idleCapacity: true } }),
    );
    expect(violations(modelled)).toEqual([{ rule: 'UNC-1', message: 'a modelled estimate given as a single value, with no range' }]);
    expect(violations(modelled, 'published')).toEqual([]);
    const proxy = ok(
      evaluateInference({ estimate: { method: 'proxy', modelClass: 'small' }, boundary: { idleCapacity: true } }, { samples: 200 }),
    );
    expect(violations({ ...proxy, range: 'point' })).toEqual([
      { rule: 'UNC-1', message: 'a proxy estimate given as a single value, with no range' },
    ]);
    expect(violations(proxy)).toEqual([]);
    expect(violations(ok(evaluateInference(meets)))).toEqual([]);
  });

  it('read significant figures as a reader does', () => {
    expect(significantDigits('0.052')).toBe(2);
    expect(significantDigits('1,430')).toBe(3);
    expect(significantDigits('100')).toBe(1);
    expect(significantDigits('100.0')).toBe(4);
    expect(significantDigits('2.0 × 10¹⁵')).toBe(2);
    expect(significantDigits('<0.01')).toBe(1);
    expect(significantDigits('+7.45')).toBe(3);
    expect(significantDigits('0')).toBe(0);
  });
});

describe('register and comparison checks (DQ-1, CF-1)', () => {
  it('find an input without its label, an assumption not flagged, and an unknown set', () => {
    const result = ok(evaluateInference(meets));
    const inputs = result.inputs.map((i) => (i.path === 'grid.intensityGPerKWh' ? { ...i, label: '' } : i));
    expect(violations({ ...result, inputs })).toEqual([
      { rule: 'DQ-1', message: 'input grid.intensityGPerKWh lacks a label, unit or origin' },
    ]);
    const device = ok(evaluateInference({ ...meets, boundary: { ...dataCentre, endUserDevice: true } }));
    const unflagged = device.inputs.map((i) => (i.path === 'device.powerW' ? { ...i, assumption: false } : i));
    expect(violations({ ...device, inputs: unflagged })).toEqual([
      { rule: 'DQ-1', message: 'input device.powerW rests on assumption device-laptop-w but is not flagged as one' },
    ]);
    expect(violations(device)).toEqual([]);
    expect(violations({ ...result, coefficientSet: 'cs-1999-01' })).toEqual([
      { rule: 'DQ-1', message: 'unknown coefficient set cs-1999-01' },
    ]);
  });

  it('find embodied emissions on one side of a comparison only, either way round', () => {
    const withEmbodied = { estimate: { method: 'reported', energyWhPerRequest: 0.3 }, boundary: { ...dataCentre, embodied: true } };
    const released = ok(
      evaluateCounterfactual(
        { ai: { inference: withEmbodied }, baseline: { kind: 'human', humanTimeH: 1 } },
        { coefficientSet: 'cs-2026-11' },
      ),
    );
    expect(violations(released)).toEqual([
      { rule: 'CF-1', message: 'embodied emissions counted for the AI step but not for the workflow it replaces' },
    ]);
    const likeForLike = ok(
      evaluateCounterfactual(
        { ai: { inference: withEmbodied }, baseline: { kind: 'human', humanTimeH: 1 } },
        { coefficientSet: 'cs-2026-12' },
      ),
    );
    expect(violations(likeForLike)).toEqual([]);
    const aiWithout = { ...likeForLike, inference: ok(evaluateInference(meets, { coefficientSet: 'cs-2026-12' })) };
    expect(violations(aiWithout)).toEqual([
      { rule: 'CF-1', message: 'embodied emissions counted for the workflow replaced but not for the AI step' },
    ]);
    expect(
      violations(
        ok(evaluateCounterfactual({ ai: { inference: withEmbodied }, baseline: { kind: 'nothing' } }, { coefficientSet: 'cs-2026-11' })),
      ),
    ).toEqual([]);
    expect(violations(ok(evaluateCounterfactual({ ai: { energyWhPerRequest: 1 }, baseline: { kind: 'human', humanTimeH: 1 } })))).toEqual(
      [],
    );
  });

  it('check the AI step of a comparison as an inference figure, prefixed', () => {
    const result = ok(evaluateCounterfactual({ ai: { inference: narrow }, baseline: { kind: 'nothing' } }));
    expect(violations(result)).toEqual([
      { rule: 'BND-1', message: 'AI step: an estimate below the minimum boundary (missing hostCpuRam, idleCapacity, dataCentreOverhead)' },
    ]);
  });

  it('check a disclosure through the result it discloses, and ask for its boundary statement', () => {
    const inference = ok(evaluateDisclosure({ model: 'inference', input: narrow }));
    expect(violations(inference)).toEqual([
      { rule: 'BND-1', message: 'an estimate below the minimum boundary (missing hostCpuRam, idleCapacity, dataCentreOverhead)' },
    ]);
    const comparison = ok(
      evaluateDisclosure({
        model: 'counterfactual',
        input: { ai: { inference: { ...meets, boundary: { ...dataCentre, embodied: true } } }, baseline: { kind: 'human', humanTimeH: 1 } },
      }),
    );
    expect(violations(comparison)).toEqual([
      { rule: 'CF-1', message: 'embodied emissions counted for the AI step but not for the workflow it replaces' },
    ]);
    const direct = ok(
      evaluateDisclosure({ model: 'counterfactual', input: { ai: { energyWhPerRequest: 1 }, baseline: { kind: 'human', humanTimeH: 1 } } }),
    );
    expect(violations(direct)).toEqual([{ rule: 'BND-2', message: 'the disclosure statement has no boundary statement' }]);
    expect(violations(ok(evaluateDisclosure({ model: 'training', input: { energy: { method: 'reported', energyMWh: 1 } } })))).toEqual([]);
    expect(violations(ok(evaluateDisclosure({ model: 'inference', input: meets })))).toEqual([]);
  });
});

describe('checking the worked examples', () => {
  it('lists every example as model/example', () => {
    expect(allExampleKeys).toContain('inference/gemini-median');
    expect(allExampleKeys).toContain('training/bloom');
    expect(allExampleKeys).toContain('counterfactual/tomlinson-top-down');
    expect(allExampleKeys).toContain('disclosure/article-drafting-disclosure');
    expect(allExampleKeys.every((k) => /^(inference|training|counterfactual|disclosure)\/[a-z0-9-]+$/.test(k))).toBe(true);
  });

  it('reports an example that does not evaluate with a set under DQ-1, and refuses an unknown example', () => {
    expect(checkExamples(['inference/transcription-speech'], 'cs-2026-11')).toEqual([
      {
        example: 'inference/transcription-speech',
        rule: 'DQ-1',
        message: 'does not evaluate: The speech method is not available in coefficient set cs-2026-11; use a later set',
      },
    ]);
    expect(checkExamples(['inference/gemini-median', 'training/bloom'], 'cs-2026-11')).toEqual([]);
    expect(() => checkExamples(['inference/no-such-example'], 'cs-2026-11')).toThrow('conformance: no example inference/no-such-example');
    expect(() => checkExamples(['weather/forecast'], 'cs-2026-11')).toThrow('conformance: no example weather/forecast');
  });

  it('checks the data-quality tiers calculator’s four rows, naming the row that breaks a rule', () => {
    // Image generation has no token count: its proxy row (a token model) does not evaluate.
    expect(checkExamples(['inference/image-generation.tiers'], 'cs-2026-11')).toEqual([
      {
        example: 'inference/image-generation.tiers#proxy',
        rule: 'DQ-1',
        message:
          'does not evaluate: Output tokens per request is needed for this method or unit; the image generation preset has no token count, so give one (tokens, above 0)',
      },
    ]);
    expect(checkExamples(['inference/summarisation.tiers'], 'cs-2026-12')).toEqual([]);
  });

  it('keeps each rule’s stable id and its number in guidance 0.2', () => {
    expect(computableRules.map((r) => [r.id, r.number02])).toEqual([
      ['BND-1', '2.3'],
      ['BND-2', '2.2'],
      ['RPT-1', '2.10'],
      ['UNC-1', '6.8'],
      ['UNC-2', '7.9'],
      ['DQ-1', '2.12'],
      ['CF-1', '4.6'],
    ]);
  });
});
