/**
 * What changed between two versions, for the changes and compare pages: chapters added, removed,
 * renamed, split, merged and changed (with a section-level diff), coefficients whose values differ
 * between the pinned sets, and worked examples whose headline result moved. Pure: the engine's models
 * and coefficient sets are passed in.
 */
import { formatChange, formatQuantityAt, formatSignedQuantity, sideBySide, type Quantity } from '../../calculators/core/format.ts';
import { mapChapters, sides, type ChapterRelation } from './chapter-map.ts';
import type { ChapterRef } from './navigation.ts';
import { diffChapters, isUnchanged, type SectionDiff } from './text-diff.ts';
import { provisionsHeading } from './provision-changes-view.ts';

export interface ChapterText extends ChapterRef {
  /** The MDX body (front matter optional). */
  body: string;
}

export interface ChapterChange {
  relation: ChapterRelation;
  /** Whether the text differs (always true for added and removed chapters). */
  textChanged: boolean;
  /** Section-level diff from the old side to the new (chapters of a split or merge are joined in order). */
  diff: SectionDiff[];
}

/** A chapter whose text the changes and compare pages diff section by section, with its anchor there. */
export interface DiffedChapter {
  change: ChapterChange;
  /** The id of its heading on the page ("diff-1", …). */
  id: string;
  /** The chapter's title in the newer side (the older side's when it was removed). */
  title: string;
}

/**
 * The chapters shown as a diff: those that exist on both sides and whose text changed. An added or a
 * removed chapter is summarised (title, summary, link) instead: its diff would be the whole chapter.
 */
export function diffedChapters(changes: readonly ChapterChange[]): DiffedChapter[] {
  return changes
    .filter((c) => c.textChanged && c.relation.kind !== 'added' && c.relation.kind !== 'removed')
    .map((change, i) => {
      const { from, to } = sides(change.relation);
      return { change, id: `diff-${i + 1}`, title: (to.length ? to : from).map((c) => c.title).join(' and ') };
    });
}

/** The chapter changes in the groups a comparison lists them under, in page order (empty groups included). */
export function changeGroups(changes: readonly ChapterChange[]): { title: string; items: ChapterChange[] }[] {
  const kind = (...kinds: ChapterRelation['kind'][]) => changes.filter((c) => kinds.includes(c.relation.kind));
  return [
    { title: 'Added', items: kind('added') },
    { title: 'Removed', items: kind('removed') },
    { title: 'Renamed or moved', items: kind('renamed') },
    { title: 'Split', items: kind('split') },
    { title: 'Merged', items: kind('merged', 'reorganised') },
    { title: 'Text changed', items: changes.filter((c) => c.textChanged && c.relation.kind === 'same') },
    { title: 'Unchanged', items: changes.filter((c) => !c.textChanged) },
  ];
}

export interface OutlineEntry {
  id: string;
  title: string;
  children?: OutlineEntry[];
}

/**
 * The sections of a comparison from one version to another, in page order (src/components/VersionDiff.astro
 * and ProvisionChanges.astro, whose headings these ids and titles must match).
 */
export function comparisonOutline(
  from: string,
  to: string,
  diffed: readonly Pick<DiffedChapter, 'id' | 'title'>[],
  hasProvisionMap: boolean,
): OutlineEntry[] {
  return [
    { id: 'chapters', title: `Chapters from ${from} to ${to}` },
    {
      id: 'provisions',
      title: provisionsHeading(from, to),
      ...(hasProvisionMap ? { children: [{ id: 'provision-map', title: 'From numbers to stable ids' }] } : {}),
    },
    {
      id: 'text-changes',
      title: 'What changed in the text',
      ...(diffed.length ? { children: diffed.map((d) => ({ id: d.id, title: d.title })) } : {}),
    },
    { id: 'coefficients', title: 'Coefficients' },
    { id: 'worked-examples', title: 'Worked examples whose results changed' },
  ];
}

/**
 * The change from one coefficient value to another in words, with formatChange's percentage: "+5.2 %";
 * for ranges, the change of their midpoints ("−12 % (midpoint)"); "added" or "removed" for one side only,
 * and "from zero" for a coefficient that was 0 (formatChange's "new" would read as a new coefficient).
 */
export function valueChange(before: CoefficientLike['value'] | undefined, after: CoefficientLike['value'] | undefined): string {
  if (before === undefined) return after === undefined ? '' : 'added';
  if (after === undefined) return 'removed';
  const mid = (v: CoefficientLike['value']) => (typeof v === 'number' ? v : (v.low + v.high) / 2);
  const ranged = typeof before !== 'number' || typeof after !== 'number';
  if (mid(before) === 0 && mid(after) !== 0) return `from zero${ranged ? ' (midpoint)' : ''}`;
  return `${formatChange(mid(before), mid(after))}${ranged ? ' (midpoint)' : ''}`;
}

/**
 * The change in a worked example's headline result: a percentage when both results are above zero
 * ("−94 %"), otherwise the signed difference in the result's unit ("−12 gCO2e"). A net change can be a
 * saving (below zero) or cross zero, and a percentage of it ("−320 %") tells a reader nothing.
 */
export function resultChange(before: number, after: number, quantity: Quantity): string {
  if (before > 0 && after > 0) return formatChange(before, after);
  const difference = after - before;
  if (difference === 0) return 'none';
  return formatSignedQuantity(quantity, difference);
}

/**
 * A worked example's headline result before and after, as the changes and compare pages print them: in
 * one unit, with the figures that tell the two apart (sideBySide), and the change ("—" between results
 * of different quantities, which no percentage or difference compares).
 */
export function resultFigures(before: Headline, after: Headline): { before: string; after: string; change: string } {
  const reference = Math.max(Math.abs(before.value), Math.abs(after.value));
  const [was, now] = sideBySide(before, after, (h, digits) => formatQuantityAt(h.quantity, h.value, reference, digits));
  return {
    before: was,
    after: now,
    change: before.quantity === after.quantity ? resultChange(before.value, after.value, after.quantity) : '—',
  };
}

export function compareChapters(chain: readonly (readonly ChapterText[])[]): ChapterChange[] {
  const bodyOf = new Map(chain.flat().map((c) => [`${c.version}/${c.slug}`, c.body]));
  const joined = (list: ChapterRef[]) => list.map((c) => bodyOf.get(`${c.version}/${c.slug}`) ?? '').join('\n\n');
  return mapChapters(chain).map((relation) => {
    const { from, to } = sides(relation);
    const diff = diffChapters(joined(from), joined(to));
    return { relation, diff, textChanged: !isUnchanged(diff) || !from.length || !to.length };
  });
}

/** The shape of a coefficient this module needs (see calculators/coefficients/schema.ts). */
export interface CoefficientLike {
  id: string;
  label: string;
  unit: string;
  value: number | { low: number; high: number };
}
export interface CoefficientSetLike {
  id: string;
  coefficients: readonly CoefficientLike[];
  changes?: readonly string[];
}

export interface CoefficientChange {
  id: string;
  label: string;
  unit: string;
  kind: 'changed' | 'added' | 'removed';
  before?: CoefficientLike['value'];
  after?: CoefficientLike['value'];
}

const sameValue = (a: CoefficientLike['value'], b: CoefficientLike['value']) => JSON.stringify(a) === JSON.stringify(b);

export function coefficientChanges(from: CoefficientSetLike, to: CoefficientSetLike): CoefficientChange[] {
  const before = new Map(from.coefficients.map((c) => [c.id, c]));
  const after = new Map(to.coefficients.map((c) => [c.id, c]));
  const changes: CoefficientChange[] = [];
  for (const c of to.coefficients) {
    const old = before.get(c.id);
    if (!old) changes.push({ id: c.id, label: c.label, unit: c.unit, kind: 'added', after: c.value });
    else if (!sameValue(old.value, c.value) || old.unit !== c.unit)
      changes.push({ id: c.id, label: c.label, unit: c.unit, kind: 'changed', before: old.value, after: c.value });
  }
  for (const c of from.coefficients)
    if (!after.has(c.id)) changes.push({ id: c.id, label: c.label, unit: c.unit, kind: 'removed', before: c.value });
  return changes;
}

/** The shape of an engine model this module needs (see calculators/index.ts). */
export interface ModelLike {
  id: string;
  title: string;
  examples: Record<string, { title: string; input: unknown }>;
  evaluate: (input: unknown, options: { coefficientSet?: string }) => { ok: true; result: unknown } | { ok: false; errors: unknown[] };
}

export interface Headline {
  /** What the number is, e.g. "emissions per article". */
  label: string;
  value: number;
  /** What the value measures, in the engine's base unit (gCO2e for emissions); the formatter scales it. */
  quantity: Quantity;
  /** Ids of the coefficients the evaluation used. */
  coefficientsUsed: string[];
}

type Interval = { central: number };
const central = (x: unknown): number | undefined =>
  x && typeof (x as Interval).central === 'number' ? (x as Interval).central : undefined;

/** The headline emissions figure of an engine result, whatever the model. */
export function headlineOf(result: unknown): Headline | undefined {
  if (!result || typeof result !== 'object') return undefined;
  // Read defensively: results of any model (and of older engine versions) pass through here.
  const r = result as {
    [key: string]: unknown;
    model?: unknown;
    functionalUnit?: { label?: string };
    perUnit?: { emissionsG?: unknown };
    emissionsG?: { total?: unknown };
    perTask?: { netChange?: { emissionsG?: unknown } };
    source?: unknown;
  };
  const used: string[] = Array.isArray(r.coefficientsUsed) ? r.coefficientsUsed.filter((id): id is string => typeof id === 'string') : [];
  // Every model's headline here is an emissions figure in gCO2e (the engine's emissionsG).
  const make = (label: string, value: number | undefined): Headline | undefined =>
    value === undefined ? undefined : { label, value, quantity: 'emissions', coefficientsUsed: used };
  switch (r.model) {
    case 'inference': {
      const unit: string = r.functionalUnit?.label ?? 'per functional unit';
      return make(`emissions ${/^per\b/.test(unit) ? unit : `per ${unit}`}`, central(r.perUnit?.emissionsG));
    }
    case 'training':
      return make('training emissions (total)', central(r.emissionsG?.total));
    case 'counterfactual':
      return make('net change in emissions per task', central(r.perTask?.netChange?.emissionsG));
    case 'disclosure': {
      const inner = headlineOf(r.source);
      return inner && { ...inner, coefficientsUsed: [...new Set([...used, ...inner.coefficientsUsed])] };
    }
    default:
      return undefined;
  }
}

export interface ExampleChange {
  model: string;
  modelTitle: string;
  example: string;
  title: string;
  before: Headline;
  after: Headline;
  /** Coefficients used by either evaluation whose values differ between the two sets. */
  changedCoefficients: CoefficientChange[];
}

/** Relative difference below which two headline values count as equal (floating-point noise). */
const TOLERANCE = 1e-9;

/** Every worked example whose headline result differs between the two coefficient sets. */
export function exampleChanges(models: readonly ModelLike[], from: CoefficientSetLike, to: CoefficientSetLike): ExampleChange[] {
  const coefficientDiff = coefficientChanges(from, to);
  const changes: ExampleChange[] = [];
  for (const model of models) {
    for (const [id, example] of Object.entries(model.examples)) {
      let a: ReturnType<ModelLike['evaluate']>;
      let b: ReturnType<ModelLike['evaluate']>;
      try {
        a = model.evaluate(example.input, { coefficientSet: from.id });
        b = model.evaluate(example.input, { coefficientSet: to.id });
      } catch {
        continue; // an example that needs coefficients the older set lacks has no comparable result
      }
      if (!a.ok || !b.ok) continue;
      const before = headlineOf(a.result);
      const after = headlineOf(b.result);
      if (!before || !after) continue;
      const scale = Math.max(Math.abs(before.value), Math.abs(after.value), Number.MIN_VALUE);
      if (Math.abs(before.value - after.value) / scale <= TOLERANCE) continue;
      const used = new Set([...before.coefficientsUsed, ...after.coefficientsUsed]);
      changes.push({
        model: model.id,
        modelTitle: model.title,
        example: id,
        title: example.title,
        before,
        after,
        changedCoefficients: coefficientDiff.filter((c) => used.has(c.id)),
      });
    }
  }
  return changes;
}
