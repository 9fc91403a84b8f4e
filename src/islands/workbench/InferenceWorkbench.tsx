/**
 * The workbench's inference model: every input, media presets, method choice, uncertainty (interval and
 * tornado chart) and totals per month or year.
 */
import type { InferenceInput, InferenceResult } from '../../../calculators/inference/index.ts';
import { breakdownBars, boundaryNotes, inferenceRows } from '../boundary-explorer/breakdown.ts';
import { AssumptionsPanel } from '../shared/AssumptionsPanel.tsx';
import { BarChart } from '../shared/BarChart.tsx';
import { ExportBar } from '../shared/ExportBar.tsx';
import { stateExport } from '../shared/export.ts';
import { FieldList } from '../shared/FieldList.tsx';
import { formatChange, formatQuantity } from '../../../calculators/core/format.ts';
import { ukDecimal } from '../../../calculators/core/uk-number.ts';
import { InputsTable } from '../shared/InputsTable.tsx';
import { ResultHeadline } from '../shared/ResultHeadline.tsx';
import { TornadoChart } from '../shared/TornadoChart.tsx';
import type { IslandProps } from '../shared/types.ts';
import { propsOf, type PropsOnPage } from '../shared/island-data.ts';
import { useCalculator } from '../shared/useCalculator.ts';
import type { WorkbenchExtras } from './prepare.ts';
import { BoundaryWarning } from '../shared/BoundaryWarning.tsx';
import { CalculatorShell } from '../shared/CalculatorShell.tsx';
import { islandAnchor } from '../shared/url-state.ts';
import { usedValues } from '../shared/used-values.ts';

const loadEngine = () => import('../boundary-explorer/engine.ts').then((m) => m.engine);
const estimateFieldsByMethod: Record<string, string[]> = {
  measured: ['estimate.energyWhPerRequest'],
  reported: ['estimate.energyWhPerRequest'],
  flop: [
    'estimate.activeParamsB',
    'estimate.peakFlopsPerSecond',
    'estimate.utilisation',
    'estimate.powerPerAcceleratorW',
    'estimate.powerAdjustment',
    'estimate.acceleratorShareOfPower',
    'estimate.pue',
  ],
  parametric: ['estimate.activeParamsB', 'estimate.totalParamsB', 'estimate.batchSize', 'estimate.latencyS', 'estimate.pue'],
  benchmark: ['estimate.joulesPerToken', 'estimate.energyWhPer1000Queries', 'estimate.labToProductionFactor'],
  proxy: ['estimate.modelClass'],
  realtime: [],
};

export default function InferenceWorkbench(given: (IslandProps<InferenceInput, InferenceResult> & WorkbenchExtras) | PropsOnPage) {
  const props = propsOf(given);
  const state = useCalculator(props, loadEngine);
  const { context } = props;
  const id = islandAnchor(context.island);
  const result = state.view;
  const method = state.input.estimate.method;
  const byPrefix = (test: (path: string) => boolean) => props.fields.filter((f) => test(f.path));
  const estimateFields = byPrefix((p) => (estimateFieldsByMethod[method] ?? []).includes(p));
  const presetId = props.presets.find((p) => p.input.preset === state.input.preset)?.id ?? '';
  const rows = result ? inferenceRows(result) : undefined;
  const used = result ? usedValues(props.fields, result.inputs) : {};
  const form = (
    <>
      <fieldset>
        <legend>Use case</legend>
        <div className="calc-field">
          <label htmlFor={`${id}-preset`}>Media preset</label>
          <select
            id={`${id}-preset`}
            value={presetId}
            aria-describedby={`${id}-preset-help`}
            disabled={!state.hydrated}
            onChange={(event) => {
              const p = props.presets.find((x) => x.id === event.currentTarget.value);
              if (p) state.replaceInput(p.input, { keepTyped: true });
            }}
          >
            {!presetId && <option value="">Custom</option>}
            {props.presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
          <p className="calc-field__help" id={`${id}-preset-help`}>
            Loads the worked example for a newsroom task; what you have typed stays, and every value stays editable.
          </p>
        </div>
        <FieldList
          fields={byPrefix(
            (p) => p === 'functionalUnit' || p === 'requestsPerUnit' || p === 'outputTokensPerRequest' || p === 'inputTokensPerRequest',
          )}
          state={state}
          idPrefix={id}
          used={used}
        />
      </fieldset>
      <fieldset>
        <legend>Volume</legend>
        <FieldList fields={byPrefix((p) => p.startsWith('volume.'))} state={state} idPrefix={id} used={used} />
      </fieldset>
      <fieldset>
        <legend>Estimate and data-quality tier</legend>
        <div className="calc-field">
          <label htmlFor={`${id}-method`}>Method</label>
          <select
            id={`${id}-method`}
            value={method}
            aria-describedby={`${id}-method-help`}
            disabled={!state.hydrated}
            onChange={(event) => {
              const m = props.methods.find((x) => x.id === event.currentTarget.value);
              if (m) state.replaceInput({ ...state.input, estimate: m.estimate });
            }}
          >
            {props.methods.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
          <p className="calc-field__help" id={`${id}-method-help`}>
            Sets the data-quality tier: measured, reported, modelled or proxy.
          </p>
        </div>
        <FieldList fields={estimateFields} state={state} idPrefix={id} used={used} />
      </fieldset>
      <fieldset>
        <legend>Boundary</legend>
        {result && <BoundaryWarning statement={result.boundaryStatement} boundaryHref={context.links.methodology} />}
        <FieldList fields={byPrefix((p) => p.startsWith('boundary.'))} state={state} idPrefix={id} />
      </fieldset>
      <fieldset>
        <legend>Grid, overhead, network, device and training</legend>
        <FieldList fields={byPrefix((p) => /^(grid|pue$|network|device|training)/.test(p))} state={state} idPrefix={id} used={used} />
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
      {/* ukDecimal, not toLocaleString: a first Intl number format costs the hydrating page about 60 ms (uk-number.ts). */}
      <p className="calc__compare">
        Data-quality tier: {result.tier}.{' '}
        {result.samples > 0 ? `${ukDecimal(result.samples, 0)} Monte Carlo samples.` : 'Every input is a point value.'}
      </p>
      <BarChart
        id={`${id}-breakdown`}
        title={`Emissions ${result.functionalUnit.label} by boundary element`}
        quantity="emissions"
        bars={breakdownBars(result, 'emissions')}
      />
      {result.sensitivity[0] && <TornadoChart id={`${id}-tornado`} table={result.sensitivity[0]} quantity="emissions" />}
      <InputsTable
        inputs={result.inputs}
        caption="Inputs: what you entered, and what comes from the preset or defaults"
        typed={state.typed}
        startedFrom="preset"
      />
      <AssumptionsPanel context={context} state={state} warnings={result.warnings} />
      <ExportBar
        idPrefix={id}
        disabled={!state.hydrated}
        headingLevel={3}
        data={{
          ...stateExport(state, context),
          inputs: result.inputs,
          results: rows,
          notes: boundaryNotes(result),
          boundary: result.boundaryStatement.text,
        }}
      />
    </>
  );
  return (
    <CalculatorShell
      state={state}
      context={context}
      fields={props.fields}
      headingLevel={2}
      formLabel="Inference inputs"
      title="Inference: energy and emissions per functional unit"
      comparison={
        state.comparison && result ? (
          <p>
            With <code>{state.comparison.coefficientSet}</code>:{' '}
            {formatQuantity('emissions', state.comparison.view.perUnit.emissionsG.central)} {result.functionalUnit.label} (
            {formatChange(result.perUnit.emissionsG.central, state.comparison.view.perUnit.emissionsG.central)}).
          </p>
        ) : null
      }
      barRows={rows}
      form={form}
      results={results}
    />
  );
}
