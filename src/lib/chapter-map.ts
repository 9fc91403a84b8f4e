/**
 * Stable chapter identity across versions. Two chapters of neighbouring versions are the same topic
 * when they share a `chapterId`, or when one lists the other's id in `previousChapterIds` (a rename of
 * the id, a split or a merge). Across several versions the links are followed through every version in
 * between, so a chapter renamed in 0.2 and split in 0.3 still maps from 0.1 to 0.3. Pure.
 */
import type { ChapterRef } from './navigation.ts';

export type ChapterRelation =
  /** One chapter in each version. `renamed` when its slug or title differs. */
  | { kind: 'same' | 'renamed'; from: ChapterRef; to: ChapterRef }
  /** One chapter became several. */
  | { kind: 'split'; from: ChapterRef; to: ChapterRef[] }
  /** Several chapters became one. */
  | { kind: 'merged'; from: ChapterRef[]; to: ChapterRef }
  /** Several became several (rare: a reorganisation). */
  | { kind: 'reorganised'; from: ChapterRef[]; to: ChapterRef[] }
  | { kind: 'added'; to: ChapterRef }
  | { kind: 'removed'; from: ChapterRef };

const key = (c: ChapterRef) => `${c.version}/${c.slug}`;

/** Whether two chapters of neighbouring versions carry the same topic. */
export function linked(a: ChapterRef, b: ChapterRef): boolean {
  return a.chapterId === b.chapterId || b.previousChapterIds.includes(a.chapterId) || a.previousChapterIds.includes(b.chapterId);
}

/**
 * Groups the chapters of the first and last version of `chain` (each entry one version's chapters, in
 * version order) into relations, following links through the versions in between.
 */
export function mapChapters(chain: readonly (readonly ChapterRef[])[]): ChapterRelation[] {
  const from = chain[0] ?? [];
  const to = chain.at(-1) ?? [];
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const root = find(p);
    parent.set(k, root);
    return root;
  };
  const union = (a: ChapterRef, b: ChapterRef) => parent.set(find(key(a)), find(key(b)));
  for (let v = 0; v + 1 < chain.length; v++) {
    for (const a of chain[v]!) for (const b of chain[v + 1]!) if (linked(a, b)) union(a, b);
  }
  // Direct links too, so a record that skips a version (previousChapterIds naming an older id) counts.
  if (chain.length > 2) for (const a of from) for (const b of to) if (linked(a, b)) union(a, b);

  const groups = new Map<string, { from: ChapterRef[]; to: ChapterRef[] }>();
  const group = (c: ChapterRef) => {
    const root = find(key(c));
    const g = groups.get(root) ?? { from: [], to: [] };
    groups.set(root, g);
    return g;
  };
  from.forEach((c) => group(c).from.push(c));
  to.forEach((c) => group(c).to.push(c));

  const relations: ChapterRelation[] = [];
  for (const g of groups.values()) {
    const f = [...g.from].sort((a, b) => a.order - b.order);
    const t = [...g.to].sort((a, b) => a.order - b.order);
    if (!f.length && !t.length) continue;
    if (!f.length) t.forEach((c) => relations.push({ kind: 'added', to: c }));
    else if (!t.length) f.forEach((c) => relations.push({ kind: 'removed', from: c }));
    else if (f.length === 1 && t.length === 1) {
      const [a, b] = [f[0]!, t[0]!];
      relations.push({ kind: a.slug === b.slug && a.title === b.title ? 'same' : 'renamed', from: a, to: b });
    } else if (f.length === 1) relations.push({ kind: 'split', from: f[0]!, to: t });
    else if (t.length === 1) relations.push({ kind: 'merged', from: f, to: t[0]! });
    else relations.push({ kind: 'reorganised', from: f, to: t });
  }
  const position = (r: ChapterRelation) =>
    'to' in r ? (Array.isArray(r.to) ? r.to[0]!.order : r.to.order) : 1000 + (Array.isArray(r.from) ? r.from[0]!.order : r.from.order);
  return relations.sort((a, b) => position(a) - position(b));
}

/** The chapters on each side of a relation, as lists. */
export function sides(relation: ChapterRelation): { from: ChapterRef[]; to: ChapterRef[] } {
  const list = (x: ChapterRef | ChapterRef[] | undefined) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
  return { from: list('from' in relation ? relation.from : undefined), to: list('to' in relation ? relation.to : undefined) };
}

/**
 * The chapter of the last version in `chain` that continues `source` (a chapter of the first), the
 * first in reading order when it was split; undefined when the topic has no successor.
 */
export function equivalentAcross(source: Pick<ChapterRef, 'chapterId'>, chain: readonly (readonly ChapterRef[])[]): ChapterRef | undefined {
  const start = chain[0]?.find((c) => c.chapterId === source.chapterId);
  if (!start) return undefined;
  const relation = mapChapters(chain).find((r) => sides(r).from.some((c) => key(c) === key(start)));
  return relation ? sides(relation).to[0] : undefined;
}
