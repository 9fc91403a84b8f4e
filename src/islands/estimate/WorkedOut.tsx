/**
 * The estimate panel's "How this is worked out": the inputs of both sides, the assumptions and sources,
 * and the exports. It sits in a closed disclosure, so the browser loads it when the reader opens it
 * (EstimatePanel.tsx); the server renders it for readers without JavaScript.
 */
import type { CounterfactualResult } from '../../../calculators/counterfactual/index.ts';
import { counterfactualRows } from '../counterfactual/rows.ts';
import { AssumptionsPanel } from '../shared/AssumptionsPanel.tsx';
import { ExportBar } from '../shared/ExportBar.tsx';
import { stateExport } from '../shared/export.ts';
import { InputsTable } from '../shared/InputsTable.tsx';
import type { IslandContext } from '../shared/types.ts';
import type { CalculatorState } from '../shared/useCalculator.ts';
import type { EstimateSummaryText } from './summary.ts';

export interface WorkedOutProps {
  idPrefix: string;
  context: IslandContext;
  state: Pick<
    CalculatorState<unknown, CounterfactualResult>,
    'typed' | 'coefficientSet' | 'coefficients' | 'sourceIds' | 'hydrated' | 'date' | 'permalink' | 'input'
  >;
  result: CounterfactualResult;
  summary: EstimateSummaryText | undefined;
}

export default function WorkedOut({ idPrefix, context, state, result, summary }: WorkedOutProps) {
  return (
    <>
      <p>
        The AI side is the <a href={context.links.methodology}>counterfactual</a> of the model’s requests (its data-centre boundary with
        embodied hardware and the network traffic it adds) plus the review time on a person’s device; the other side is the person’s device
        for the time the task takes.
        {result.inference ? ` AI step: ${result.inference.boundaryStatement.text}` : ''}
      </p>
      <InputsTable
        inputs={result.inputs}
        caption="Comparison inputs: what you entered, and what comes from the task or defaults"
        typed={state.typed}
        startedFrom="task default"
      />
      {result.inference && (
        <InputsTable
          inputs={result.inference.inputs}
          caption="AI step inputs"
          typed={state.typed}
          prefix="ai.inference."
          startedFrom="task default"
        />
      )}
      <AssumptionsPanel context={context} state={state} warnings={result.warnings} />
      <ExportBar
        idPrefix={idPrefix}
        disabled={!state.hydrated}
        headingLevel={3}
        data={{
          ...stateExport(state, context),
          inputs: result.inputs,
          results: counterfactualRows(result),
          notes: summary ? [summary.difference, ...(summary.differenceRange ? [summary.differenceRange] : [])] : [],
          ...(result.inference ? { boundary: `AI step. ${result.inference.boundaryStatement.text}` } : {}),
        }}
      />
    </>
  );
}
