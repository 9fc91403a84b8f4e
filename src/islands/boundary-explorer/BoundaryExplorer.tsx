/**
 * Boundary explorer: one request's energy and emissions as boundary elements are switched on and off,
 * against a published narrow-boundary figure.
 */
import type { InferenceInput, InferenceResult } from '../../../calculators/inference/index.ts';
import { AssumptionsPanel } from '../shared/AssumptionsPanel.tsx';
import { BarChart } from '../shared/BarChart.tsx';
import { ExportBar } from '../shared/ExportBar.tsx';
import { stateExport } from '../shared/export.ts';
import { FieldList } from '../shared/FieldList.tsx';
import { formatChange, formatQuantity, roundSignificant } from '../../../calculators/core/format.ts';
import { InputsTable } from '../shared/InputsTable.tsx';
import { ResultHeadline } from '../shared/ResultHeadline.tsx';
import type { IslandProps } from '../shared/types.ts';
import { propsOf, type PropsOnPage } from '../shared/island-data.ts';
import { useCalculator } from '../shared/useCalculator.ts';
import { boundaryNotes, breakdownBars, inferenceRows } from './breakdown.ts';
import { referenceFigures, treatmentText } from './config.ts';
import { BoundaryWarning } from '../shared/BoundaryWarning.tsx';
import { CalculatorShell } from '../shared/CalculatorShell.tsx';
import { islandAnchor } from '../shared/url-state.ts';
import { usedValues } from '../shared/used-values.ts';
import { referenceAnchor } from '../../lib/paths.ts';

const loadEngine = () => import('./engine.ts').then((m) => m.engine);

export default function BoundaryExplorer(given: IslandProps<InferenceInput, InferenceResult> | PropsOnPage) {
  const props = propsOf(given);
  const state = useCalculator(props, loadEngine);
  const { context } = props;
  const result = state.view;
  const id = islandAnchor(context.island);
  const reference = referenceFigures[context.exampleId];
  const switches = props.fields.filter((f) => f.kind === 'switch');
  const sourceFields = props.fields.filter((f) => f.path.startsWith('estimate.') || f.path.startsWith('grid.'));
  const widerFields = props.fields.filter((f) => f.kind !== 'switch' && !sourceFields.includes(f));
  const status = Object.fromEntries((result?.boundary ?? []).map((b) => [`boundary.${b.element}`, treatmentText[b.treatment]]));
  const energy = result?.perUnit.energyWh.central ?? 0;
  const rows = result
    ? inferenceRows(result).map((r) => ({
        ...r,
        label: r.label.replace(/^(Energy|Emissions) per request$/, '$1 per request, chosen boundary'),
      }))
    : undefined;
  const used = result ? usedValues(props.fields, result.inputs) : {};
  const form = (
    <>
      <fieldset>
        <legend>Boundary elements</legend>
        {result && <BoundaryWarning statement={result.boundaryStatement} boundaryHref={context.links.methodology} />}
        <FieldList fields={switches} state={state} idPrefix={id} switchStatus={status} />
      </fieldset>
      <fieldset>
        <legend>Source figure and grid</legend>
        <FieldList fields={sourceFields} state={state} idPrefix={id} used={used} />
      </fieldset>
      <fieldset>
        <legend>Data for a wider boundary</legend>
        <FieldList fields={widerFields} state={state} idPrefix={id} used={used} />
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
      {reference && (
        <p className="calc__compare">
          {reference.label}: {formatQuantity('energy', reference.energyWh)} (
          <a href={`${context.links.references}#${referenceAnchor(reference.sourceId)}`}>
            {context.sources[reference.sourceId] ?? reference.sourceId}
          </a>
          ). The chosen boundary gives {roundSignificant(energy / reference.energyWh, 2)} times that figure.
        </p>
      )}
      <BarChart
        id={`${id}-energy`}
        title="Energy per request by boundary element"
        quantity="energy"
        bars={breakdownBars(result, 'energy')}
        marker={reference ? { label: reference.label, value: reference.energyWh } : undefined}
      />
      <BarChart
        id={`${id}-emissions`}
        title={`Emissions per request by boundary element (${result.grid.basis}-based grid)`}
        quantity="emissions"
        bars={breakdownBars(result, 'emissions')}
      />
      <InputsTable inputs={result.inputs} typed={state.typed} />
      <AssumptionsPanel context={context} state={state} warnings={result.warnings} />
      <ExportBar
        idPrefix={id}
        disabled={!state.hydrated}
        data={{
          ...stateExport(state, context),
          inputs: result.inputs,
          results: inferenceRows(result),
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
      formLabel="Boundary explorer inputs"
      title="Boundary explorer"
      intro="Start from a supplier’s figure for one request and switch the boundary elements on and off: the chart shows what each element adds, and the dashed line is the published narrow-boundary figure."
      comparison={
        state.comparison && result ? (
          <p>
            With <code>{state.comparison.coefficientSet}</code>: {formatQuantity('energy', state.comparison.view.perUnit.energyWh.central)}{' '}
            and {formatQuantity('emissions', state.comparison.view.perUnit.emissionsG.central)} per request (
            {formatChange(result.perUnit.emissionsG.central, state.comparison.view.perUnit.emissionsG.central)} emissions against the linked
            set).
          </p>
        ) : null
      }
      barRows={rows}
      form={form}
      results={results}
    />
  );
}
