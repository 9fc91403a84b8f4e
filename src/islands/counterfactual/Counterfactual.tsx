/**
 * Counterfactual comparison: an AI-assisted task against the workflow it replaces, with a rebound
 * slider; shows when AI reduces and when it increases emissions, and the top-down method's answer.
 * From coefficient set cs-2026-12 it also takes the task, model and countries of "Estimate my use case".
 */
import type { CounterfactualInput, CounterfactualResult } from '../../../calculators/counterfactual/index.ts';
import { describeChange, formatChange, formatQuantity, roundSignificant } from '../../../calculators/core/format.ts';
import { AssumptionsPanel } from '../shared/AssumptionsPanel.tsx';
import { BarChart } from '../shared/BarChart.tsx';
import { CalculatorShell } from '../shared/CalculatorShell.tsx';
import { CitedText } from '../shared/CitedText.tsx';
import { ExportBar } from '../shared/ExportBar.tsx';
import { stateExport } from '../shared/export.ts';
import { FieldList } from '../shared/FieldList.tsx';
import { InputsTable } from '../shared/InputsTable.tsx';
import { parseNumber } from '../shared/drafts.ts';
import { ResultHeadline } from '../shared/ResultHeadline.tsx';
import { TornadoChart } from '../shared/TornadoChart.tsx';
import type { IslandProps } from '../shared/types.ts';
import { propsOf, type PropsOnPage } from '../shared/island-data.ts';
import { MODEL_CLASS_PATH, TaskControls } from '../shared/TaskControls.tsx';
import type { TaskChoices } from '../shared/task-choices.ts';
import { useCalculator } from '../shared/useCalculator.ts';
import { usedValues } from '../shared/used-values.ts';
import { islandAnchor } from '../shared/url-state.ts';
import { withBaselineFromTime } from '../estimate/baseline.ts';
import { counterfactualRows, verdict } from './rows.ts';

const loadEngine = () => import('./engine.ts').then((m) => m.engine);
const options = { normalise: withBaselineFromTime };

export default function Counterfactual(
  given: (IslandProps<CounterfactualInput, CounterfactualResult> & Partial<TaskChoices>) | PropsOnPage,
) {
  const props = propsOf(given);
  const state = useCalculator(props, loadEngine, options);
  const { context, fields } = props;
  const id = islandAnchor(context.island);
  const result = state.view;
  const rebound = parseNumber(state.drafts.rebound ?? '') ?? 1;
  const task = result?.task ?? 'one task';
  const used = result
    ? { ...usedValues(fields, result.inputs), ...(result.inference ? usedValues(fields, result.inference.inputs, 'ai.inference.') : {}) }
    : {};
  const period = result?.perPeriod;
  const rows = result ? counterfactualRows(result) : undefined;
  const form = (
    <>
      {props.tasks && props.models && (
        <fieldset>
          <legend>Task and model</legend>
          <TaskControls
            state={state}
            tasks={props.tasks}
            models={props.models}
            modelField={fields.find((f) => f.path === MODEL_CLASS_PATH)}
            idPrefix={id}
          />
        </fieldset>
      )}
      <fieldset>
        <legend>Rebound</legend>
        <div className="calc-field">
          <label htmlFor={`${id}-rebound-slider`}>Rebound (slider): {roundSignificant(rebound, 2)} AI tasks per task replaced</label>
          <input
            id={`${id}-rebound-slider`}
            type="range"
            min={1}
            max={3}
            step={0.05}
            value={Math.min(3, Math.max(1, rebound))}
            disabled={!state.hydrated}
            aria-valuetext={`${roundSignificant(rebound, 2)} AI tasks per task replaced`}
            onChange={(event) => state.setDrafts({ rebound: event.currentTarget.value, 'rebound.high': '' })}
          />
        </div>
        <FieldList fields={fields.filter((f) => f.path === 'rebound')} state={state} idPrefix={id} used={used} />
      </fieldset>
      <fieldset>
        <legend>The two workflows</legend>
        <FieldList
          fields={fields.filter((f) => f.path !== 'rebound' && f.path !== MODEL_CLASS_PATH)}
          state={state}
          idPrefix={id}
          used={used}
        />
      </fieldset>
    </>
  );
  const results = result && rows && (
    <>
      <ResultHeadline
        rows={rows}
        stale={state.stale}
        methodHref={context.links.methodology}
        methodLabel={context.links.methodologyLabel}
        uncertaintyHref={context.links.uncertainty}
      />
      <p className="calc__compare">
        <strong>{verdict(result.perTask.netChange.emissionsG, 'Per task')}</strong>
        {period && (
          <>
            {' '}
            <strong>{verdict(period.netChange.emissionsG, `Per ${period.period}, with rebound`)}</strong>
          </>
        )}
        {result.breakEven && (
          <>
            {' '}
            AI stops saving emissions above about {roundSignificant(result.breakEven.maxRebound.central, 2)} AI tasks per task replaced
            (rebound), {roundSignificant(result.breakEven.maxRequestsPerTask.central, 2)} prompts per task, or{' '}
            {roundSignificant(result.breakEven.maxReviewTimeH.central * 60, 2)} minutes of review.
          </>
        )}
      </p>
      {period && (
        <p className="calc__compare">
          Over a {period.period} ({roundSignificant(period.tasks.central, 3)} tasks before rebound): using AI{' '}
          {describeChange(period.netChange.emissionsG, 'emissions').central}.
        </p>
      )}
      <BarChart
        id={`${id}-sides`}
        title={`Emissions per task (${task})`}
        quantity="emissions"
        firstColumn="Part"
        bars={[
          { key: 'inference', label: 'AI: model requests', value: result.perTask.ai.inferenceEmissionsG.central, note: 'AI workflow' },
          { key: 'review', label: 'AI: review on device', value: result.perTask.ai.reviewEmissionsG.central, note: 'AI workflow' },
          {
            key: 'baseline',
            label: 'Without AI: the task on a device',
            value: result.perTask.baseline.emissionsG.central,
            note: 'workflow replaced',
          },
        ]}
      />
      {result.topDown && (
        <div className="calc-warning" role="note" aria-label="Top-down method, advised against">
          <p>
            <strong>Top-down per-capita method (advised against).</strong> Allocating a person’s whole annual footprint to writing time
            gives {formatQuantity('emissions', result.topDown.humanPerTaskG.central)} for the human side, so the AI would look{' '}
            {roundSignificant(1 / result.topDown.ratio.central, 2)} times better. The marginal method above gives a ratio of{' '}
            {roundSignificant(result.perTask.ratio?.central ?? 0, 2)} instead.
          </p>
          <p>
            <CitedText text={result.topDown.note} context={context} />
            {context.links.topDownProvision && (
              <>
                {' '}
                See <a href={context.links.topDownProvision.href}>{context.links.topDownProvision.label}</a>.
              </>
            )}
          </p>
        </div>
      )}
      {result.sensitivity[0] && <TornadoChart id={`${id}-tornado`} table={result.sensitivity[0]} quantity="emissions" />}
      <InputsTable inputs={result.inputs} typed={state.typed} />
      <AssumptionsPanel context={context} state={state} warnings={result.warnings} />
      <ExportBar
        idPrefix={id}
        disabled={!state.hydrated}
        data={{
          ...stateExport(state, context),
          inputs: result.inputs,
          results: rows,
          notes: [
            verdict(result.perTask.netChange.emissionsG, 'Per task'),
            ...(period ? [verdict(period.netChange.emissionsG, `Per ${period.period}, with rebound`)] : []),
            'Method: marginal device energy on the human side (the top-down per-capita method is advised against).',
          ],
          ...(result.inference ? { boundary: `AI step. ${result.inference.boundaryStatement.text}` } : {}),
        }}
      />
    </>
  );
  return (
    <CalculatorShell
      state={state}
      context={context}
      fields={fields}
      formLabel="Counterfactual inputs"
      title={<>Counterfactual: {result?.label ?? 'an AI-assisted task'}</>}
      intro={
        <>
          Both sides of {task}: the AI workflow (model requests plus the person’s device while reviewing) against the workflow it replaces
          (the person’s device for the whole task). Marginal device energy only, the same grid on both sides.
        </>
      }
      comparison={
        state.comparison && result ? (
          <p>
            With <code>{state.comparison.coefficientSet}</code>: net change{' '}
            {formatQuantity('emissions', state.comparison.view.perTask.netChange.emissionsG.central)} per task (AI side{' '}
            {formatChange(result.perTask.ai.emissionsG.central, state.comparison.view.perTask.ai.emissionsG.central)}).
          </p>
        ) : null
      }
      barRows={rows}
      form={form}
      results={results}
    />
  );
}
