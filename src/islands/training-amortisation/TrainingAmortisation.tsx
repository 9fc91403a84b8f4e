/**
 * Training amortisation: a model's training footprint spread over its lifetime requests. Move the
 * lifetime volume (log scale) to see the per-request share, and where inference overtakes training.
 */
import type { TrainingInput, TrainingResult } from '../../../calculators/training/index.ts';
import { AssumptionsPanel } from '../shared/AssumptionsPanel.tsx';
import { BarChart } from '../shared/BarChart.tsx';
import { ExportBar } from '../shared/ExportBar.tsx';
import { stateExport } from '../shared/export.ts';
import type { ExportRow } from '../shared/export.ts';
import { FieldList } from '../shared/FieldList.tsx';
import { formatChange, formatCount, formatQuantity, formatShare } from '../../../calculators/core/format.ts';
import { InputsTable } from '../shared/InputsTable.tsx';
import { LogSlider } from '../shared/LogSlider.tsx';
import { parseNumber } from '../shared/drafts.ts';
import { ResultHeadline } from '../shared/ResultHeadline.tsx';
import type { IslandProps } from '../shared/types.ts';
import { propsOf, type PropsOnPage } from '../shared/island-data.ts';
import { useCalculator } from '../shared/useCalculator.ts';
import { CurveChart } from './CurveChart.tsx';
import { CalculatorShell } from '../shared/CalculatorShell.tsx';
import { islandAnchor } from '../shared/url-state.ts';
import { usedValues } from '../shared/used-values.ts';
import type { ExportRecord } from '../shared/export.ts';
import { WORK_TITLE } from '../../lib/citation.ts';

const loadEngine = () => import('./engine.ts').then((m) => m.engine);
/** The model-card writers, loaded when a reader asks for a record (most never do). */
const modelCard = () => import('../../../calculators/disclosure/model-card.ts');
const VOLUME = 'allocation.lifetimeInferences';

export function trainingRows(result: TrainingResult): ExportRow[] {
  const rows: ExportRow[] = [];
  if (result.allocation.perUnit) {
    rows.push({ label: 'Training emissions per request', quantity: 'emissions', interval: result.allocation.perUnit.emissionsG });
    rows.push({ label: 'Training energy per request', quantity: 'energy', interval: result.allocation.perUnit.energyWh });
  }
  rows.push({ label: 'Training emissions in total', quantity: 'emissions', interval: result.emissionsG.total });
  rows.push({ label: 'Training energy in total', quantity: 'energy', interval: result.energyWh.total });
  return rows;
}

/** The Hugging Face `co2_eq_emissions` block and the "Environmental impact" section of the run shown. */
export function trainingRecords(
  result: TrainingResult,
  input: TrainingInput,
  gridLabel: string | undefined,
  context: { version: string; coefficientSet: string; permalink: string },
): ExportRecord[] {
  const record = {
    guidanceVersion: context.version,
    coefficientSet: context.coefficientSet,
    permalink: context.permalink,
    workTitle: WORK_TITLE,
  };
  return [
    {
      label: 'model-card metadata (co2_eq_emissions)',
      suffix: 'model-card.yaml',
      type: 'application/yaml',
      text: () =>
        modelCard().then((m) =>
          m.modelCardMetadata(
            m.trainingCo2EqEmissions(result, record, {
              geographicalLocation: m.regionOfGridLabel(gridLabel),
              hardwareUsed: m.hardwareOfTraining(input),
            }),
          ),
        ),
    },
    {
      label: '“Environmental impact” section',
      suffix: 'environmental-impact.md',
      type: 'text/markdown',
      text: () =>
        modelCard().then((m) =>
          m.environmentalImpactMarkdown(m.trainingImpactFacts(result, input, record, m.regionOfGridLabel(gridLabel))),
        ),
    },
  ];
}

export default function TrainingAmortisation(given: IslandProps<TrainingInput, TrainingResult> | PropsOnPage) {
  const props = propsOf(given);
  const state = useCalculator(props, loadEngine);
  const { context } = props;
  const id = islandAnchor(context.island);
  const result = state.view;
  const volume = parseNumber(state.drafts[VOLUME] ?? '') ?? 1e9;
  const inferenceG =
    typeof state.input.allocation?.inferenceEmissionsGPerUnit === 'number' ? state.input.allocation.inferenceEmissionsGPerUnit : undefined;
  const fields = props.fields.filter((f) => f.path !== VOLUME);
  const volumeField = props.fields.filter((f) => f.path === VOLUME);
  const breakEven = result?.allocation.breakEvenInferences;
  const share = result?.allocation.shareOfUnitTotal;
  const rows = result ? trainingRows(result) : undefined;
  const used = result ? usedValues(props.fields, result.inputs) : {};
  const form = (
    <>
      <fieldset>
        <legend>Lifetime volume</legend>
        <LogSlider
          id={`${id}-volume-slider`}
          label="Lifetime requests (slider, log scale)"
          value={volume}
          minExponent={3}
          maxExponent={13}
          disabled={!state.hydrated}
          help="Each step is a factor of about 1.26; ten steps are a factor of ten."
          onChange={(v) => state.setDrafts({ [VOLUME]: String(v), [`${VOLUME}.high`]: '' })}
        />
        <FieldList fields={volumeField} state={state} idPrefix={id} used={used} />
      </fieldset>
      <fieldset>
        <legend>Training footprint</legend>
        <FieldList fields={fields} state={state} idPrefix={id} used={used} />
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
        {share && (
          <>
            At {formatCount(volume)} lifetime requests, training is {formatShare(share.central)} of each request’s emissions.{' '}
          </>
        )}
        {breakEven?.emissions && (
          <>
            Inference overtakes training after about {formatCount(breakEven.emissions.central)} requests in emissions
            {breakEven.energy ? <> ({formatCount(breakEven.energy.central)} in energy)</> : null}.
          </>
        )}
        {breakEven && !breakEven.emissions && breakEven.energy && (
          <>Inference overtakes training after about {formatCount(breakEven.energy.central)} requests in energy.</>
        )}
      </p>
      <CurveChart
        id={`${id}-curve`}
        curve={result.curve}
        inferenceG={inferenceG}
        chosen={volume}
        breakEven={breakEven?.emissions?.central}
      />
      <BarChart
        id={`${id}-components`}
        title="Training emissions by component"
        quantity="emissions"
        firstColumn="Component"
        bars={result.breakdown.map((b) => ({
          key: b.component,
          label: b.label,
          value: b.emissionsG.central,
          note: b.included ? 'included' : 'excluded',
          muted: !b.included,
        }))}
      />
      <InputsTable inputs={result.inputs} typed={state.typed} />
      <AssumptionsPanel context={context} state={state} warnings={result.warnings} />
      <ExportBar
        idPrefix={id}
        disabled={!state.hydrated}
        records={trainingRecords(result, state.input, state.coefficients.find((c) => c.id === result.grid.presetId)?.label, {
          version: context.version,
          coefficientSet: state.coefficientSet,
          permalink: state.permalink,
        })}
        data={{
          ...stateExport(state, context),
          inputs: result.inputs,
          results: rows,
          notes: [
            `Allocation: ${result.allocation.method}, over ${formatCount(volume)} lifetime requests.`,
            `Grid: ${result.grid.basis}-based, ${Math.round(result.grid.intensityGPerKWh.central)} gCO2e/kWh.`,
          ],
        }}
      />
    </>
  );
  return (
    <CalculatorShell
      state={state}
      context={context}
      fields={props.fields}
      formLabel="Training amortisation inputs"
      title={<>Training amortisation: {result?.label ?? 'a training run'}</>}
      intro="Spread the training footprint over every request the model will serve. Move the lifetime volume: the per-request share falls in proportion, and past the break-even volume inference outweighs training."
      comparison={
        state.comparison && result ? (
          <p>
            With <code>{state.comparison.coefficientSet}</code>: training{' '}
            {formatQuantity('emissions', state.comparison.view.emissionsG.total.central)} in total (
            {formatChange(result.emissionsG.total.central, state.comparison.view.emissionsG.total.central)}).
          </p>
        ) : null
      }
      barRows={rows}
      form={form}
      results={results}
    />
  );
}
