/**
 * The headline figures of a worked example, chosen per model, for the static result card that
 * chapters embed with <WorkedExample>. Pure: it takes an engine result and returns labelled intervals,
 * so the numbers in the text always come from the engine at build time.
 */
import type { Interval } from '../../calculators/core/result.ts';
import { formatRange, formatShare, rangeEnds } from '../../calculators/core/format.ts';
import type { InferenceResult } from '../../calculators/inference/index.ts';
import type { TrainingResult } from '../../calculators/training/index.ts';
import type { CounterfactualResult } from '../../calculators/counterfactual/index.ts';

export type Quantity = 'energyWh' | 'emissionsG' | 'ratio' | 'count' | 'percent';

export interface HeadlineRow {
  label: string;
  value: Interval;
  quantity: Quantity;
  /** A row whose method the guidance advises against (shown with a warning). */
  advisedAgainst?: boolean;
}

export interface Headline {
  rows: HeadlineRow[];
  /** Plain-text caveats from the engine (boundary flags, method warnings). */
  notes: string[];
}

export function inferenceHeadline(result: InferenceResult): Headline {
  const unit = result.functionalUnit.label; // already reads "per article", "per request", ...
  const rows: HeadlineRow[] = [
    { label: `Energy ${unit}`, value: result.perUnit.energyWh, quantity: 'energyWh' },
    { label: `Emissions ${unit}`, value: result.perUnit.emissionsG, quantity: 'emissionsG' },
  ];
  // Per request helps where a unit takes several requests (an article); not where a request serves many
  // units (a summary read by thousands) or where unit and request coincide.
  const { central, p5, p95 } = result.requestsPerUnit;
  if (result.functionalUnit.id !== 'request' && central >= 1 && !(central === 1 && p5 === 1 && p95 === 1)) {
    rows.push({ label: 'Energy per request', value: result.perRequest.energyWh, quantity: 'energyWh' });
  }
  // Where the boundary reaches beyond the data centre, say how the energy divides between the parts.
  const element = (id: string) => result.breakdown.find((b) => b.element === id && b.included);
  const network = element('network');
  const devices = element('endUserDevice');
  if (network || devices) {
    rows.push({ label: `Of which, in the data centre, ${unit}`, value: result.dataCentre.energyWh, quantity: 'energyWh' });
    if (network) rows.push({ label: `Of which, network transfer, ${unit}`, value: network.energyWh, quantity: 'energyWh' });
    if (devices) rows.push({ label: `Of which, end-user devices, ${unit}`, value: devices.energyWh, quantity: 'energyWh' });
  }
  if (result.totals) {
    rows.push({ label: `Energy per ${result.totals.period}`, value: result.totals.energyWh, quantity: 'energyWh' });
    rows.push({ label: `Emissions per ${result.totals.period}`, value: result.totals.emissionsG, quantity: 'emissionsG' });
  }
  return { rows, notes: result.warnings };
}

export function trainingHeadline(result: TrainingResult): Headline {
  const rows: HeadlineRow[] = [
    { label: 'Training energy', value: result.energyWh.total, quantity: 'energyWh' },
    { label: 'Training emissions', value: result.emissionsG.total, quantity: 'emissionsG' },
  ];
  const { perUnit, shareOfUnitTotal, breakEvenInferences } = result.allocation;
  if (perUnit) rows.push({ label: 'Training allocated per functional unit', value: perUnit.emissionsG, quantity: 'emissionsG' });
  if (shareOfUnitTotal) rows.push({ label: 'Training share of the per-unit total', value: shareOfUnitTotal, quantity: 'percent' });
  if (breakEvenInferences?.emissions)
    rows.push({ label: 'Inferences at which inference emissions equal training', value: breakEvenInferences.emissions, quantity: 'count' });
  else if (breakEvenInferences?.energy)
    rows.push({ label: 'Inferences at which inference energy equals training', value: breakEvenInferences.energy, quantity: 'count' });
  return { rows, notes: result.warnings };
}

export function counterfactualHeadline(result: CounterfactualResult): Headline {
  const rows: HeadlineRow[] = [
    { label: 'AI-assisted workflow, per task', value: result.perTask.ai.emissionsG, quantity: 'emissionsG' },
    {
      label: result.baselineKind === 'nothing' ? 'Baseline (the output is additional)' : 'Workflow it replaces, per task',
      value: result.perTask.baseline.emissionsG,
      quantity: 'emissionsG',
    },
    { label: 'Net change per task (negative: emissions avoided)', value: result.perTask.netChange.emissionsG, quantity: 'emissionsG' },
  ];
  if (result.perTask.ratio)
    rows.push({ label: 'AI workflow relative to the one it replaces', value: result.perTask.ratio, quantity: 'ratio' });
  if (result.perPeriod)
    rows.push({
      label: `Net change per ${result.perPeriod.period}, with rebound`,
      value: result.perPeriod.netChange.emissionsG,
      quantity: 'emissionsG',
    });
  if (result.topDown) {
    rows.push({
      label: 'Top-down per-capita human baseline, per task',
      value: result.topDown.humanPerTaskG,
      quantity: 'emissionsG',
      advisedAgainst: true,
    });
  }
  return { rows, notes: result.topDown ? [result.topDown.note, ...result.warnings] : result.warnings };
}

/** One headline value as text: the engine's formatter, with the range in its one wording when there is one. */
export function formatQuantity(value: Interval, quantity: Quantity): string {
  switch (quantity) {
    case 'energyWh':
      return formatRange(value, 'energy').text;
    case 'emissionsG':
      return formatRange(value, 'emissions').text;
    case 'ratio':
      return formatRange(value, '×').text;
    case 'count':
      return formatRange(value, '').text;
    case 'percent': {
      const { low, high } = rangeEnds(value);
      const range = formatRange(value, '');
      return range.rangeText
        ? `${formatShare(value.central)} (${range.rangeText.split(' ').slice(0, 2).join(' ')} ${formatShare(low)} to ${formatShare(high)})`
        : formatShare(value.central);
    }
  }
}
