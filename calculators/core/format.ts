/**
 * Formatting for readers. Choices (documented in the README):
 * - energy scales Wh -> kWh -> MWh -> GWh -> TWh upwards, and to mWh below 0.01 Wh; emissions scale
 *   gCO2e -> kg -> t -> kt -> Mt upwards, and to mgCO2e below 0.01 g;
 * - points show 3 significant figures, intervals 2 (the interval is the honest precision);
 * - a tiny positive value is never shown as "0": below the smallest step it reads "<0.01 mWh" or "<0.01 mgCO2e";
 * - negative values (net changes) keep their sign; NaN or Infinity reads "not available".
 */

interface Scale {
  factor: number;
  unit: string;
}

const energyScales: Scale[] = [
  { factor: 1e12, unit: 'TWh' },
  { factor: 1e9, unit: 'GWh' },
  { factor: 1e6, unit: 'MWh' },
  { factor: 1e3, unit: 'kWh' },
  { factor: 1, unit: 'Wh' },
];
const emissionScales: Scale[] = [
  { factor: 1e12, unit: 'MtCO2e' },
  { factor: 1e9, unit: 'ktCO2e' },
  { factor: 1e6, unit: 'tCO2e' },
  { factor: 1e3, unit: 'kgCO2e' },
  { factor: 1, unit: 'gCO2e' },
];
const smallEnergy: Scale = { factor: 1e-3, unit: 'mWh' };
const smallEmissions: Scale = { factor: 1e-3, unit: 'mgCO2e' };
const SMALL_STEP = 0.01;

/** Round to significant figures and group thousands (UK English). */
export function roundSignificant(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return 'not available';
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(digits));
  return rounded.toLocaleString('en-GB', { maximumSignificantDigits: digits });
}

function pickScale(magnitude: number, scales: Scale[], small: Scale): Scale {
  for (const scale of scales) if (magnitude >= scale.factor) return scale;
  return magnitude >= SMALL_STEP ? (scales[scales.length - 1] as Scale) : small;
}

function formatScaled(value: number, scales: Scale[], small: Scale, digits: number): string {
  if (!Number.isFinite(value)) return 'not available';
  const base = scales[scales.length - 1] as Scale;
  if (value === 0) return `0 ${base.unit}`;
  const magnitude = Math.abs(value);
  const scale = pickScale(magnitude, scales, small);
  const scaled = magnitude / scale.factor;
  if (scale === small && scaled < SMALL_STEP) return `${value < 0 ? '>-' : '<'}${SMALL_STEP} ${small.unit}`;
  return `${value < 0 ? '-' : ''}${roundSignificant(scaled, digits)} ${scale.unit}`;
}

/** Energy given in Wh, scaled to a readable unit: formatEnergyWh(433196000) -> "433 MWh". */
export function formatEnergyWh(valueWh: number, digits = 3): string {
  return formatScaled(valueWh, energyScales, smallEnergy, digits);
}

/** Emissions given in gCO2e, scaled: formatEmissionsG(24690000) -> "24.7 tCO2e". */
export function formatEmissionsG(valueG: number, digits = 3): string {
  return formatScaled(valueG, emissionScales, smallEmissions, digits);
}

/**
 * "central (P5 to P95) unit" with one scale chosen from the largest magnitude, 2 significant figures;
 * a point (p5 = central = p95) shows 3 significant figures alone. Unit "Wh" and "gCO2e" are scaled;
 * any other unit is appended as given.
 */
export function formatInterval(central: number, p5: number, p95: number, unit: string): string {
  if (![central, p5, p95].every(Number.isFinite)) return 'not available';
  const isPoint = p5 === central && p95 === central;
  const scales = unit === 'Wh' ? energyScales : unit === 'gCO2e' ? emissionScales : undefined;
  const small = unit === 'Wh' ? smallEnergy : smallEmissions;
  if (!scales) {
    const suffix = unit ? ` ${unit}` : '';
    return isPoint ? `${roundSignificant(central)}${suffix}` : `${roundSignificant(central, 2)} (${roundSignificant(p5, 2)} to ${roundSignificant(p95, 2)})${suffix}`;
  }
  if (isPoint) return formatScaled(central, scales, small, 3);
  const magnitude = Math.max(Math.abs(central), Math.abs(p5), Math.abs(p95));
  const scale = magnitude === 0 ? (scales[scales.length - 1] as Scale) : pickScale(magnitude, scales, small);
  const part = (v: number) => {
    const scaled = v / scale.factor;
    if (v !== 0 && Math.abs(scaled) < SMALL_STEP && scale === small) return `${v < 0 ? '>-' : '<'}${SMALL_STEP}`;
    if (v !== 0 && Number(Math.abs(scaled).toPrecision(2)) === 0) return `<${SMALL_STEP}`;
    return roundSignificant(scaled, 2);
  };
  return `${part(central)} (${part(p5)} to ${part(p95)}) ${scale.unit}`;
}

/** A share as a percentage, 2 significant figures: 0.0123 -> "1.2 %". */
export function formatShare(fraction: number): string {
  if (!Number.isFinite(fraction)) return 'not available';
  if (fraction > 0 && fraction < 0.0001) return '<0.01 %';
  return `${roundSignificant(fraction * 100, 2)} %`;
}
