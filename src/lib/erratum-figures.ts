/**
 * The figures an erratum of results moved, arranged for readers: one row per example and quantity, its
 * central value and range before and after in the one formatter's wording, with the figures that tell
 * them apart (a correction of 0.5 % moves no figure at two significant figures), and the change. Pure.
 */
import { formatChange, formatRange, sideBySide } from '../../calculators/core/format.ts';
import type { Interval } from '../../calculators/core/result.ts';
import type { MovedFigure } from './content-schema.ts';

export interface FigureRow {
  /** "model/example", e.g. "inference/article-drafting" (".tiers" for the tiers calculator's case). */
  example: string;
  /** The quantity in words: "Emissions per unit", "Warnings", "Summary". */
  quantity: string;
  before: string;
  after: string;
  /** Percentage change of the central value, for numbers. */
  change?: string;
}

const ENDS = ['central', 'p5', 'p95', 'min', 'max'] as const;
type End = (typeof ENDS)[number];

const words: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  sourceIds: 'Sources',
  warnings: 'Caveats the calculation flags',
  'statement.boundary.statement': 'Boundary statement',
  'statement.uncertainty.interval': 'How ranges are read',
  'statement.results': 'Statement results',
  'statement.assumptions': 'Statement assumptions',
};

/** "tiers.proxy.perUnit.emissionsG" → "Proxy tier: emissions per unit". */
function quantityName(base: string): string {
  const parts = base.split('.');
  const tierName = parts[0] === 'tiers' ? (parts[1] ?? '') : '';
  const tier = tierName ? `${tierName.charAt(0).toUpperCase()}${tierName.slice(1)} tier: ` : '';
  const rest = parts[0] === 'tiers' ? parts.slice(2) : parts;
  const measure = rest.at(-1) === 'energyWh' || rest.at(-1) === 'energy' ? 'energy' : 'emissions';
  const scope: Record<string, string> = {
    perUnit: 'per unit',
    perRequest: 'per request',
    totals: 'per period',
    perTask: 'per task',
    perPeriod: 'per period',
    total: 'in total',
    perUnitAllocation: 'allocated per unit',
  };
  const side: Record<string, string> = { ai: 'AI workflow ', baseline: 'workflow replaced ', netChange: 'net change in ' };
  const where =
    rest[0] === 'allocation'
      ? rest[1] === 'breakEvenInferences'
        ? 'break-even volume'
        : 'allocated per unit'
      : (scope[rest[0] === 'energyWh' || rest[0] === 'emissionsG' ? 'total' : (rest[0] ?? '')] ?? rest[0]);
  const who = rest.length === 3 ? (side[rest[1] ?? ''] ?? '') : '';
  const text = `${who}${measure} ${where}`;
  return tier ? `${tier}${text}` : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function interval(values: Partial<Record<End, number>>): Interval | undefined {
  if (values.central === undefined) return undefined;
  const result: Interval = { central: values.central, p5: values.p5 ?? values.central, p95: values.p95 ?? values.central };
  if (values.min !== undefined && values.max !== undefined) {
    result.min = values.min;
    result.max = values.max;
  }
  return result;
}

/** Rows for the moved figures of one erratum (each moved interval is recorded whole, see completeIntervals). */
export function figureRows(figures: readonly MovedFigure[]): FigureRow[] {
  const rows: FigureRow[] = [];
  const numbers = new Map<string, { before: Partial<Record<End, number>>; after: Partial<Record<End, number>> }>();
  for (const f of figures) {
    const end = f.path.split('.').at(-1) as End;
    if (ENDS.includes(end) && f.old !== undefined && f.new !== undefined && !Number.isNaN(Number(f.old))) {
      const key = `${f.example}|${f.path.slice(0, -(end.length + 1))}`;
      const entry = numbers.get(key) ?? { before: {}, after: {} };
      entry.before[end] = Number(f.old);
      entry.after[end] = Number(f.new);
      numbers.set(key, entry);
      continue;
    }
    const example = f.example.replace(/\.json$/, '');
    const list = (text: string | undefined) => {
      if (text === undefined) return '—';
      try {
        const value = JSON.parse(text) as unknown;
        return Array.isArray(value) ? value.map(String).join(' · ') : typeof value === 'string' ? value : text;
      } catch {
        return text;
      }
    };
    rows.push({
      example,
      quantity: f.path === '' ? 'The whole example' : (words[f.path] ?? f.path),
      before: f.path === '' ? (f.old ? 'present' : 'absent') : list(f.old),
      after: f.path === '' ? (f.new ? 'present' : 'absent') : list(f.new),
    });
  }
  for (const [key, { before, after }] of numbers) {
    const [file = '', base = ''] = key.split('|');
    const unit = /energy/i.test(base) ? 'energy' : /breakEven/.test(base) ? '' : 'emissions';
    const old = interval(before);
    const now = interval(after);
    const print = (value: Interval | undefined, digits: number) => (value ? formatRange(value, unit, digits).text : '—');
    const [was, is] = sideBySide(old, now, print);
    rows.push({
      example: file.replace(/\.json$/, ''),
      quantity: quantityName(base),
      before: was,
      after: is,
      ...(old && now ? { change: formatChange(old.central, now.central) } : {}),
    });
  }
  return rows.sort((a, b) => a.example.localeCompare(b.example) || a.quantity.localeCompare(b.quantity));
}
