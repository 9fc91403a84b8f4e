/**
 * Pooling anonymised contributions: per use case, functional unit and data tier, the count, the median
 * and P5-P95 of energy per functional unit and the boundary the observations cover. Groups are grouped by
 * functional unit too, because energy per article and per audio minute cannot share a median.
 *
 * Publication follows CON-2: a group's figures are published only when it pools at least three
 * contributors, none supplying more than half of its volume, rounded to two significant figures. Other
 * groups are listed with their counts and the reason, without figures.
 */
import { formatRange, formatShare } from '../core/format.ts';
import { roundTo } from './anonymise.ts';
import {
  energyWhPerUnit,
  minimumBoundary,
  observationElementLabels,
  observationElements,
  OBSERVATION_TEMPLATE_VERSION,
  type Observation,
  type ObservationElement,
} from './schema.ts';

/** One contributor's file (named by the random code the working group gave it, CON-1). */
export interface Contribution {
  name: string;
  observations: readonly Observation[];
}

export interface AggregateGroup {
  useCase: string;
  functionalUnit: string;
  dataTier: string;
  observations: number;
  contributors: number;
  /** Whether CON-2 allows its figures to be published. */
  publishable: boolean;
  /** Why not, when it is not. */
  withheldReason?: string;
  /** Volume measure behind the largest-contributor test: units in the period where every row gives it, else observations. */
  volumeBasis: 'unitsInPeriod' | 'observations';
  /** Median and P5-P95 (nearest rank) of energy per unit, Wh, two significant figures; only when publishable. */
  energyWhPerUnit?: { median: number; p5: number; p95: number };
  /** Share of observations covering each boundary element (0 to 1). */
  boundaryCoverage: Partial<Record<ObservationElement, number>>;
  /** Share of observations covering the whole minimum boundary of BND-1. */
  minimumBoundaryShare: number;
}

export interface AggregateReport {
  id: string;
  title: string;
  generated: string;
  templateVersion: string;
  method: string;
  publicationRule: string;
  contributions: { used: number; notUsed: { file: string; reason: string }[] };
  groups: AggregateGroup[];
}

export const MIN_CONTRIBUTORS = 3;
export const MAX_CONTRIBUTOR_SHARE = 0.5;

/** The value at quantile q by the nearest-rank rule the engine uses (index round(q × (n − 1)) of the sorted values). */
export function nearestRank(sorted: readonly number[], q: number): number {
  return sorted[Math.round(q * (sorted.length - 1))]!;
}

export function aggregateContributions(
  contributions: readonly Contribution[],
  { generated, notUsed = [] }: { generated: string; notUsed?: { file: string; reason: string }[] },
): AggregateReport {
  const groups = new Map<
    string,
    { key: Pick<AggregateGroup, 'useCase' | 'functionalUnit' | 'dataTier'>; rows: { contributor: string; o: Observation }[] }
  >();
  for (const c of contributions) {
    for (const o of c.observations) {
      const id = `${o.useCase}|${o.functionalUnit}|${o.dataTier}`;
      const group = groups.get(id) ?? { key: { useCase: o.useCase, functionalUnit: o.functionalUnit, dataTier: o.dataTier }, rows: [] };
      group.rows.push({ contributor: c.name, o });
      groups.set(id, group);
    }
  }
  const result: AggregateGroup[] = [...groups.values()]
    .sort(
      (a, b) =>
        a.key.useCase.localeCompare(b.key.useCase) ||
        a.key.functionalUnit.localeCompare(b.key.functionalUnit) ||
        a.key.dataTier.localeCompare(b.key.dataTier),
    )
    .map(({ key, rows }) => {
      const contributors = new Set(rows.map((r) => r.contributor));
      const byVolume = rows.every((r) => r.o.unitsInPeriod !== undefined);
      const volume = new Map<string, number>();
      for (const r of rows) volume.set(r.contributor, (volume.get(r.contributor) ?? 0) + (byVolume ? r.o.unitsInPeriod! : 1));
      const totalVolume = [...volume.values()].reduce((a, b) => a + b, 0);
      const largestShare = totalVolume > 0 ? Math.max(...volume.values()) / totalVolume : 1;
      const withheldReason =
        contributors.size < MIN_CONTRIBUTORS
          ? `pools ${contributors.size} contributor${contributors.size === 1 ? '' : 's'}; at least ${MIN_CONTRIBUTORS} are needed (CON-2)`
          : largestShare > MAX_CONTRIBUTOR_SHARE
            ? `one contributor supplies ${formatShare(largestShare)} of the volume; at most half is allowed (CON-2)`
            : undefined;
      const coverage: Partial<Record<ObservationElement, number>> = {};
      for (const element of observationElements) {
        const share = rows.filter((r) => r.o.boundaryCovered.includes(element)).length / rows.length;
        if (share > 0) coverage[element] = share;
      }
      const minimumShare = rows.filter((r) => minimumBoundary.every((e) => r.o.boundaryCovered.includes(e))).length / rows.length;
      const group: AggregateGroup = {
        ...key,
        observations: rows.length,
        contributors: contributors.size,
        publishable: withheldReason === undefined,
        volumeBasis: byVolume ? 'unitsInPeriod' : 'observations',
        boundaryCoverage: coverage,
        minimumBoundaryShare: minimumShare,
      };
      if (withheldReason) return { ...group, withheldReason };
      const values = rows.map((r) => energyWhPerUnit(r.o)).sort((a, b) => a - b);
      return {
        ...group,
        energyWhPerUnit: {
          median: roundTo(nearestRank(values, 0.5), 2),
          p5: roundTo(nearestRank(values, 0.05), 2),
          p95: roundTo(nearestRank(values, 0.95), 2),
        },
      };
    });
  return {
    id: `working-group-contributions-${generated}`,
    title: 'Energy per functional unit of generative AI in media, pooled from working-group contributions',
    generated,
    templateVersion: OBSERVATION_TEMPLATE_VERSION,
    method:
      'Observations in the observation template, grouped by use case, functional unit and data tier. Energy per unit in Wh; the median, P5 and P95 are nearest-rank quantiles of the observations (index round(q × (n − 1)) of the sorted values), so the range is the spread between observations, not an uncertainty interval.',
    publicationRule: `CON-2: figures only for groups of at least ${MIN_CONTRIBUTORS} contributors, none above half the volume; rounded to two significant figures.`,
    contributions: { used: contributions.length, notUsed: [...notUsed] },
    groups: result,
  };
}

const coverageText = (group: AggregateGroup) =>
  observationElements
    .filter((e) => group.boundaryCoverage[e] !== undefined)
    .map((e) => `${observationElementLabels[e]} ${formatShare(group.boundaryCoverage[e]!)}`)
    .join('; ');

/** Text from a file name or a message, safe in Markdown (no markup, no table breaks). */
const markdownText = (text: string) => text.replace(/[\\`*_|<>[\]#]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');

/** The report as a Markdown table for the chapter, with the withheld groups and unused files listed after it. */
export function aggregateMarkdown(report: AggregateReport): string {
  const lines = [
    `Pooled contributions, ${report.generated} (observation template ${report.templateVersion}): ${report.contributions.used} contribution${report.contributions.used === 1 ? '' : 's'} used.`,
    '',
    '| Use case | Functional unit | Data tier | Observations | Contributors | Energy per unit: median (P5 to P95) | Minimum boundary covered | Boundary coverage |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const g of report.groups.filter((g) => g.publishable && g.energyWhPerUnit)) {
    const e = g.energyWhPerUnit!;
    const f = formatRange({ central: e.median, p5: e.p5, p95: e.p95 }, 'energy');
    const range = f.low !== undefined ? `${f.central} ${f.unit} (${f.low} to ${f.high} ${f.unit})` : `${f.central} ${f.unit}`;
    lines.push(
      `| ${g.useCase} | ${g.functionalUnit} | ${g.dataTier} | ${g.observations} | ${g.contributors} | ${range} | ${formatShare(g.minimumBoundaryShare)} | ${coverageText(g)} |`,
    );
  }
  const withheld = report.groups.filter((g) => !g.publishable);
  if (withheld.length) {
    lines.push('', 'Not published (CON-2):', '');
    for (const g of withheld)
      lines.push(
        `- ${g.useCase}, ${g.functionalUnit}, ${g.dataTier}: ${g.observations} observation${g.observations === 1 ? '' : 's'}; ${g.withheldReason}.`,
      );
  }
  if (report.contributions.notUsed.length) {
    lines.push('', 'Contributions not used:', '');
    for (const n of report.contributions.notUsed) lines.push(`- ${markdownText(n.file)}: ${markdownText(n.reason)}`);
  }
  lines.push('', report.method, '');
  return lines.join('\n');
}
