/**
 * Records for model cards and responsible-AI registers:
 * - the Hugging Face model-card metadata block `co2_eq_emissions` (training and fine-tuning only), in the
 *   shape Hugging Face documents (huggingface.co/docs/hub/model-cards-co2): `emissions` in grams of CO2,
 *   `source`, `training_type` ("pre-training" or "fine-tuning"), `geographical_location` and
 *   `hardware_used`;
 * - a Markdown "Environmental impact" section that states the boundary, the functional unit, the data tier
 *   and the range, worded by the engine's one formatter.
 * Light: it imports the formatter and the registry of the coefficient sets loaded (a statement names its
 * set, whose grid label says where a run was). Islands load it when a reader asks for a record.
 */
import { getCoefficientSet } from '../coefficients/registry.ts';
import { formatCount, formatRange, rangeKindOf, rangeWords } from '../core/format.ts';
import type { Interval } from '../core/result.ts';
import type { TrainingInput } from '../training/schema.ts';
import type { TrainingResult } from '../training/model.ts';
import type { DisclosureStatement } from './schema.ts';
import { trainingEmissionsOf } from './co2-eq-scope.ts';

/** The metadata block, as Hugging Face documents it. */
export interface Co2EqEmissions {
  /** Emissions in grams of CO2 (the guidance reports CO2e: every greenhouse gas, as CO2-equivalent). */
  emissions: number;
  source: string;
  training_type: 'pre-training' | 'fine-tuning';
  geographical_location?: string;
  hardware_used?: string;
}

/** Where a record comes from: the guidance version, the coefficient set and the permalink of the inputs. */
export interface RecordContext {
  guidanceVersion: string;
  coefficientSet: string;
  permalink: string;
  /** The guidance's title, as cited. */
  workTitle: string;
}

/** A figure rounded to two significant figures, the guidance's rounding rule for headline results. */
const twoFigures = (x: number) => (x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(2)));

/** A YAML double-quoted scalar (JSON's string syntax is valid YAML). */
const yamlString = (text: string) => JSON.stringify(text.replace(/[\r\n]+/g, ' '));

/** The block as model-card front matter (the lines to paste between the card's `---` lines). */
export function modelCardMetadata(block: Co2EqEmissions): string {
  const lines = [
    'co2_eq_emissions:',
    `  emissions: ${block.emissions}`,
    `  source: ${yamlString(block.source)}`,
    `  training_type: ${yamlString(block.training_type)}`,
  ];
  if (block.geographical_location) lines.push(`  geographical_location: ${yamlString(block.geographical_location)}`);
  if (block.hardware_used) lines.push(`  hardware_used: ${yamlString(block.hardware_used)}`);
  return `${lines.join('\n')}\n`;
}

/** "France (BLOOM, 2022)" from the grid coefficient's label "Grid intensity, France (BLOOM, 2022)". */
export function regionOfGridLabel(label: string | undefined): string | undefined {
  const region = label?.replace(/^(?:Grid intensity|Market-based intensity),\s*/i, '').trim();
  return region || undefined;
}

/** A single value or a range, as the inputs and a statement record them. */
type Amount = number | { low: number; high: number };

const valueText = (v: Amount, unit: string) =>
  typeof v === 'number' ? `${formatCount(v)} ${unit}` : `${formatCount(v.low)} to ${formatCount(v.high)} ${unit}`;

const computeText = (hours: Amount, power: Amount) =>
  `${valueText(hours, 'accelerator-hours')} at ${valueText(power, 'W')} per accelerator`;

/** How much compute and what kind, from the inputs (accelerator-hours and power); undefined for a reported energy. */
export function hardwareOfTraining(input: Pick<TrainingInput, 'energy'>): string | undefined {
  if (input.energy.method !== 'accelerator-hours') return undefined;
  return computeText(input.energy.acceleratorHours, input.energy.powerPerAcceleratorW);
}

const sourceText = (c: RecordContext) =>
  `Estimated with ${c.workTitle}, version ${c.guidanceVersion}, coefficient set ${c.coefficientSet}: ${c.permalink}`;

/** The `co2_eq_emissions` block of a training or fine-tuning run (central value of its total emissions). */
export function trainingCo2EqEmissions(
  result: Pick<TrainingResult, 'kind' | 'emissionsG'>,
  context: RecordContext,
  extra: { geographicalLocation?: string; hardwareUsed?: string } = {},
): Co2EqEmissions {
  return {
    emissions: twoFigures(result.emissionsG.total.central),
    source: sourceText(context),
    training_type: result.kind === 'fine-tuning' ? 'fine-tuning' : 'pre-training',
    ...(extra.geographicalLocation ? { geographical_location: extra.geographicalLocation } : {}),
    ...(extra.hardwareUsed ? { hardware_used: extra.hardwareUsed } : {}),
  };
}

/**
 * The block of a disclosure statement, when it discloses a training or fine-tuning run; undefined for an
 * inference or comparison statement (the block is about training). The statement's method starts with the
 * run's kind ("fine-tuning, allocation: …"); its inputs give the compute (accelerator-hours and power, when
 * the energy was modelled) and the grid's coefficient, whose label in the set the statement names (loaded
 * wherever the statement was computed) says where the run was.
 */
export function statementCo2EqEmissions(statement: DisclosureStatement, context: RecordContext): Co2EqEmissions | undefined {
  const emissions = trainingEmissionsOf(statement);
  if (!emissions) return undefined;
  const input = (path: string) => statement.inputs.find((i) => i.path === path);
  const [hours, power, grid] = [input('energy.acceleratorHours'), input('energy.powerPerAcceleratorW'), input('grid.intensityGPerKWh')];
  const region = regionOfGridLabel(
    getCoefficientSet(statement.coefficientSet)?.coefficients.find((c) => c.id === grid?.coefficientId)?.label,
  );
  return {
    emissions: twoFigures(emissions.value.central),
    source: sourceText(context),
    training_type: statement.method.startsWith('fine-tuning') ? 'fine-tuning' : 'pre-training',
    ...(region ? { geographical_location: region } : {}),
    ...(hours && power ? { hardware_used: computeText(hours.value, power.value) } : {}),
  };
}

/** What an "Environmental impact" section states. */
export interface ImpactFacts {
  figures: { label: string; interval: Interval; unit: 'energy' | 'emissions' }[];
  boundary: string;
  functionalUnit: string;
  dataTier: string;
  grid?: string;
  context: RecordContext;
}

const md = (text: string) => text.replace(/([\\|*_`[\]<>])/g, '\\$1');

/** The Markdown section, for a model card or a responsible-AI register. */
export function environmentalImpactMarkdown(facts: ImpactFacts): string {
  const lines = ['## Environmental impact', ''];
  for (const f of facts.figures) lines.push(`- **${md(f.label)}:** ${formatRange(f.interval, f.unit).text}`);
  lines.push(
    `- **Functional unit:** ${md(facts.functionalUnit)}`,
    `- **Boundary:** ${md(facts.boundary)}`,
    `- **Data tier:** ${md(facts.dataTier)}`,
  );
  if (facts.grid) lines.push(`- **Electricity:** ${md(facts.grid)}`);
  const kinds = new Set(facts.figures.map((f) => rangeKindOf(f.interval)).filter((k) => k !== 'point'));
  const ranges = [...kinds].map(
    (k) => `the ${rangeWords[k as Exclude<typeof k, 'point'>].label} is ${rangeWords[k as Exclude<typeof k, 'point'>].meaning}`,
  );
  lines.push(
    `- **Range:** ${ranges.length ? `${ranges.join('; ')}; the central figure is the median` : 'every input is a single value, so no range is given'}.`,
  );
  lines.push(
    '',
    `Estimated following ${md(facts.context.workTitle)}, version ${facts.context.guidanceVersion}, with coefficient set \`${facts.context.coefficientSet}\`. Inputs and sources: ${facts.context.permalink}`,
    '',
  );
  return lines.join('\n');
}

/** The facts of a training run's section. */
export function trainingImpactFacts(
  result: TrainingResult,
  input: Pick<TrainingInput, 'energy'>,
  context: RecordContext,
  region?: string,
): ImpactFacts {
  const included = result.breakdown.filter((b) => b.included).map((b) => b.label.toLowerCase());
  const excluded = result.breakdown.filter((b) => !b.included).map((b) => b.label.toLowerCase());
  const figures: ImpactFacts['figures'] = [
    { label: 'Training emissions', interval: result.emissionsG.total, unit: 'emissions' },
    { label: 'Training energy', interval: result.energyWh.total, unit: 'energy' },
  ];
  if (result.allocation.perUnit)
    figures.push({ label: 'Training emissions allocated per request', interval: result.allocation.perUnit.emissionsG, unit: 'emissions' });
  return {
    figures,
    functionalUnit: `one ${result.kind === 'fine-tuning' ? 'fine-tuning' : 'pre-training'} run${result.allocation.perUnit ? `, and per request over the model’s lifetime (allocation: ${result.allocation.method})` : ''}`,
    boundary: `training only (inference is reported separately); covers ${included.join(', ')}${excluded.length ? `; excludes ${excluded.join(', ')}` : ''}`,
    dataTier:
      input.energy.method === 'reported'
        ? 'reported: the training energy as the developer published it'
        : 'modelled: accelerator-hours × power per accelerator × PUE',
    grid: `${result.grid.basis}-based, ${formatCount(result.grid.intensityGPerKWh.central)} gCO2e/kWh${region ? ` (${region})` : ''}`,
    context,
  };
}

const unitOf = (unit: string): 'energy' | 'emissions' | undefined =>
  unit === 'Wh' ? 'energy' : unit === 'gCO2e' ? 'emissions' : undefined;

/** The facts of a disclosure statement's section (its first two results are the headline). */
export function statementImpactFacts(statement: DisclosureStatement, context: RecordContext): ImpactFacts {
  const figures = statement.results.slice(0, 2).flatMap((r) => {
    const unit = unitOf(r.unit);
    return unit ? [{ label: r.quantity, interval: r.value, unit }] : [];
  });
  const b = statement.boundary;
  const boundary =
    b.statement ??
    `covers ${b.included.join(', ') || 'no element'}${b.modelled.length ? `; modelled by the calculator: ${b.modelled.join(', ')}` : ''}${b.excluded.length ? `; excludes ${b.excluded.join(', ')}` : ''}`;
  return {
    figures,
    functionalUnit: statement.functionalUnit,
    boundary,
    dataTier: statement.dataQualityTier ?? (statement.model === 'training' ? 'as the training inputs state' : 'not stated'),
    grid: `${statement.gridBasis}-based`,
    context,
  };
}
