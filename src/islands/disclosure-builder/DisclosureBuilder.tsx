/**
 * Disclosure builder: choose the functional unit, boundary and data tier of an inference estimate, or
 * describe a training or fine-tuning run; get the disclosure statement as Markdown and JSON, ready to paste
 * into a report, and for a run the model card's co2_eq_emissions block.
 */
import type { DisclosureInput } from '../../../calculators/disclosure/index.ts';
import { AssumptionsPanel } from '../shared/AssumptionsPanel.tsx';
import { ExportBar } from '../shared/ExportBar.tsx';
import { stateExport } from '../shared/export.ts';
import type { ExportRow } from '../shared/export.ts';
import { FieldList } from '../shared/FieldList.tsx';
import { getPath } from '../shared/object-path.ts';
import { SelectField } from '../shared/SelectField.tsx';
import { lazy, Suspense } from 'react';
import { ResultHeadline } from '../shared/ResultHeadline.tsx';
import { TextField } from '../shared/TextField.tsx';
import type { ChoiceFieldDef, IslandProps } from '../shared/types.ts';
import { propsOf, type PropsOnPage } from '../shared/island-data.ts';
import { useCalculator } from '../shared/useCalculator.ts';
import type { DisclosureView } from './engine.ts';
import { tierEstimates, tierOfMethod, type DisclosureExtras, type TierId } from './estimates.ts';
import { BoundaryWarning } from '../shared/BoundaryWarning.tsx';
import { CalculatorShell } from '../shared/CalculatorShell.tsx';
import { islandAnchor } from '../shared/url-state.ts';
import type { ExportRecord } from '../shared/export.ts';
import { trainingEmissionsOf } from '../../../calculators/disclosure/co2-eq-scope.ts';
import { WORK_TITLE } from '../../lib/citation.ts';

const loadEngine = () => import('./engine.ts').then((m) => m.engine);
/** The model-card writers, loaded when a reader asks for a record (most never do). */
const modelCard = () => import('../../../calculators/disclosure/model-card.ts');
const tierNames: Record<TierId, string> = {
  measured: 'Measured',
  reported: 'Reported by the supplier',
  modelled: 'Modelled (parametric)',
  proxy: 'Proxy (model class)',
};
const fieldsForMethod: Record<string, string> = {
  measured: 'input.estimate.energyWhPerRequest',
  reported: 'input.estimate.energyWhPerRequest',
  parametric: 'input.estimate.activeParamsB',
  proxy: 'input.estimate.modelClass',
};

const baseUnits: Record<string, 'energy' | 'emissions' | undefined> = { Wh: 'energy', gCO2e: 'emissions' };

/** The run a training statement describes: its fields load when the reader chooses it. */
const TrainingRun = lazy(() => import('./TrainingRun.tsx'));

export function statementRows(view: DisclosureView): ExportRow[] {
  return view.statement.results.slice(0, 2).flatMap((r) => {
    const quantity = baseUnits[r.unit];
    return quantity ? [{ label: r.quantity, quantity, interval: r.value }] : [];
  });
}

/**
 * The statement's "Environmental impact" section, and for a training statement the Hugging Face
 * `co2_eq_emissions` block (a model card's block is about training; an inference statement has none).
 */
export function statementRecords(view: DisclosureView, permalink: string): ExportRecord[] {
  const s = view.statement;
  const record = { guidanceVersion: s.guidanceVersion, coefficientSet: s.coefficientSet, permalink, workTitle: WORK_TITLE };
  const records: ExportRecord[] = [
    {
      label: '“Environmental impact” section',
      suffix: 'environmental-impact.md',
      type: 'text/markdown',
      text: () => modelCard().then((m) => m.environmentalImpactMarkdown(m.statementImpactFacts(s, record))),
    },
  ];
  if (trainingEmissionsOf(s))
    records.unshift({
      label: 'model-card metadata (co2_eq_emissions)',
      suffix: 'model-card.yaml',
      type: 'application/yaml',
      text: () =>
        modelCard().then((m) => {
          const block = m.statementCo2EqEmissions(s, record);
          return block ? m.modelCardMetadata(block) : '';
        }),
    });
  return records;
}

export default function DisclosureBuilder(given: (IslandProps<DisclosureInput, DisclosureView> & DisclosureExtras) | PropsOnPage) {
  const props = propsOf(given);
  const state = useCalculator(props, loadEngine);
  const { context } = props;
  const id = islandAnchor(context.island);
  const view = state.view;
  const method = String(getPath(state.input, 'input.estimate.method') ?? 'proxy');
  const tier = tierOfMethod[method] ?? 'proxy';
  // Every path in fieldsForMethod is an estimate's, so the one field of the tier is found by its path alone.
  const estimateFields = props.fields.filter((f) => f.path === fieldsForMethod[method]);
  const unitField = props.fields.filter((f) => f.path === 'input.functionalUnit' || f.path === 'input.volume.unitsPerPeriod');
  const switches = props.fields.filter((f) => f.kind === 'switch');
  const chooseTier = (next: TierId) => {
    state.replaceInput({ ...state.input, input: { ...(state.input.input as object), estimate: tierEstimates[next] } } as DisclosureInput);
  };
  const model = state.input.model;
  // Each choice starts from its statement in the props (the training model loads before a training
  // statement is run: engine.ts, ready). What the reader typed about the statement (title, organisation,
  // period) stays; the model's fields go.
  const chooseModel = (next: string | undefined) =>
    state.replaceInput(next === 'training' ? props.trainingStatement : props.input, { keepTyped: (key) => !key.startsWith('input') });
  const text = (path: 'title' | 'organisation' | 'period', label: string, help: string) => (
    <TextField
      id={`${id}-field-${path}`}
      label={label}
      help={help}
      value={String(state.input[path] ?? '')}
      error={state.fieldErrors[path]}
      disabled={!state.hydrated}
      onChange={(v) => state.setValue(path, v)}
    />
  );
  const json = view ? JSON.stringify(view.statement, null, 2) : '';
  const rows = view ? statementRows(view) : undefined;
  const inferenceForm = (
    <>
      <fieldset>
        <legend>Functional unit and volume</legend>
        <FieldList fields={unitField} state={state} idPrefix={id} />
      </fieldset>
      <fieldset>
        <legend>Data-quality tier</legend>
        {(Object.keys(tierNames) as TierId[]).map((t) => (
          <div className="calc-switch" key={t}>
            <input
              type="radio"
              id={`${id}-tier-${t}`}
              name={`${id}-tier`}
              checked={tier === t}
              disabled={!state.hydrated}
              onChange={() => chooseTier(t)}
            />
            <label htmlFor={`${id}-tier-${t}`}>{tierNames[t]}</label>
          </div>
        ))}
        <FieldList fields={estimateFields} state={state} idPrefix={id} />
      </fieldset>
      <fieldset>
        <legend>Boundary</legend>
        {view?.boundaryStatement && <BoundaryWarning statement={view.boundaryStatement} boundaryHref={context.links.methodology} />}
        <FieldList fields={switches} state={state} idPrefix={id} />
      </fieldset>
    </>
  );
  const form = (
    <>
      <fieldset>
        <legend>Statement</legend>
        <SelectField
          // The choice of model, first in prepare.ts. Its one error (the training model not loaded, offline)
          // is in the error summary above the form, which links here.
          field={props.fields[0] as ChoiceFieldDef}
          idPrefix={id}
          value={model}
          onChange={chooseModel}
          disabled={!state.hydrated}
        />
        {text('title', 'Title of the statement', 'Plain text: what is disclosed.')}
        {text('organisation', 'Organisation', 'Who discloses.')}
        {text('period', 'Reporting period', 'For example 2026-Q4.')}
      </fieldset>
      {model === 'training' ? (
        <Suspense>
          <TrainingRun fields={props.fields} state={state} idPrefix={id} />
        </Suspense>
      ) : (
        inferenceForm
      )}
    </>
  );
  const results = view && rows && (
    <>
      <ResultHeadline
        rows={rows}
        stale={state.stale}
        methodHref={context.links.methodology}
        methodLabel={context.links.methodologyLabel}
        uncertaintyHref={context.links.uncertainty}
      />
      <h4>Disclosure statement (Markdown)</h4>
      <pre className="calc-output" tabIndex={0} role="region" aria-label="Disclosure statement in Markdown">
        {view.markdown}
      </pre>
      <details>
        <summary>Disclosure statement (JSON)</summary>
        <pre className="calc-output" tabIndex={0} role="region" aria-label="Disclosure statement in JSON">
          {json}
        </pre>
      </details>
      <AssumptionsPanel context={context} state={state} warnings={view.warnings} />
      <ExportBar
        idPrefix={id}
        disabled={!state.hydrated}
        markdown={view.markdown}
        records={statementRecords(view, state.permalink)}
        markdownLabel="Copy the disclosure Markdown"
        data={{
          ...stateExport(state, context),
          inputs: view.inputs,
          results: rows,
          notes: [],
          attachments: { statement: view.statement },
        }}
      />
    </>
  );
  return (
    <CalculatorShell
      state={state}
      context={context}
      fields={props.fields}
      formLabel="Disclosure inputs"
      title="Disclosure builder"
      intro="Choose what the statement discloses (the use of a model, or a training or fine-tuning run), then its boundary and data tier: the statement below follows the disclosure template and updates as you go. Copy it as Markdown or download it as JSON."
      barRows={rows}
      form={form}
      results={results || undefined}
    />
  );
}
