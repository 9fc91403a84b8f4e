/** How a coefficient's value reads on the pages and in the islands' assumptions list. Pure, and light: islands import it. */
import type { Coefficient } from '../../calculators/coefficients/schema.ts';
import { roundSignificant } from '../../calculators/core/format.ts';

/**
 * A coefficient's value as people read it: whole numbers in full, others to four significant figures
 * (powers of ten at the extremes: "1.167 × 10⁻⁶"); ranges as "low–high". The JSON downloads and the
 * engine keep full precision.
 */
export function formatCoefficientValue(c: Pick<Coefficient, 'value'>): string {
  const show = (n: number) => (Number.isInteger(n) && Math.abs(n) < 1e15 ? n.toLocaleString('en-GB') : roundSignificant(n, 4));
  return typeof c.value === 'number' ? show(c.value) : `${show(c.value.low)}–${show(c.value.high)}`;
}
