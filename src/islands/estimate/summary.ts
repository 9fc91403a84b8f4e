/**
 * The estimate's summary in words: the AI-assisted task, the same task by hand, the difference with its
 * range, and what would change the answer most. Pure, so the sentences are tested without a browser.
 */
import type { CounterfactualResult, WorkflowFootprint } from '../../../calculators/counterfactual/index.ts';
import { describeChange, formatCount, formatQuantity, formatRange } from '../../../calculators/core/format.ts';
import { pluralUnit } from '../shared/plural.ts';

export interface SummaryFigure {
  /** Per task, with its range in the one wording: "5.3 gCO2e (likely range 2.8 to 14 gCO2e)". */
  perTask: string;
  /** Over the period, for the volume: "110 kgCO2e a month for 20,000 articles". */
  perPeriod?: string;
}

export interface EstimateSummaryText {
  ai: SummaryFigure;
  /** Absent when no by-hand time is given (nothing to compare with). */
  byHand?: SummaryFigure;
  /** "Using AI saves about 41 kgCO2e a month". */
  difference: string;
  /** "likely range: from saving 120 kgCO2e to adding 130 kgCO2e". */
  differenceRange?: string;
  /** A plain sentence when the range includes both a saving and an increase. */
  spansZero?: string;
  /** The inputs that move the difference most, largest first, in the reader's words. */
  drivers: string[];
}

/** Lower-cases a label's first letter for use inside a sentence, but not an acronym's ("AI emissions"). */
const inSentence = (text: string) => (/^[A-Z]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1));

export function estimateSummary(result: CounterfactualResult, unit: string): EstimateSummaryText {
  const period = result.perPeriod;
  const tasks = period ? period.tasks.central : undefined;
  const over = (emissions: number) =>
    period && tasks !== undefined
      ? `${formatQuantity('emissions', emissions)} a ${period.period} for ${formatCount(tasks)} ${pluralUnit(unit, tasks)}`
      : undefined;
  const figure = (perTask: WorkflowFootprint, perPeriod: number | undefined): SummaryFigure => {
    const text = over(perPeriod ?? Number.NaN);
    return {
      perTask: `${formatRange(perTask.emissionsG, 'emissions').text} per ${unit}`,
      ...(perPeriod !== undefined && text ? { perPeriod: text } : {}),
    };
  };
  const ai = figure(result.perTask.ai, period?.ai.emissionsG.central);
  const human = result.baselineKind === 'human' ? figure(result.perTask.baseline, period?.baseline.emissionsG.central) : undefined;
  const net = period ? period.netChange.emissionsG : result.perTask.netChange.emissionsG;
  const words = describeChange(net, 'emissions');
  const when = period ? ` a ${period.period}` : ` per ${unit}`;
  const difference = `Using AI ${words.central}${words.direction === 'none' ? '' : when}${human ? '' : ', with nothing done by hand to compare'}`;
  const drivers = (result.sensitivity[0]?.entries ?? []).slice(0, 3).map((entry) => inSentence(entry.label));
  return {
    ai,
    ...(human ? { byHand: human } : {}),
    difference,
    ...(words.range ? { differenceRange: words.range } : {}),
    ...(words.spansZero ? { spansZero: 'On these inputs AI could either save or add emissions: the range includes both.' } : {}),
    drivers,
  };
}
