/**
 * Reader-facing numbers: scaled units (Wh/kWh/MWh, g/kg/t) and rounding to two or three significant
 * figures, so a result never shows more precision than its inputs carry. The engine's core has only
 * formatBound (for messages), so unit scaling lives here, site side.
 */
import type { Interval } from '../../../calculators/core/result.ts';

export type Quantity = 'energy' | 'mass';

const scales: Record<Quantity, { factor: number; unit: string }[]> = {
  energy: [
    { factor: 1e9, unit: 'GWh' },
    { factor: 1e6, unit: 'MWh' },
    { factor: 1e3, unit: 'kWh' },
    { factor: 1, unit: 'Wh' },
  ],
  mass: [
    { factor: 1e6, unit: 't' },
    { factor: 1e3, unit: 'kg' },
    { factor: 1, unit: 'g' },
  ],
};

/** The unit step for a value in base units (Wh or gCO2e). */
export function scaleFor(quantity: Quantity, value: number): { factor: number; unit: string } {
  const abs = Math.abs(value);
  const steps = scales[quantity];
  return steps.find((s) => abs >= s.factor) ?? (steps[steps.length - 1] as { factor: number; unit: string });
}

/** Rounds to `digits` significant figures and groups thousands the UK way (1,234; 0.0012). */
export function roundSignificant(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e15 || abs < 1e-6) return value.toExponential(digits - 1).replace('e+', '×10^').replace('e-', '×10^-');
  const magnitude = Math.floor(Math.log10(abs));
  const decimals = Math.max(0, digits - 1 - magnitude);
  const rounded = Number(value.toPrecision(digits));
  return rounded.toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
}

const suffix: Record<Quantity, string> = { energy: '', mass: 'CO2e' };

/** "0.24 Wh", "1.3 kWh", "50 t CO2e" style: value scaled to the best unit. */
export function formatQuantity(quantity: Quantity, value: number, digits = 2): string {
  const { factor, unit } = scaleFor(quantity, value);
  return `${roundSignificant(value / factor, digits)} ${unit}${suffix[quantity] ? ` ${suffix[quantity]}` : ''}`;
}

export interface FormattedInterval {
  central: string;
  range: string | undefined;
  unit: string;
  text: string;
}

/** Central value with its P5-P95 interval in one unit (the central value's). Points have no range. */
export function formatInterval(quantity: Quantity, interval: Interval, digits = 2): FormattedInterval {
  const { factor, unit } = scaleFor(quantity, interval.central);
  const u = suffix[quantity] ? `${unit} ${suffix[quantity]}` : unit;
  const central = roundSignificant(interval.central / factor, digits);
  const low = roundSignificant(interval.p5 / factor, digits);
  const high = roundSignificant(interval.p95 / factor, digits);
  const range = low === high ? undefined : `${low}–${high}`;
  return { central, range, unit: u, text: range ? `${central} ${u} (P5–P95: ${range} ${u})` : `${central} ${u}` };
}

/** A plain number with sensible rounding, for inputs and counts ("1,000", "0.58"). */
export function formatNumber(value: number, digits = 3): string {
  return roundSignificant(value, digits);
}

/** Integer volumes in words people read: 1.2 million, 3.4 billion. */
export function formatCount(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e12) return `${roundSignificant(value / 1e12, 2)} trillion`;
  if (abs >= 1e9) return `${roundSignificant(value / 1e9, 2)} billion`;
  if (abs >= 1e6) return `${roundSignificant(value / 1e6, 2)} million`;
  return roundSignificant(value, 3);
}

/** Percentage change from `before` to `after`, signed ("+12 %", "−3.4 %"). */
export function formatChange(before: number, after: number): string {
  if (before === 0) return after === 0 ? '0 %' : 'new';
  const change = ((after - before) / Math.abs(before)) * 100;
  const text = roundSignificant(Math.abs(change), 2);
  return `${change > 0 ? '+' : change < 0 ? '−' : ''}${text} %`;
}
