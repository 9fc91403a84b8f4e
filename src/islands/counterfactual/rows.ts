/** The counterfactual's headline rows and verdict, shared by its island and the estimate panel's export. */
import type { CounterfactualResult } from '../../../calculators/counterfactual/index.ts';
import type { Interval } from '../../../calculators/core/result.ts';
import { rangeEnds, rangeKindOf, rangeWords } from '../../../calculators/core/format.ts';
import type { ExportRow } from '../shared/export.ts';

export function counterfactualRows(result: CounterfactualResult): ExportRow[] {
  const rows: ExportRow[] = [
    { label: 'Net change in emissions per task (AI minus baseline)', quantity: 'emissions', interval: result.perTask.netChange.emissionsG },
    { label: 'AI-assisted workflow, emissions per task', quantity: 'emissions', interval: result.perTask.ai.emissionsG },
    { label: 'Workflow replaced, emissions per task', quantity: 'emissions', interval: result.perTask.baseline.emissionsG },
  ];
  if (result.perPeriod)
    rows.push({
      label: `Net change in emissions per ${result.perPeriod.period}, with rebound`,
      quantity: 'emissions',
      interval: result.perPeriod.netChange.emissionsG,
    });
  return rows;
}

/**
 * Whether the AI-assisted workflow saves or adds emissions across the range, in the one range wording and
 * naming what the range is of (per task, or over the period with rebound), so two figures never seem to
 * contradict each other.
 */
export function verdict(net: Interval, scope: string): string {
  const kind = rangeKindOf(net);
  const range = kind === 'point' ? 'the result' : `the ${rangeWords[kind].label}`;
  const { low, high } = rangeEnds(net);
  if (high < 0) return `${scope}: the AI-assisted workflow saves emissions across ${range}.`;
  if (low > 0) return `${scope}: the AI-assisted workflow adds emissions across ${range}.`;
  if (kind === 'point') return `${scope}: the AI-assisted workflow makes no difference.`;
  return `${scope}: ${range} includes both a saving and an increase, so on these inputs AI could do either (central estimate: ${net.central < 0 ? 'a saving' : 'an increase'}).`;
}
