/** The one formatter: two significant figures, one scale per range, one wording, explicit signs. */
import { describe, expect, it } from 'vitest';
import {
  formatChange, formatCount, formatEmissionsG, formatEnergyWh, formatQuantity, formatRange, formatShare, rangeKindOf, roundSignificant,
} from '../../../calculators/core/format.ts';

describe('quantities', () => {
  it('scales energy from Wh and rounds to two significant figures', () => {
    expect(formatEnergyWh(0.24)).toBe('0.24 Wh');
    expect(formatEnergyWh(0.354)).toBe('0.35 Wh');
    expect(formatEnergyWh(433_196_000)).toBe('430 MWh');
    expect(formatEnergyWh(27_510_000_000)).toBe('28 GWh');
    expect(formatEnergyWh(2907)).toBe('2.9 kWh');
    expect(formatEnergyWh(0.0045)).toBe('4.5 mWh');
    expect(formatEnergyWh(0)).toBe('0 Wh');
  });

  it('scales emissions from g, one unit style everywhere', () => {
    expect(formatEmissionsG(24_690_000)).toBe('25 tCO2e');
    expect(formatEmissionsG(1427)).toBe('1.4 kgCO2e');
    expect(formatEmissionsG(0.0411)).toBe('0.041 gCO2e');
    expect(formatEmissionsG(-12.3)).toBe('−12 gCO2e');
    expect(formatQuantity('emissions', 950)).toBe('950 gCO2e');
  });

  it('never shows a tiny positive value as 0, nor NaN', () => {
    expect(formatEnergyWh(1e-9)).toBe('<0.01 mWh');
    expect(formatEmissionsG(1e-9)).toBe('<0.01 mgCO2e');
    expect(formatRange({ central: 1e-9, p5: 1e-10, p95: 2e-9 }, 'energy').text).not.toMatch(/(^|[^.\d])0(\s|$)/);
    expect(formatEnergyWh(Number.NaN)).toBe('not available');
    expect(formatRange({ central: Number.NaN, p5: 0, p95: 1 }, 'energy').text).toBe('not available');
  });

  it('takes more digits where asked (inputs)', () => {
    expect(formatEnergyWh(0.354, 3)).toBe('0.354 Wh');
  });
});

describe('ranges', () => {
  it('words a distribution as a likely range, in one scale chosen from the largest magnitude', () => {
    expect(formatRange({ central: 13.6, p5: 7.7, p95: 21.6 }, 'energy').text).toBe('14 Wh (likely range 7.7 to 22 Wh)');
    expect(formatRange({ central: 950, p5: 300, p95: 2100 }, 'emissions').text).toBe('0.95 kgCO2e (likely range 0.3 to 2.1 kgCO2e)');
  });

  it('words bounds as a full range with their minimum and maximum', () => {
    const interval = { central: 1.5, p5: 1.11, p95: 1.88, min: 1.063, max: 1.917 };
    expect(rangeKindOf(interval)).toBe('min-max');
    expect(formatRange(interval, 'energy').text).toBe('1.5 Wh (full range 1.1 to 1.9 Wh)');
  });

  it('shows a point alone', () => {
    const f = formatRange({ central: 0.24, p5: 0.24, p95: 0.24 }, 'energy');
    expect(f.text).toBe('0.24 Wh');
    expect(f.rangeText).toBeUndefined();
    expect(rangeKindOf({ central: 1, p5: 1, p95: 1, min: 1, max: 1 })).toBe('point');
  });

  it('signs every number of a range that crosses zero', () => {
    expect(formatRange({ central: -1.7, p5: -10, p95: 7.4 }, 'emissions').text).toBe('−1.7 gCO2e (likely range −10 to +7.4 gCO2e)');
    expect(formatRange({ central: -3, p5: -5, p95: -1 }, 'emissions').text).toBe('−3 gCO2e (likely range −5 to −1 gCO2e)');
  });

  it('appends other units as given, a ratio as a multiplier', () => {
    expect(formatRange({ central: 2, p5: 1, p95: 3 }, 'requests').text).toBe('2 requests (likely range 1 to 3 requests)');
    expect(formatRange({ central: 0.05, p5: 0.02, p95: 0.1 }, '×').text).toBe('0.05× (likely range 0.02 to 0.1×)');
  });
});

describe('numbers', () => {
  it('rounds and groups in UK English, with powers of ten at the extremes', () => {
    expect(roundSignificant(1426.94)).toBe('1,400');
    expect(roundSignificant(1426.94, 3)).toBe('1,430');
    expect(roundSignificant(0.000123456, 2)).toBe('0.00012');
    expect(roundSignificant(1.1665273170451914e-6, 3)).toBe('1.17 × 10⁻⁶');
    expect(roundSignificant(2e16, 2)).toBe('2.0 × 10¹⁶');
    expect(formatShare(0.0123)).toBe('1.2 %');
    expect(formatCount(20_000)).toBe('20,000');
    expect(formatCount(2_000_000)).toBe('2 million');
    expect(formatChange(10, 11.2)).toBe('+12 %');
    expect(formatChange(10, 9.66)).toBe('−3.4 %');
  });
});
