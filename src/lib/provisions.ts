/**
 * Every provision of a version in one shape, whether it comes from a rulebook (0.3 on: stable ids such as
 * BND-3, with title and audiences) or is written inline in the chapters (0.2: numbers such as 2.3, without
 * title or audiences), and how provisions map across versions: by the rulebook's `replaces` where a
 * rulebook replaces numbered provisions, by id between two rulebooks. The requirements explorer, its
 * self-assessment and the compare pages read this. Pure: versions are passed in.
 */
import type { RuleAudience, RuleLevel, Rulebook } from './content-schema.ts';
import { compareProvisionNumbers, legacyProvisions, ruleTextPlain } from './rulebook.ts';

export interface Provision {
  /** The provision's id: "BND-3" in a rulebook, "2.3" in a version that numbers them inline. */
  id: string;
  /** Its anchor on its chapter page and on the requirements explorer: the id, or "req-2.3" for a numbered one. */
  anchor: string;
  level: RuleLevel;
  /** The slug of the chapter that states it. */
  chapter: string;
  /** A short title (rulebook provisions only). */
  title?: string;
  /** Its words, as plain text. */
  text: string;
  /** Whom it concerns (rulebook provisions only: numbered provisions never recorded it). */
  audiences?: RuleAudience[];
  /** The previous version's provisions it replaces (rulebook provisions only). */
  replaces: string[];
}

/** What versionProvisions needs of a version. */
export interface ProvisionSource {
  id: string;
  rulebook?: Rulebook;
  /** Chapters in reading order, with their MDX bodies. */
  chapters: readonly { slug: string; body: string }[];
}

/** An inline provision's MDX as plain words: citations dropped, terms, rule references and links kept as their words. */
export function mdxProvisionText(mdx: string): string {
  return mdx
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(/<RuleRef\s+id="([^"]+)"\s*\/>/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*?([^*]+)\*\*?/g, '$1')
    .replace(/\s+([.,;:)])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of each inline `<Requirement id="2.3" level="shall">…</Requirement>` of a chapter body, by id. */
export function inlineProvisionTexts(body: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const match of body.matchAll(/<Requirement\s+id="([^"]+)"\s+level="[^"]*"\s*>([\s\S]*?)<\/Requirement>/g))
    texts.set(match[1]!, mdxProvisionText(match[2]!));
  return texts;
}

/** Every provision of a version, in reading order (rulebook order, or chapter order then number). */
export function versionProvisions(version: ProvisionSource): Provision[] {
  if (version.rulebook) {
    return version.rulebook.rules.map((rule) => ({
      id: rule.id,
      anchor: rule.id,
      level: rule.level,
      chapter: rule.chapter,
      title: rule.title,
      text: ruleTextPlain(rule.text),
      audiences: [...rule.audiences],
      replaces: [...rule.replaces],
    }));
  }
  const texts = new Map(version.chapters.flatMap((c) => [...inlineProvisionTexts(c.body)]));
  return legacyProvisions(version.chapters).map((p) => ({
    id: p.id,
    anchor: `req-${p.id}`,
    level: p.level,
    chapter: p.chapter,
    text: texts.get(p.id) ?? '',
    replaces: [],
  }));
}

/** A version with its provisions, as the cross-version functions take it. */
export interface VersionProvisions {
  id: string;
  provisions: Provision[];
  /** The version whose numbered provisions this version's rulebook replaces. */
  replacesVersion?: string;
  /** Provisions of `replacesVersion` retired without a successor, with the reason. */
  retired: { id: string; reason: string }[];
}

const versionNumber = (id: string) => id.split('.').map(Number) as [number, number];
const byVersion = (a: { id: string }, b: { id: string }) =>
  versionNumber(a.id)[0] - versionNumber(b.id)[0] || versionNumber(a.id)[1] - versionNumber(b.id)[1];

/**
 * For each provision of `older`, the provisions of `newer` that carry it on (versions in between followed
 * one step at a time): through `replaces` where a rulebook replaces numbered provisions, by the same id
 * otherwise. An empty list means it has no successor; `retired` says why when a rulebook says so.
 */
export function successors(
  versions: readonly VersionProvisions[],
  olderId: string,
  newerId: string,
): { map: Map<string, string[]>; retired: Map<string, string> } {
  const chain = [...versions].sort(byVersion).filter((v) => byVersion(v, { id: olderId }) >= 0 && byVersion(v, { id: newerId }) <= 0);
  const first = chain[0];
  let map = new Map((first?.provisions ?? []).map((p) => [p.id, [p.id]]));
  const retired = new Map<string, string>();
  for (let i = 1; i < chain.length; i++) {
    const previous = chain[i - 1]!;
    const next = chain[i]!;
    const step = new Map<string, string[]>();
    // `replaces` lists the numbers of a version written before the rulebook; between rulebooks ids are stable.
    const numbered = previous.provisions.every((p) => /^\d+\.\d+$/.test(p.id));
    if (next.replacesVersion === previous.id && numbered) {
      for (const p of previous.provisions)
        step.set(
          p.id,
          next.provisions.filter((r) => r.replaces.includes(p.id)).map((r) => r.id),
        );
      // Reasons are about the older version's own provisions, so only the first step gives them.
      if (i === 1) for (const r of next.retired) retired.set(r.id, r.reason);
    } else {
      const ids = new Set(next.provisions.map((p) => p.id));
      for (const p of previous.provisions) step.set(p.id, ids.has(p.id) ? [p.id] : []);
    }
    map = new Map([...map].map(([id, current]) => [id, [...new Set(current.flatMap((c) => step.get(c) ?? []))]]));
  }
  return { map, retired };
}

export interface ProvisionChanges {
  /** Provisions of `to` with no counterpart in `from`. */
  added: Provision[];
  /** Provisions of `from` with no counterpart in `to`, with the reason when the rulebook gives one. */
  removed: { provision: Provision; reason?: string }[];
  /** Provisions carried on under a new id or with changed content: what changed, in words. */
  changed: { from: Provision[]; to: Provision; what: string[] }[];
  /** Provisions carried on with the same id and the same content. */
  unchanged: Provision[];
  /** Whether ids changed scheme between the two (numbers to rule ids, or back): then a map explains them. */
  renumbered: boolean;
}

const differences = (a: Provision, b: Provision): string[] => {
  const what: string[] = [];
  if (a.id !== b.id) what.push(`was ${a.id}`);
  if (a.level !== b.level) what.push(`level ${a.level} → ${b.level}`);
  if (a.chapter !== b.chapter) what.push('moved to another chapter');
  if (a.title !== undefined && b.title !== undefined && a.title !== b.title) what.push('title changed');
  if (a.text !== b.text) what.push('text changed');
  if (a.audiences && b.audiences && a.audiences.join() !== b.audiences.join()) what.push('audiences changed');
  return what;
};

/** The provisions added, changed and removed from version `fromId` to version `toId`, in either direction. */
export function provisionChanges(versions: readonly VersionProvisions[], fromId: string, toId: string): ProvisionChanges {
  const from = versions.find((v) => v.id === fromId);
  const to = versions.find((v) => v.id === toId);
  const empty: ProvisionChanges = { added: [], removed: [], changed: [], unchanged: [], renumbered: false };
  if (!from || !to) return empty;
  const forward = byVersion(from, to) <= 0;
  const [older, newer] = forward ? [from, to] : [to, from];
  const { map, retired } = successors(versions, older.id, newer.id);
  const predecessors = new Map<string, string[]>();
  for (const [oldId, newIds] of map) for (const newId of newIds) predecessors.set(newId, [...(predecessors.get(newId) ?? []), oldId]);
  const olderById = new Map(older.provisions.map((p) => [p.id, p]));
  const newerById = new Map(newer.provisions.map((p) => [p.id, p]));
  const renumbered = older.provisions.length > 0 && newer.provisions.length > 0 && older.provisions.every((p) => !newerById.has(p.id));

  // Computed forwards (older to newer), then read in the direction asked for.
  const appeared = newer.provisions.filter((p) => !predecessors.has(p.id));
  const vanished = older.provisions
    .filter((p) => (map.get(p.id) ?? []).length === 0)
    .map((p) => ({ provision: p, reason: retired.get(p.id) }));
  const changed: ProvisionChanges['changed'] = [];
  const unchanged: Provision[] = [];
  for (const p of newer.provisions) {
    const before = (predecessors.get(p.id) ?? []).map((id) => olderById.get(id)!).sort((a, b) => compareProvisionNumbers(a.id, b.id));
    if (!before.length) continue;
    const what = before.length === 1 ? differences(before[0]!, p) : [`merges ${before.map((b) => b.id).join(', ')}`];
    if (what.length) changed.push({ from: before, to: p, what });
    else unchanged.push(p);
  }
  if (forward)
    return { added: appeared, removed: vanished.map((v) => (v.reason ? v : { provision: v.provision })), changed, unchanged, renumbered };
  // Backwards: what appeared going forward is what a reader going back loses, and the reverse.
  return {
    added: vanished.map((v) => v.provision),
    removed: appeared.map((provision) => ({ provision })),
    changed: changed.flatMap((c) =>
      c.from.map((f) => ({ from: [c.to], to: f, what: c.from.length > 1 ? [`split from ${c.to.id}`] : differences(c.to, f) })),
    ),
    unchanged: unchanged.map((p) => olderById.get(p.id) ?? p),
    renumbered,
  };
}
