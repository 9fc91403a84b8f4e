/**
 * The differences between two sets of frozen results: every figure or text that moved, with its old
 * and new value. The frozen-results test reports them; an erratum records them for the changes page.
 */
import type { Digest } from './digest.ts';

export interface MovedFigure {
  /** The example's file under tests/golden/<version>/, e.g. "inference/article-drafting.json". */
  example: string;
  /** Dotted path inside the digest, e.g. "perUnit.emissionsG.central" or "warnings". */
  path: string;
  /** Old and new values as JSON text (absent when the example or field is new or gone). */
  old?: string;
  new?: string;
}

/** Relative tolerance for numbers: only the last bits of a double may differ between machines. */
const RELATIVE_TOLERANCE = 1e-12;

function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

function walk(example: string, path: string, before: unknown, after: unknown, moved: MovedFigure[]): void {
  if (typeof before === 'number' && typeof after === 'number') {
    if (!sameNumber(before, after)) moved.push({ example, path, old: String(before), new: String(after) });
    return;
  }
  const isRecord = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
  if (isRecord(before) && isRecord(after)) {
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      walk(example, path ? `${path}.${key}` : key, before[key], after[key], moved);
    }
    return;
  }
  // Lists of words (warnings, coefficient ids): what was removed and what was added.
  const isWords = (x: unknown): x is string[] => Array.isArray(x) && x.every((item) => typeof item === 'string');
  if (isWords(before) && isWords(after) && !deepEqual(before, after)) {
    const removed = before.filter((item) => !after.includes(item));
    const added = after.filter((item) => !before.includes(item));
    moved.push(
      removed.length || added.length
        ? {
            example,
            path,
            ...(removed.length ? { old: JSON.stringify(removed) } : {}),
            ...(added.length ? { new: JSON.stringify(added) } : {}),
          }
        : { example, path, old: JSON.stringify(before), new: JSON.stringify(after) },
    );
    return;
  }
  // Other lists (breakdowns) and scalars are compared whole, numbers within tolerance.
  if (!deepEqual(before, after)) {
    moved.push({
      example,
      path,
      ...(before === undefined ? {} : { old: JSON.stringify(before) }),
      ...(after === undefined ? {} : { new: JSON.stringify(after) }),
    });
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return sameNumber(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return a === b;
}

/** Every moved figure between the stored and the live results of one version, in example order. */
export function movedFigures(stored: ReadonlyMap<string, Digest>, live: ReadonlyMap<string, Digest>): MovedFigure[] {
  const moved: MovedFigure[] = [];
  for (const example of [...new Set([...stored.keys(), ...live.keys()])].sort()) {
    const before = stored.get(example);
    const after = live.get(example);
    if (!before || !after) {
      moved.push({ example, path: '', ...(before ? { old: 'frozen result' } : {}), ...(after ? { new: 'computed result' } : {}) });
      continue;
    }
    walk(example, '', before, after, moved);
  }
  return moved;
}

/**
 * Whether a moved figure is one a reader sees on the card or in the calculator's headline (the central
 * value and range of a headline quantity), or one of the example's words; the rest (element
 * breakdowns, sample counts) are counted, not listed, on the changes page.
 */
export function isHeadlineFigure(figure: MovedFigure): boolean {
  const path = figure.path;
  if (path === '' || /^(title|summary|sourceIds|warnings)$/.test(path)) return true;
  if (/^(tiers\.[a-z]+\.)?(perUnit|perRequest|totals)\.(energyWh|emissionsG)\.(central|p5|p95|min|max)$/.test(path)) return true;
  if (/^(perTask|perPeriod)\.(ai|baseline|netChange)\.(energyWh|emissionsG)\.(central|p5|p95|min|max)$/.test(path)) return true;
  if (/^(energyWh|emissionsG)\.total\.(central|p5|p95|min|max)$/.test(path)) return true;
  if (/^allocation\.(perUnit\.(energyWh|emissionsG)|breakEvenInferences\.(energy|emissions))(\.(central|p5|p95|min|max))?$/.test(path))
    return true;
  if (/^statement\.(boundary\.statement|results|uncertainty\.interval|assumptions)$/.test(path)) return true;
  return false;
}

const ENDS = ['central', 'p5', 'p95', 'min', 'max'] as const;

/**
 * Completes each moved interval with its unmoved ends (old and new alike), so a reader sees the whole
 * interval before and after, not only the end that moved.
 */
export function completeIntervals(
  figures: readonly MovedFigure[],
  stored: ReadonlyMap<string, Digest>,
  live: ReadonlyMap<string, Digest>,
): MovedFigure[] {
  const at = (digest: Digest | undefined, path: string): unknown =>
    path
      .split('.')
      .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), digest);
  const out: MovedFigure[] = [];
  const done = new Set<string>();
  for (const figure of figures) {
    const end = figure.path.split('.').at(-1) as (typeof ENDS)[number];
    if (!ENDS.includes(end)) {
      out.push(figure);
      continue;
    }
    const base = figure.path.slice(0, -(end.length + 1));
    const key = `${figure.example}|${base}`;
    if (done.has(key)) continue;
    done.add(key);
    for (const e of ENDS) {
      const before = at(stored.get(figure.example), `${base}.${e}`);
      const after = at(live.get(figure.example), `${base}.${e}`);
      if (typeof before === 'number' || typeof after === 'number') {
        out.push({
          example: figure.example,
          path: `${base}.${e}`,
          ...(typeof before === 'number' ? { old: String(before) } : {}),
          ...(typeof after === 'number' ? { new: String(after) } : {}),
        });
      }
    }
  }
  return out;
}
