/**
 * The disclosure model without its models: a statement from the result of whichever model evaluators it
 * is given. model.ts gives it all three (the public evaluateDisclosure); an island that discloses only
 * inference estimates gives it the inference model alone, so its bundle carries no other model.
 */
import { getCoefficientSet } from '../coefficients/registry.ts';
import type { CoefficientSet } from '../coefficients/schema.ts';
import type { CounterfactualResult } from '../counterfactual/model.ts';
import type { EvaluateOptions, EvaluateOutcome, FieldError, Interval, ResultMeta } from '../core/result.ts';
import { runModel } from '../core/run.ts';
import type { ModelContext } from '../core/run.ts';
import type { InferenceResult } from '../inference/model.ts';
import type { TrainingResult } from '../training/model.ts';
import { disclosureMarkdown } from './render.ts';
import { disclosureInputSchema, disclosureLabels } from './schema.ts';
import type { DisclosureInput, DisclosureStatement } from './schema.ts';

export interface DisclosureResult extends ResultMeta {
  model: 'disclosure';
  statement: DisclosureStatement;
  markdown: string;
  /** The underlying model's full result. */
  source: InferenceResult | TrainingResult | CounterfactualResult;
}

type AnyResult = InferenceResult | TrainingResult | CounterfactualResult;

/** An element a boundary statement names as not estimated, as the excluded list shows it ("End of life"). */
export const notEstimatedLabel = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** An inference result's excluded elements, then the elements its statement names as not estimated. */
const excludedLabels = (result: InferenceResult) =>
  result.boundary
    .filter((b) => !b.included)
    .map((b) => b.label)
    .concat((result.boundaryStatement.notEstimated ?? []).flatMap((g) => g.elements.map(notEstimatedLabel)));

/** The models a disclosure can run, each an evaluate function; a model left out is refused. */
export interface DisclosureModels {
  inference?: (raw: unknown, options?: EvaluateOptions) => EvaluateOutcome<InferenceResult>;
  training?: (raw: unknown, options?: EvaluateOptions) => EvaluateOutcome<TrainingResult>;
  counterfactual?: (raw: unknown, options?: EvaluateOptions) => EvaluateOutcome<CounterfactualResult>;
}

/** An evaluate function for disclosures of the given models' results. */
export function disclosureEvaluator(
  models: DisclosureModels,
): (raw: unknown, options?: EvaluateOptions) => EvaluateOutcome<DisclosureResult> {
  return (raw, options) =>
    runModel(disclosureInputSchema, disclosureLabels, raw, options, (input, context) => buildDisclosure(input, context, models));
}

function prefixErrors(errors: FieldError[]): FieldError[] {
  return errors.map((e) => ({ path: e.path ? `input.${e.path}` : 'input', message: e.message }));
}

function buildDisclosure(input: DisclosureInput, context: ModelContext, models: DisclosureModels): EvaluateOutcome<DisclosureResult> {
  const options = { coefficientSet: context.set.id, samples: context.options.samples, seed: context.options.seed };
  const evaluate: ((raw: unknown, options?: EvaluateOptions) => EvaluateOutcome<AnyResult>) | undefined = models[input.model];
  if (!evaluate) return { ok: false, errors: [{ path: 'model', message: `Model must be ${Object.keys(models).join(' or ')} here` }] };
  const outcome = evaluate(input.input, options);
  if (!outcome.ok) return { ok: false, errors: prefixErrors(outcome.errors) };
  const statement = buildStatement(input, outcome.result, context.set);
  const { model: _model, ...meta } = outcome.result as ResultMeta & { model: string };
  const baseMeta: ResultMeta = {
    coefficientSet: meta.coefficientSet,
    defaultsUsed: meta.defaultsUsed,
    suppliedInputs: meta.suppliedInputs,
    coefficientsUsed: meta.coefficientsUsed,
    sourceIds: meta.sourceIds,
    warnings: meta.warnings,
    inputs: meta.inputs,
    samples: meta.samples,
    seed: meta.seed,
    range: meta.range,
  };
  if (!input.guidanceVersion) baseMeta.defaultsUsed = [...baseMeta.defaultsUsed, 'guidanceVersion'];
  return {
    ok: true,
    result: { model: 'disclosure', statement, markdown: disclosureMarkdown(statement), source: outcome.result, ...baseMeta },
  };
}

function flow(quantity: string, unit: string, value: Interval) {
  const interval =
    value.min !== undefined && value.max !== undefined
      ? { central: value.central, p5: value.p5, p95: value.p95, min: value.min, max: value.max }
      : { central: value.central, p5: value.p5, p95: value.p95 };
  return { quantity, unit, value: interval };
}

const intervalWords = {
  'p5-p95': 'P5-P95, median as central',
  'min-max': 'minimum-maximum of bounds, median as central',
  point: 'none: every input is a single value',
} as const;

/** Build the statement; exported so the site can re-render a statement from a stored result. */
export function buildStatement(
  input: Pick<DisclosureInput, 'title' | 'organisation' | 'guidanceVersion' | 'period' | 'notes'>,
  result: AnyResult,
  set: CoefficientSet = getCoefficientSet(result.coefficientSet) as CoefficientSet,
): DisclosureStatement {
  const assumptionLabels = result.inputs
    .filter((i) => i.assumption)
    .map((i) => `${i.label}: an assumption (${i.coefficientId ?? 'default'})`);
  const base = {
    schemaVersion: '1.0' as const,
    guidanceVersion: input.guidanceVersion ?? set.pinnedBy,
    coefficientSet: result.coefficientSet,
    inputs: result.inputs.map((i) => ({
      path: i.path,
      label: i.label,
      unit: i.unit,
      value: i.value,
      origin: i.origin,
      dataTier: i.assumption ? ('assumption' as const) : i.origin === 'supplied' ? ('supplied' as const) : ('coefficient' as const),
      ...(i.coefficientId ? { coefficientId: i.coefficientId } : {}),
    })),
    assumptions: [...result.warnings, ...assumptionLabels, ...(input.notes ?? [])],
    sources: result.sourceIds,
    coefficientsUsed: result.coefficientsUsed,
    uncertainty: { samples: result.samples, seed: result.seed, interval: intervalWords[result.range] },
    ...(input.organisation ? { organisation: input.organisation } : {}),
    ...(input.period ? { period: input.period } : {}),
  };
  if (result.model === 'inference') {
    const unit = result.functionalUnit.label;
    const results = [flow(`Energy ${unit}`, 'Wh', result.perUnit.energyWh), flow(`Emissions ${unit}`, 'gCO2e', result.perUnit.emissionsG)];
    if (result.functionalUnit.id !== 'request')
      results.push(
        flow('Energy per request', 'Wh', result.perRequest.energyWh),
        flow('Emissions per request', 'gCO2e', result.perRequest.emissionsG),
      );
    if (result.conversions.per1000Tokens)
      results.push(flow('Energy per 1,000 output tokens', 'Wh', result.conversions.per1000Tokens.energyWh));
    for (const b of result.breakdown) if (b.included) results.push(flow(`${b.label}: emissions ${unit}`, 'gCO2e', b.emissionsG));
    if (result.totals)
      results.push(
        flow(`Energy per ${result.totals.period}`, 'Wh', result.totals.energyWh),
        flow(`Emissions per ${result.totals.period}`, 'gCO2e', result.totals.emissionsG),
      );
    return {
      ...base,
      title: input.title ?? result.label ?? 'Inference footprint',
      model: 'inference',
      functionalUnit: unit.replace(/^per /, 'one '),
      dataQualityTier: result.tier,
      method: `${result.tier} tier, ${result.method} method`,
      boundary: {
        included: result.boundary.filter((b) => b.included).map((b) => b.label),
        excluded: excludedLabels(result),
        modelled: result.boundary.filter((b) => b.treatment === 'modelled').map((b) => b.label),
        statement: result.boundaryStatement.text,
        meetsMinimum: result.boundaryStatement.missing.length === 0,
      },
      gridBasis: result.grid.basis,
      results,
    };
  }
  if (result.model === 'training') {
    const results = [flow('Training energy', 'Wh', result.energyWh.total), flow('Training emissions', 'gCO2e', result.emissionsG.total)];
    for (const b of result.breakdown) if (b.included) results.push(flow(`${b.label} emissions`, 'gCO2e', b.emissionsG));
    if (result.allocation.perUnit) results.push(flow('Training allocated per inference', 'gCO2e', result.allocation.perUnit.emissionsG));
    return {
      ...base,
      title: input.title ?? result.label ?? 'Training footprint',
      model: 'training',
      functionalUnit:
        result.allocation.method === 'exclude'
          ? 'one training run (excluded from per-unit figures)'
          : 'one training run, allocated per inference',
      method: `${result.kind}, allocation: ${result.allocation.method}`,
      boundary: {
        included: result.breakdown.filter((b) => b.included).map((b) => b.label),
        excluded: result.breakdown.filter((b) => !b.included).map((b) => b.label),
        modelled: [],
      },
      gridBasis: result.grid.basis,
      results,
    };
  }
  const results = [
    flow('AI workflow emissions per task', 'gCO2e', result.perTask.ai.emissionsG),
    flow('Baseline emissions per task', 'gCO2e', result.perTask.baseline.emissionsG),
    flow('Net change in emissions per task', 'gCO2e', result.perTask.netChange.emissionsG),
    flow('Net change in energy per task', 'Wh', result.perTask.netChange.energyWh),
  ];
  if (result.perPeriod)
    results.push(flow(`Net change in emissions per ${result.perPeriod.period}`, 'gCO2e', result.perPeriod.netChange.emissionsG));
  return {
    ...base,
    title: input.title ?? result.label ?? 'Counterfactual comparison',
    model: 'counterfactual',
    functionalUnit: result.task ? `one task (${result.task})` : 'one task',
    ...(result.inference ? { dataQualityTier: result.inference.tier } : {}),
    method: `marginal device energy baseline (${result.baselineKind})`,
    boundary: {
      included: result.inference
        ? result.inference.boundary
            .filter((b) => b.included)
            .map((b) => `AI step: ${b.label}`)
            .concat(['Review device time', 'Baseline device time'])
        : ['AI step as supplied', 'Review device time', 'Baseline device time'],
      excluded: result.inference ? excludedLabels(result.inference).map((label) => `AI step: ${label}`) : [],
      modelled: result.inference
        ? result.inference.boundary.filter((b) => b.treatment === 'modelled').map((b) => `AI step: ${b.label}`)
        : [],
      ...(result.inference
        ? {
            statement: `AI step: ${result.inference.boundaryStatement.text}`,
            meetsMinimum: result.inference.boundaryStatement.missing.length === 0,
          }
        : {}),
    },
    gridBasis: result.inference?.grid.basis ?? 'location',
    results,
  };
}
