/**
 * Counterfactual comparison: an AI-assisted task against the workflow it replaces, with a rebound
 * slider; shows when AI reduces and when it increases emissions, and the top-down method's answer.
 */
import type { CounterfactualInput, CounterfactualResult } from '../../../calculators/counterfactual/index.ts';
import type { Interval } from '../../../calculators/core/result.ts';
import { AssumptionsPanel } from '../shared/AssumptionsPanel.tsx';
import { BarChart } from '../shared/BarChart.tsx';
import { ExportBar } from '../shared/ExportBar.tsx';
import type { ExportRow } from '../shared/export.ts';
import { FieldList } from '../shared/FieldList.tsx';
import { formatChange, formatQuantity, roundSignificant } from '../../../calculators/core/format.ts';
import { InputsTable } from '../shared/InputsTable.tsx';
import { LinkNotice } from '../shared/LinkNotice.tsx';
import { parseNumber } from '../shared/drafts.ts';
import { ResultHeadline } from '../shared/ResultHeadline.tsx';
import { TornadoChart } from '../shared/TornadoChart.tsx';
import type { IslandProps } from '../shared/types.ts';
import { useCalculator } from '../shared/useCalculator.ts';
import { GeneralErrors } from '../shared/GeneralErrors.tsx';

const loadEngine = () => import('./engine.ts').then((m) => m.engine);

export function counterfactualRows(result: CounterfactualResult): ExportRow[] {
  const rows: ExportRow[] = [
    { label: 'Net change in emissions per task (AI minus baseline)', quantity: 'emissions', interval: result.perTask.netChange.emissionsG },
    { label: 'AI-assisted workflow, emissions per task', quantity: 'emissions', interval: result.perTask.ai.emissionsG },
    { label: 'Workflow replaced, emissions per task', quantity: 'emissions', interval: result.perTask.baseline.emissionsG },
  ];
  if (result.perPeriod) rows.push({ label: `Net change in emissions per ${result.perPeriod.period}, with rebound`, quantity: 'emissions', interval: result.perPeriod.netChange.emissionsG });
  return rows;
}

export function verdict(net: Interval): string {
  if (net.p95 < 0) return 'The AI-assisted workflow reduces emissions across the whole P5–P95 interval.';
  if (net.p5 > 0) return 'The AI-assisted workflow increases emissions across the whole P5–P95 interval.';
  return `The interval spans zero: on these inputs AI could reduce or increase emissions (central ${net.central < 0 ? 'reduction' : 'increase'}).`;
}

export default function Counterfactual(props: IslandProps<CounterfactualInput, CounterfactualResult>) {
  const state = useCalculator(props, loadEngine);
  const { context } = props;
  const id = `calc-${context.island}`;
  const result = state.view;
  const rebound = parseNumber(state.drafts.rebound ?? '') ?? 1;
  const task = result?.task ?? 'one task';
  return (
    <section className="calc" aria-labelledby={`${id}-title`} onFocusCapture={state.warmUp} onPointerEnter={state.warmUp}>
      <h3 id={`${id}-title`} className="calc__title">Counterfactual: {result?.label ?? 'an AI-assisted task'}</h3>
      <p className="calc__intro">Both sides of {task}: the AI workflow (model requests plus the person’s device while reviewing) against the workflow it replaces (the person’s device while writing). Marginal device energy only, the same grid on both sides.</p>
      <LinkNotice notice={state.notice} context={context} onRecompute={state.recomputeWithLatest} onAdopt={state.adoptLatest} onDismiss={state.dismissNotice}
        comparison={state.comparison && result ? (
          <p>With <code>{state.comparison.coefficientSet}</code>: net change {formatQuantity('emissions', state.comparison.view.perTask.netChange.emissionsG.central)} per task (AI side {formatChange(result.perTask.ai.emissionsG.central, state.comparison.view.perTask.ai.emissionsG.central)}).</p>
        ) : null} />
      <div className="calc__layout">
        <form className="calc__form" onSubmit={(event) => event.preventDefault()} noValidate aria-label="Counterfactual inputs">
          <fieldset>
            <legend>Rebound</legend>
            <div className="calc-field">
              <label htmlFor={`${id}-rebound-slider`}>Rebound (slider): {roundSignificant(rebound, 2)} AI tasks per task replaced</label>
              <input id={`${id}-rebound-slider`} type="range" min={1} max={3} step={0.05} value={Math.min(3, Math.max(1, rebound))}
                aria-valuetext={`${roundSignificant(rebound, 2)} AI tasks per task replaced`}
                onChange={(event) => state.setDrafts({ rebound: event.currentTarget.value, 'rebound.high': '' })} />
            </div>
            <FieldList fields={props.fields.filter((f) => f.path === 'rebound')} state={state} idPrefix={id} />
          </fieldset>
          <fieldset>
            <legend>The two workflows</legend>
            <FieldList fields={props.fields.filter((f) => f.path !== 'rebound')} state={state} idPrefix={id} />
          </fieldset>
          <GeneralErrors errors={state.generalErrors} />
        </form>
        {result && (
          <div className="calc__results">
            <ResultHeadline rows={counterfactualRows(result)} stale={state.stale} methodHref={context.links.methodology} methodLabel={context.links.methodologyLabel} />
            <p className="calc__compare"><strong>{verdict(result.perPeriod?.netChange.emissionsG ?? result.perTask.netChange.emissionsG)}</strong>
              {result.breakEven && <> AI stops saving emissions above about {roundSignificant(result.breakEven.maxRebound.central, 2)} AI tasks per task replaced (rebound), {roundSignificant(result.breakEven.maxRequestsPerTask.central, 2)} prompts per task, or {roundSignificant(result.breakEven.maxReviewTimeH.central, 2)} h of review.</>}
            </p>
            <BarChart id={`${id}-sides`} title={`Emissions per task (${task})`} quantity="emissions" firstColumn="Part"
              bars={[
                { key: 'inference', label: 'AI: model requests', value: result.perTask.ai.inferenceEmissionsG.central, note: 'AI workflow' },
                { key: 'review', label: 'AI: review on device', value: result.perTask.ai.reviewEmissionsG.central, note: 'AI workflow' },
                { key: 'baseline', label: 'Without AI: writing on device', value: result.perTask.baseline.emissionsG.central, note: 'workflow replaced' },
              ]} />
            {result.topDown && (
              <div className="calc-warning" role="note" aria-label="Top-down method, advised against">
                <p><strong>Top-down per-capita method (advised against).</strong> Allocating a person’s whole annual footprint to writing time gives {formatQuantity('emissions', result.topDown.humanPerTaskG.central)} for the human side, so the AI would look {roundSignificant(1 / result.topDown.ratio.central, 2)} times better. The marginal method above gives a ratio of {roundSignificant(result.perTask.ratio?.central ?? 0, 2)} instead.</p>
                <p>{result.topDown.note} See <a href={`${context.links.methodology}#req-4.5`}>requirement 4.5</a>.</p>
              </div>
            )}
            {result.sensitivity[0] && <TornadoChart id={`${id}-tornado`} table={result.sensitivity[0]} quantity="emissions" />}
            <InputsTable inputs={result.inputs} caption="Inputs: which you supplied and which are defaults" />
            <AssumptionsPanel context={context} coefficientSet={state.coefficientSet} coefficients={state.coefficients} sourceIds={state.sourceIds} warnings={result.warnings} />
            <ExportBar idPrefix={id} data={{ context, coefficientSet: state.coefficientSet, date: state.date, permalink: state.permalink, rawInput: state.input, inputs: result.inputs, results: counterfactualRows(result), notes: [verdict(result.perTask.netChange.emissionsG), 'Method: marginal device energy on the human side (the top-down per-capita method is advised against).'], ...(result.inference ? { boundary: `AI step. ${result.inference.boundaryStatement.text}` } : {}) }} />
          </div>
        )}
      </div>
    </section>
  );
}
