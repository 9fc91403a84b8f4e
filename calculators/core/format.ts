/**
 * Numbers for readers, the one formatter of the project (engine messages aside): the cards, the islands,
 * the exports' text and the print view all call it, so one result reads the same everywhere.
 * - Headline figures carry two significant figures (the guidance's rounding rule); inputs three.
 * - Energy scales mWh, Wh, kWh, MWh, GWh, TWh; emissions mgCO2e to MtCO2e. A range uses one scale,
 *   chosen from its largest magnitude, so "0.95 (0.30 to 2.1) kgCO2e", never mixed units.
 * - A range is worded one way everywhere: "likely range X to Y" for P5 to P95 of a distribution,
 *   "full range X to Y" for the minimum to maximum of bounds (see rangeWords).
 * - Signed values (net changes) carry an explicit sign on every number: "−1.7 (−10 to +7.4) gCO2e".
 * - A tiny positive value is never shown as "0" ("<0.01 mWh"); NaN or Infinity reads "not available".
 * - Two figures set side by side as before and after carry more figures where two would print them alike
 *   (sideBySide), so a change is never hidden by the rounding.
 */
import type { Interval, RangeKind } from './result.ts';
import { ukDecimal } from './uk-number.ts';

export type Quantity = 'energy' | 'emissions';

interface Scale {
  factor: number;
  unit: string;
}

const scales: Record<Quantity, { steps: Scale[]; small: Scale }> = {
  energy: {
    steps: [
      { factor: 1e12, unit: 'TWh' },
      { factor: 1e9, unit: 'GWh' },
      { factor: 1e6, unit: 'MWh' },
      { factor: 1e3, unit: 'kWh' },
      { factor: 1, unit: 'Wh' },
    ],
    small: { factor: 1e-3, unit: 'mWh' },
  },
  emissions: {
    steps: [
      { factor: 1e12, unit: 'MtCO2e' },
      { factor: 1e9, unit: 'ktCO2e' },
      { factor: 1e6, unit: 'tCO2e' },
      { factor: 1e3, unit: 'kgCO2e' },
      { factor: 1, unit: 'gCO2e' },
    ],
    small: { factor: 1e-3, unit: 'mgCO2e' },
  },
};
const SMALL_STEP = 0.01;
const MINUS = '−'; // U+2212: a true minus sign, as typesetting expects

/** How each kind of range is worded, and what it means (for a link or a tooltip beside it). */
export const rangeWords: Record<Exclude<RangeKind, 'point'>, { label: string; meaning: string }> = {
  'p5-p95': {
    label: 'likely range',
    meaning: 'the 5th to the 95th percentile of 10,000 draws of the uncertain inputs: nine results in ten fall inside it',
  },
  'min-max': {
    label: 'full range',
    meaning: 'the lowest to the highest value the result can take, every uncertain input being a bound given as a minimum and a maximum',
  },
};

/** Round to significant figures with UK grouping ("1,430", "0.0012"); extremes in powers of ten. */
export function roundSignificant(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return 'not available';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  // Stryker disable next-line EqualityOperator: zero has returned above, so `<` and `<=` agree.
  const sign = value < 0 ? MINUS : '';
  if (abs >= 1e15 || abs < 1e-4) {
    const [mantissa, exponent] = abs.toExponential(digits - 1).split('e');
    return `${sign}${mantissa} × 10${superscript(Number(exponent))}`;
  }
  const rounded = Number(abs.toPrecision(digits));
  const magnitude = Math.floor(Math.log10(rounded));
  // Enough decimals for the significant figures kept (and far fewer than the 17 where binary artefacts show).
  // Stryker disable next-line ArithmeticOperator: `rounded` has only `digits` figures, so more decimals print the same.
  const decimals = Math.max(0, digits - 1 - magnitude);
  return sign + ukDecimal(rounded, decimals);
}

function superscript(exponent: number): string {
  const digits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  // Stryker disable next-line EqualityOperator: powers of ten are written only from 10¹⁵ and below 10⁻⁴, never 10⁰.
  return `${exponent < 0 ? '⁻' : ''}${String(Math.abs(exponent))
    .split('')
    .map((d) => digits[Number(d)])
    .join('')}`;
}

/** The unit step for a magnitude (in Wh or gCO2e). */
export function scaleFor(quantity: Quantity, magnitude: number): Scale {
  const { steps, small } = scales[quantity];
  const abs = Math.abs(magnitude);
  for (const step of steps) if (abs >= step.factor) return step;
  return abs >= SMALL_STEP || abs === 0 ? (steps[steps.length - 1] as Scale) : small;
}

/**
 * One finite number in a chosen scale (callers turn NaN and Infinity into "not available"): rounded, with
 * "<0.01" for a tiny non-zero value of the smallest step. In a larger step a small value keeps its figures
 * ("0.001 Wh" in a range up to 20 Wh): rounding to significant figures never makes a non-zero value 0.
 */
function inScale(value: number, scale: Scale, small: Scale, digits: number, signed: boolean): string {
  const scaled = value / scale.factor;
  const sign = signed && value > 0 ? '+' : '';
  if (value !== 0 && scale === small && Math.abs(scaled) < SMALL_STEP) {
    // Stryker disable next-line EqualityOperator: the value is not zero here, so `<` and `<=` agree.
    return `${value < 0 ? `>${MINUS}` : '<'}${SMALL_STEP}`;
  }
  return sign + roundSignificant(scaled, digits);
}

/** A quantity scaled to a readable unit: formatQuantity('energy', 433196000) → "430 MWh". */
export function formatQuantity(quantity: Quantity, value: number, digits = 2): string {
  if (!Number.isFinite(value)) return 'not available';
  const scale = scaleFor(quantity, value);
  return `${inScale(value, scale, scales[quantity].small, digits, false)} ${scale.unit}`;
}

/**
 * A value in the unit chosen for a reference magnitude: every value of one chart or table in one unit
 * ("0.26 gCO2e" beside "1.5 gCO2e", not "430 mgCO2e"), small values as "<0.01".
 */
export function formatQuantityAt(quantity: Quantity, value: number, reference: number, digits = 2): string {
  if (!Number.isFinite(value)) return 'not available';
  const scale = scaleFor(quantity, Math.abs(reference) || Math.abs(value));
  return `${inScale(value, scale, scales[quantity].small, digits, false)} ${scale.unit}`;
}

/** A signed quantity, such as the change of a result: "+2.1 gCO2e", "−12 gCO2e". */
export function formatSignedQuantity(quantity: Quantity, value: number, digits = 2): string {
  if (!Number.isFinite(value)) return 'not available';
  const scale = scaleFor(quantity, value);
  return `${inScale(value, scale, scales[quantity].small, digits, true)} ${scale.unit}`;
}

export const formatEnergyWh = (valueWh: number, digits = 2): string => formatQuantity('energy', valueWh, digits);
export const formatEmissionsG = (valueG: number, digits = 2): string => formatQuantity('emissions', valueG, digits);

export interface FormattedRange {
  /** The central value, without unit. */
  central: string;
  /** The central value with its unit, as `text` begins: "0.35 Wh", "3.2×". */
  value: string;
  /** The range's ends, without unit (absent for a point). */
  low?: string;
  high?: string;
  unit: string;
  kind: RangeKind;
  /** "likely range 0.24 to 0.50 Wh" (absent for a point). */
  rangeText?: string;
  /** The whole: "0.35 Wh (likely range 0.24 to 0.50 Wh)". */
  text: string;
}

/**
 * How an interval's range is read. The engine sets `min` and `max` only on results whose every ranged
 * input is a bound, so the interval itself says which range it carries.
 */
export function rangeKindOf(interval: Interval): RangeKind {
  if (interval.min !== undefined && interval.max !== undefined) return interval.min === interval.max ? 'point' : 'min-max';
  return interval.p5 === interval.central && interval.p95 === interval.central ? 'point' : 'p5-p95';
}

/** The ends an interval's range reports: the minimum and maximum of bounds, else P5 and P95. */
export function rangeEnds(interval: Interval): { low: number; high: number } {
  return rangeKindOf(interval) === 'min-max'
    ? { low: interval.min as number, high: interval.max as number }
    : { low: interval.p5, high: interval.p95 };
}

/**
 * A central value with its range, in one unit and the one wording. `quantity` scales energy or
 * emissions; any other unit (a ratio "×", "requests") is appended as given.
 */
export function formatRange(interval: Interval, unitOrQuantity: Quantity | string, digits = 2): FormattedRange {
  // A point is an interval whose reported ends are its central value (rangeKindOf reads both kinds).
  const kind = rangeKindOf(interval);
  const isPoint = kind === 'point';
  const { low, high } = rangeEnds(interval);
  const values = [interval.central, low, high];
  if (!values.every(Number.isFinite)) return { central: 'not available', value: 'not available', unit: '', kind, text: 'not available' };
  // Signs only matter when both appear; a range of one sign reads as it is ("−5 to −1").
  const signed = !isPoint && values.some((v) => v < 0) && values.some((v) => v > 0);
  let unit: string;
  let part: (v: number) => string;
  if (unitOrQuantity === 'energy' || unitOrQuantity === 'emissions') {
    const quantity = unitOrQuantity;
    const scale = scaleFor(quantity, Math.max(...values.map(Math.abs)));
    unit = scale.unit;
    part = (v) => inScale(v, scale, scales[quantity].small, digits, signed);
  } else {
    unit = unitOrQuantity;
    part = (v) => (signed && v > 0 ? '+' : '') + roundSignificant(v, digits);
  }
  const withUnit = (text: string) => (unit === '×' ? `${text}×` : unit ? `${text} ${unit}` : text);
  const central = part(interval.central);
  const value = withUnit(central);
  if (isPoint) return { central, value, unit, kind, text: value };
  const lowText = part(low);
  const highText = part(high);
  // A range narrower than the rounding reads as the single figure it rounds to.
  if (lowText === central && highText === central) return { central, value, unit, kind, text: value };
  const rangeText = `${rangeWords[kind as Exclude<RangeKind, 'point'>].label} ${withUnit(`${lowText} to ${highText}`)}`;
  return { central, value, low: lowText, high: highText, unit, kind, rangeText, text: `${value} (${rangeText})` };
}

/** Enough significant figures to tell any two different doubles apart. */
const MAX_DIGITS = 17;

/**
 * Two figures set side by side as before and after (a correction, another coefficient set), each printed
 * by `print` at `digits` significant figures, or at the fewest more at which the two read differently: a
 * figure moved from 7.822 to 7.81 gCO2e reads "7.82" then "7.81", never "7.8" twice. Figures that are the
 * same, or that differ only below what is printed ("<0.01 mWh"), keep `digits`.
 */
export function sideBySide<T>(before: T, after: T, print: (value: T, digits: number) => string, digits = 2): [string, string] {
  for (let more = digits; more <= MAX_DIGITS; more++) {
    const pair: [string, string] = [print(before, more), print(after, more)];
    if (pair[0] !== pair[1]) return pair;
  }
  return [print(before, digits), print(after, digits)];
}

/** A share as a percentage, two significant figures: 0.0123 → "1.2 %". */
export function formatShare(fraction: number): string {
  if (!Number.isFinite(fraction)) return 'not available';
  if (fraction > 0 && fraction < 0.0001) return '<0.01 %';
  return `${roundSignificant(fraction * 100, 2)} %`;
}

/** An input value as a person reads it: three significant figures ("1,000", "0.58", "1.17 × 10⁻⁶"). */
export function formatNumber(value: number, digits = 3): string {
  return roundSignificant(value, digits);
}

/** Volumes in words people read: 1.2 million, 3.4 billion. */
export function formatCount(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e12) return `${roundSignificant(value / 1e12, 2)} trillion`;
  if (abs >= 1e9) return `${roundSignificant(value / 1e9, 2)} billion`;
  if (abs >= 1e6) return `${roundSignificant(value / 1e6, 2)} million`;
  return roundSignificant(value, 3);
}

/** Percentage change from `before` to `after`, signed ("+12 %", "−3.4 %"); "new" from nothing. */
export function formatChange(before: number, after: number): string {
  if (before === 0) return after === 0 ? '0 %' : 'new';
  const change = ((after - before) / Math.abs(before)) * 100;
  const text = roundSignificant(Math.abs(change), 2);
  return `${change > 0 ? '+' : change < 0 ? MINUS : ''}${text} %`;
}

export interface ChangeWords {
  /** "saves about 45 kgCO2e", "adds about 1.2 kgCO2e", "makes no difference". */
  central: string;
  /** "likely range: saves 25 to 120 kgCO2e", or "likely range: from saving 120 kgCO2e to adding 110 kgCO2e"; absent for a point. */
  range?: string;
  /** The range reaches both a saving and an increase. */
  spansZero: boolean;
  direction: 'saving' | 'increase' | 'none';
}

/**
 * A signed change in words, so a range never reads "−10–7.4 g": savings and increases are named, not
 * signed, and the range is worded like every other ("likely range", "full range"). Negative is a saving.
 */
export function describeChange(interval: Interval, quantity: Quantity, digits = 2): ChangeWords {
  const { low, high } = rangeEnds(interval);
  const kind = rangeKindOf(interval);
  const scale = scaleFor(quantity, Math.max(Math.abs(interval.central), Math.abs(low), Math.abs(high)));
  const amount = (v: number) => `${inScale(Math.abs(v), scale, scales[quantity].small, digits, false)} ${scale.unit}`;
  const direction = interval.central < 0 ? 'saving' : interval.central > 0 ? 'increase' : 'none';
  const central =
    direction === 'none' ? 'makes no difference' : `${direction === 'saving' ? 'saves' : 'adds'} about ${amount(interval.central)}`;
  const spansZero = low < 0 && high > 0;
  if (kind === 'point' || !Number.isFinite(low) || !Number.isFinite(high)) return { central, spansZero: false, direction };
  const label = rangeWords[kind as Exclude<RangeKind, 'point'>].label;
  const bare = (v: number) => inScale(Math.abs(v), scale, scales[quantity].small, digits, false);
  let range: string;
  if (spansZero) range = `${label}: from saving ${amount(low)} to adding ${amount(high)}`;
  else if (high <= 0) range = `${label}: saves ${bare(high)} to ${amount(low)}`;
  else range = `${label}: adds ${bare(low)} to ${amount(high)}`;
  return { central, range, spansZero, direction };
}
