/**
 * Checks one worked example's result against the computable provisions (rules.ts). Pure: a result in,
 * a list of violations out, each naming its rule and what is wrong in words.
 */
import { methodOf } from '../coefficients/methods.ts';
import { coefficient, getCoefficientSet } from '../coefficients/registry.ts';
import { getSource } from '../coefficients/sources.ts';
import type { ExamplePurpose } from '../core/example.ts';
import { formatRange } from '../core/format.ts';
import type { Interval, ResultMeta } from '../core/result.ts';
import type { CounterfactualResult } from '../counterfactual/model.ts';
import { notEstimatedLabel } from '../disclosure/build.ts';
import type { DisclosureResult } from '../disclosure/model.ts';
import type { InferenceResult } from '../inference/model.ts';
import type { TrainingResult } from '../training/model.ts';
import type { RuleId } from './rules.ts';

export interface Violation {
  rule: RuleId;
  message: string;
}

export type CheckedResult = InferenceResult | TrainingResult | CounterfactualResult | DisclosureResult;

/** Every violation of one example's result; `purpose` says whether it reproduces a published figure. */
export function checkResult(result: CheckedResult, purpose: ExamplePurpose): Violation[] {
  const violations: Violation[] = [...checkRegister(result), ...checkRounding(result)];
  switch (result.model) {
    case 'inference':
      violations.push(...checkInference(result, purpose, ''));
      break;
    case 'training':
      if (result.grid.basis !== 'location') violations.push({ rule: 'RPT-1', message: 'training emissions are market-based' });
      break;
    case 'counterfactual':
      if (result.inference) violations.push(...checkInference(result.inference, purpose, 'AI step: '));
      violations.push(...checkLikeForLike(result));
      break;
    case 'disclosure':
      if (result.source.model === 'inference') violations.push(...checkInference(result.source, purpose, ''));
      if (result.source.model === 'counterfactual') violations.push(...checkLikeForLike(result.source));
      if (result.source.model === 'inference' || result.source.model === 'counterfactual') {
        if (!result.statement.boundary.statement)
          violations.push({ rule: 'BND-2', message: 'the disclosure statement has no boundary statement' });
        // The statement's excluded list, as the Markdown and CSV print it, names them too (an AI step given
        // as a bare figure has no boundary to list).
        const excluded = result.statement.boundary.excluded;
        const listsBoundary = result.source.model === 'inference' || result.source.inference !== undefined;
        const unlisted = listsBoundary
          ? notEstimatedOf(result).filter((name) => !excluded.some((label) => label.endsWith(notEstimatedLabel(name))))
          : [];
        if (unlisted.length)
          violations.push({ rule: 'BND-2', message: `the disclosure statement’s excluded list leaves out: ${unlisted.join('; ')}` });
      }
      break;
  }
  return violations;
}

function checkInference(result: InferenceResult, purpose: ExamplePurpose, prefix: string): Violation[] {
  const violations: Violation[] = [];
  const statement = result.boundaryStatement;
  if (statement.missing.length > 0 && purpose === 'estimate') {
    violations.push({
      rule: 'BND-1',
      message: `${prefix}an estimate below the minimum boundary (missing ${statement.missing.join(', ')})`,
    });
  }
  if (statement.missing.length > 0 && !/Narrow boundary/.test(statement.text)) {
    violations.push({ rule: 'BND-1', message: `${prefix}a narrow figure not labelled as narrow` });
  }
  const named = result.boundary.every((b) => statement.included.includes(b.element) || statement.excluded.includes(b.element));
  if (!statement.text || !named)
    violations.push({ rule: 'BND-2', message: `${prefix}the boundary statement does not account for every element` });
  const stated = statement.notEstimated ?? [];
  const unnamed = notEstimatedOf(result).filter(
    (name) => !stated.some((g) => g.reason && g.elements.includes(name)) || !statement.text.includes(name),
  );
  if (unnamed.length)
    violations.push({ rule: 'BND-2', message: `${prefix}the boundary statement does not name, with a reason: ${unnamed.join('; ')}` });
  if (result.grid.basis !== 'location') violations.push({ rule: 'RPT-1', message: `${prefix}per-unit emissions are market-based` });
  if ((result.tier === 'modelled' || result.tier === 'proxy') && purpose === 'estimate' && result.range === 'point') {
    violations.push({ rule: 'UNC-1', message: `${prefix}a ${result.tier} estimate given as a single value, with no range` });
  }
  return violations;
}

/**
 * BND-2 of 0.3 asks the statement to name every element of the boundaries chapter, so the elements the
 * engine cannot estimate (storage, retrieval, orchestration, end of life), which the set's method block
 * lists for its statements to name, are checked too; released sets list none and state the engine's
 * elements only, as 0.2 asked.
 */
function notEstimatedOf(result: ResultMeta): string[] {
  const set = getCoefficientSet(result.coefficientSet);
  return set ? (methodOf(set).notEstimated ?? []).flatMap((g) => g.elements) : [];
}

/** CF-1: embodied on both sides or neither (the AI step's data centre, the people's devices). */
function checkLikeForLike(result: CounterfactualResult): Violation[] {
  if (!result.inference || result.baselineKind !== 'human') return [];
  const aiEmbodied = result.inference.boundary.some((b) => b.element === 'embodied' && b.included);
  const baselineEmbodied = result.inputs.some((i) => i.path === 'baseline.device.embodiedKg');
  if (aiEmbodied !== baselineEmbodied) {
    return [
      {
        rule: 'CF-1',
        message: aiEmbodied
          ? 'embodied emissions counted for the AI step but not for the workflow it replaces'
          : 'embodied emissions counted for the workflow replaced but not for the AI step',
      },
    ];
  }
  return [];
}

/** DQ-1: every input registered with its value, unit and origin; every coefficient sourced, dated, flagged. */
function checkRegister(result: ResultMeta): Violation[] {
  const violations: Violation[] = [];
  const set = getCoefficientSet(result.coefficientSet);
  if (!set) return [{ rule: 'DQ-1', message: `unknown coefficient set ${result.coefficientSet}` }];
  for (const input of result.inputs) {
    if (!input.label || typeof input.unit !== 'string' || !input.origin)
      violations.push({ rule: 'DQ-1', message: `input ${input.path} lacks a label, unit or origin` });
    if (input.coefficientId) {
      const c = coefficient(set, input.coefficientId);
      if (c.assumption && !input.assumption)
        violations.push({ rule: 'DQ-1', message: `input ${input.path} rests on assumption ${c.id} but is not flagged as one` });
    }
  }
  for (const id of result.coefficientsUsed) {
    const c = coefficient(set, id);
    if (!getSource(c.sourceId) || !c.year || !c.unit)
      violations.push({ rule: 'DQ-1', message: `coefficient ${id} lacks a registered source, year or unit` });
    if (c.trust === 'UNVERIFIED' && !c.assumption)
      violations.push({ rule: 'DQ-1', message: `coefficient ${id} is unverified but not an assumption` });
  }
  return violations;
}

/** UNC-2: each headline figure, as the cards print it, has at most two significant figures. */
function checkRounding(result: CheckedResult): Violation[] {
  const headlines: [Interval, 'energy' | 'emissions'][] = [];
  if (result.model === 'inference') headlines.push([result.perUnit.energyWh, 'energy'], [result.perUnit.emissionsG, 'emissions']);
  if (result.model === 'training') headlines.push([result.energyWh.total, 'energy'], [result.emissionsG.total, 'emissions']);
  if (result.model === 'counterfactual')
    headlines.push([result.perTask.netChange.emissionsG, 'emissions'], [result.perTask.ai.emissionsG, 'emissions']);
  const violations: Violation[] = [];
  for (const [interval, quantity] of headlines) {
    const f = formatRange(interval, quantity);
    for (const part of [f.central, f.low, f.high]) {
      if (part !== undefined && significantDigits(part) > 2)
        violations.push({ rule: 'UNC-2', message: `headline figure ${part} ${f.unit} has more than two significant figures` });
    }
  }
  return violations;
}

/** Significant digits of a printed number ("0.052" → 2, "1,400" → 2, "<0.01" → 1). */
export function significantDigits(printed: string): number {
  const mantissa = printed.split('×')[0] ?? '';
  const digits = mantissa.replace(/[^0-9.]/g, '');
  const [whole = '', fraction = ''] = digits.split('.');
  const all = (whole + fraction).replace(/^0+/, '');
  // Trailing zeros of a whole number are not significant; of a fraction they are.
  return fraction ? all.length : all.replace(/0+$/, '').length;
}
