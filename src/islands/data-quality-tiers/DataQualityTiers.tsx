/**
 * Data-quality tiers: one use case estimated at each tier (measured, reported, modelled, proxy), to show
 * how the range widens as the data get thinner.
 */
import type { InferenceResult } from '../../../calculators/inference/index.ts';
import { AssumptionsPanel } from '../shared/AssumptionsPanel.tsx';
import { ExportBar } from '../shared/ExportBar.tsx';
import { stateExport } from '../shared/export.ts';
import type { ExportRow } from '../shared/export.ts';
import { FieldList } from '../shared/FieldList.tsx';
import { formatChange, formatQuantity, roundSignificant } from '../../../calculators/core/format.ts';
import { IntervalChart } from '../shared/IntervalChart.tsx';
import { ResultHeadline } from '../shared/ResultHeadline.tsx';
import type { IslandProps } from '../shared/types.ts';
import { propsOf, type PropsOnPage } from '../shared/island-data.ts';
import { useCalculator } from '../shared/useCalculator.ts';
import type { TiersView } from './engine.ts';
import { tierLabels } from '../../../calculators/inference/tier-labels.ts';
import type { TiersInput } from '../../../calculators/inference/tiers.ts';
import { CalculatorShell } from '../shared/CalculatorShell.tsx';
import { islandAnchor } from '../shared/url-state.ts';

const loadEngine = () => import('./engine.ts').then((m) => m.engine);

const spread = (r: InferenceResult) =>
  r.perUnit.emissionsG.p5 > 0 ? r.perUnit.emissionsG.p95 / r.perUnit.emissionsG.p5 : Number.POSITIVE_INFINITY;

export default function DataQualityTiers(given: IslandProps<TiersInput, TiersView> | PropsOnPage) {
  const props = propsOf(given);
  const state = useCalculator(props, loadEngine);
  const { context } = props;
  const id = islandAnchor(context.island);
  const view = state.view ?? [];
  const unit = view[0]?.result.functionalUnit.label ?? 'per unit';
  const rows: ExportRow[] = view.map((v) => ({
    label: `${tierLabels[v.tier]}: emissions ${unit}`,
    quantity: 'emissions',
    interval: v.result.perUnit.emissionsG,
  }));
  const energyRows: ExportRow[] = view.map((v) => ({
    label: `${tierLabels[v.tier]}: energy ${unit}`,
    quantity: 'energy',
    interval: v.result.perUnit.energyWh,
  }));
  const measured = view.find((v) => v.tier === 'measured')?.result;
  const proxy = view.find((v) => v.tier === 'proxy')?.result;
  const warnings = [...new Set(view.flatMap((v) => v.result.warnings))];
  const modelled = view.find((v) => v.tier === 'modelled')?.result;
  const form = (
    <fieldset>
      <legend>Data at each tier</legend>
      <FieldList fields={props.fields} state={state} idPrefix={id} />
    </fieldset>
  );
  const results = view.length > 0 && (
    <>
      <ResultHeadline
        rows={rows}
        stale={state.stale}
        methodHref={context.links.methodology}
        methodLabel={context.links.methodologyLabel}
        uncertaintyHref={context.links.uncertainty}
      />
      {measured && proxy && (
        <p className="calc__compare">
          The proxy range is {roundSignificant(spread(proxy) / spread(measured), 2)} times as wide (high end ÷ low end) as the measured one:
          the thinner the data, the wider the honest answer.
        </p>
      )}
      <IntervalChart
        id={`${id}-emissions`}
        title={`Emissions ${unit} at each tier`}
        quantity="emissions"
        rows={view.map((v) => ({ key: v.tier, label: tierLabels[v.tier], interval: v.result.perUnit.emissionsG }))}
      />
      <IntervalChart
        id={`${id}-energy`}
        title={`Energy ${unit} at each tier`}
        quantity="energy"
        rows={view.map((v) => ({ key: v.tier, label: tierLabels[v.tier], interval: v.result.perUnit.energyWh }))}
      />
      <AssumptionsPanel context={context} state={state} warnings={warnings} />
      <ExportBar
        idPrefix={id}
        disabled={!state.hydrated}
        data={{
          ...stateExport(state, context),
          inputs: view.flatMap((v) => v.result.inputs.map((i) => ({ ...i, label: `${tierLabels[v.tier]}: ${i.label}` }))),
          results: [...rows, ...energyRows],
          notes: [
            `Functional unit: ${unit.replace(/^per /, 'one ')}.`,
            'Every tier has the use case’s boundary; only the estimate changes.',
          ],
          ...(modelled ? { boundary: modelled.boundaryStatement.text } : {}),
        }}
      />
    </>
  );
  return (
    <CalculatorShell
      state={state}
      context={context}
      fields={props.fields}
      formLabel="Data-quality tier inputs"
      title={<>Data-quality tiers: {modelled?.label ?? 'one use case'}</>}
      intro="The same task estimated four ways, from the best data to the thinnest. The measured and reported rows start from illustrative figures placed around the modelled estimate (±10 % metering error; a supplier figure read across with ±30 %), because no publisher has disclosed a metered summarisation figure: replace them with your own."
      comparison={
        state.comparison ? (
          <ul>
            {state.comparison.view.map((v, i) => (
              <li key={v.tier}>
                {tierLabels[v.tier]} with <code>{state.comparison?.coefficientSet}</code>:{' '}
                {formatQuantity('emissions', v.result.perUnit.emissionsG.central)} (
                {formatChange(view[i]?.result.perUnit.emissionsG.central ?? 0, v.result.perUnit.emissionsG.central)})
              </li>
            ))}
          </ul>
        ) : null
      }
      barRows={rows}
      form={form}
      results={results || undefined}
    />
  );
}
