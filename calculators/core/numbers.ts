import { ukNumber } from './uk-number.ts';

/** Number formatting for reader-facing messages (UK English grouping: 2,000; 0.5). */
export function formatBound(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e9 || abs < 1e-4)) return value.toExponential(2).replace('e+', 'e');
  return ukNumber(value, { maximumFractionDigits: 6 });
}
