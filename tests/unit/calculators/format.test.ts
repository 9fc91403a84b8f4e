/** The one formatter: two significant figures, one scale per range, one wording, explicit signs. */
import { describe, expect, it } from 'vitest';
import {
  describeChange,
  formatChange,
  formatCount,
  formatEmissionsG,
  formatEnergyWh,
  formatNumber,
  formatQuantity,
  formatQuantityAt,
  formatRange,
  formatShare,
  formatSignedQuantity,
  rangeEnds,
  rangeKindOf,
  rangeWords,
  roundSignificant,
  scaleFor,
  sideBySide,
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

describe('scales and limits', () => {
  it('change unit at each power of a thousand, from mWh below 0.01 Wh to TWh', () => {
    expect(formatEnergyWh(1e12)).toBe('1 TWh');
    expect(formatEnergyWh(3.2e9)).toBe('3.2 GWh');
    expect(formatEnergyWh(1000)).toBe('1 kWh');
    expect(formatEnergyWh(-5000)).toBe('−5 kWh');
    expect(formatEnergyWh(0.01)).toBe('0.01 Wh');
    expect(formatEnergyWh(0.0099)).toBe('9.9 mWh');
    expect(formatEmissionsG(2e12)).toBe('2 MtCO2e');
    expect(formatEmissionsG(3e9)).toBe('3 ktCO2e');
    expect(formatEmissionsG(0.001)).toBe('1 mgCO2e');
    expect(scaleFor('energy', 0)).toEqual({ factor: 1, unit: 'Wh' });
    expect(scaleFor('energy', -0.001)).toEqual({ factor: 1e-3, unit: 'mWh' });
    expect(scaleFor('emissions', 999)).toEqual({ factor: 1, unit: 'gCO2e' });
  });

  it('show a tiny negative value as above minus 0.01, and nothing finite as not available', () => {
    expect(formatEnergyWh(-1e-9)).toBe('>−0.01 mWh');
    expect(formatQuantity('emissions', Number.POSITIVE_INFINITY)).toBe('not available');
    expect(roundSignificant(Number.POSITIVE_INFINITY)).toBe('not available');
    expect(roundSignificant(Number.NaN)).toBe('not available');
  });

  it('write powers of ten from 10¹⁵ up and below 10⁻⁴, and plain figures between', () => {
    expect(roundSignificant(1e15)).toBe('1.0 × 10¹⁵');
    expect(roundSignificant(9.9e14)).toBe('990,000,000,000,000');
    expect(roundSignificant(0.0001)).toBe('0.0001');
    expect(roundSignificant(9.9e-5)).toBe('9.9 × 10⁻⁵');
    expect(roundSignificant(-2.5e-7)).toBe('−2.5 × 10⁻⁷');
  });

  it('keep as many decimals as the significant figures need, and drop trailing zeros', () => {
    expect(roundSignificant(0.0123)).toBe('0.012');
    expect(roundSignificant(0.1)).toBe('0.1');
    expect(roundSignificant(15)).toBe('15');
    expect(roundSignificant(1.55)).toBe('1.6');
    expect(roundSignificant(-0.5)).toBe('−0.5');
    expect(roundSignificant(1234.5, 4)).toBe('1,235');
    expect(roundSignificant(0)).toBe('0');
  });
});

describe('more ranges', () => {
  it('give their parts apart for tables: central, ends, unit, kind and the range in words', () => {
    expect(formatRange({ central: 500, p5: 200, p95: 2000 }, 'energy')).toEqual({
      central: '0.5',
      value: '0.5 kWh',
      low: '0.2',
      high: '2',
      unit: 'kWh',
      kind: 'p5-p95',
      rangeText: 'likely range 0.2 to 2 kWh',
      text: '0.5 kWh (likely range 0.2 to 2 kWh)',
    });
    expect(formatRange({ central: 1, p5: 1, p95: 1, min: 0.5, max: 2 }, 'energy')).toEqual({
      central: '1',
      value: '1 Wh',
      low: '0.5',
      high: '2',
      unit: 'Wh',
      kind: 'min-max',
      rangeText: 'full range 0.5 to 2 Wh',
      text: '1 Wh (full range 0.5 to 2 Wh)',
    });
    expect(formatRange({ central: 0.24, p5: 0.24, p95: 0.24 }, 'energy')).toEqual({
      central: '0.24',
      value: '0.24 Wh',
      unit: 'Wh',
      kind: 'point',
      text: '0.24 Wh',
    });
    expect(formatRange({ central: Number.POSITIVE_INFINITY, p5: 1, p95: 1 }, 'energy')).toEqual({
      central: 'not available',
      value: 'not available',
      unit: '',
      kind: 'p5-p95',
      text: 'not available',
    });
    expect(formatRange({ central: 1, p5: 0, p95: Number.NaN }, 'energy').text).toBe('not available');
  });

  it('scale tiny values of a wide range in the range’s unit, and sign mixed ranges of any unit', () => {
    expect(formatRange({ central: 0.005, p5: 0.001, p95: 20 }, 'energy').text).toBe('0.005 Wh (likely range 0.001 to 20 Wh)');
    expect(formatRange({ central: -0.001, p5: -0.002, p95: 0.001 }, 'energy').text).toBe('−1 mWh (likely range −2 to +1 mWh)');
    expect(formatRange({ central: 2, p5: -1, p95: 3 }, 'requests').text).toBe('+2 requests (likely range −1 to +3 requests)');
    expect(formatRange({ central: 2, p5: 1, p95: 3 }, '').text).toBe('2 (likely range 1 to 3)');
    expect(formatRange({ central: 2, p5: 1, p95: 3 }, '').value).toBe('2');
    expect(formatRange({ central: 3.2, p5: 3.2, p95: 3.2 }, '×').value).toBe('3.2×');
    expect(formatRange({ central: 2, p5: 1, p95: 3 }, 'energy', 3).text).toBe('2 Wh (likely range 1 to 3 Wh)');
  });

  it('read the kind and the ends from the interval itself', () => {
    expect(rangeKindOf({ central: 1, p5: 0.5, p95: 2 })).toBe('p5-p95');
    expect(rangeKindOf({ central: 1, p5: 1, p95: 2 })).toBe('p5-p95');
    expect(rangeKindOf({ central: 1, p5: 0.5, p95: 1 })).toBe('p5-p95');
    expect(rangeKindOf({ central: 1, p5: 1, p95: 1, min: 1 })).toBe('point');
    expect(rangeEnds({ central: 1, p5: 0.5, p95: 2, min: 0.1, max: 3 })).toEqual({ low: 0.1, high: 3 });
    expect(rangeEnds({ central: 1, p5: 0.5, p95: 2 })).toEqual({ low: 0.5, high: 2 });
    expect(rangeWords['p5-p95'].label).toBe('likely range');
    expect(rangeWords['min-max'].label).toBe('full range');
    expect(rangeWords['p5-p95'].meaning).toMatch(/5th to the 95th percentile/);
    expect(rangeWords['min-max'].meaning).toMatch(/lowest to the highest value/);
  });
});

describe('shares, counts and changes', () => {
  it('show shares as percentages with two significant figures, never a tiny share as 0', () => {
    expect(formatShare(0.00005)).toBe('<0.01 %');
    expect(formatShare(0.0001)).toBe('0.01 %');
    expect(formatShare(0)).toBe('0 %');
    expect(formatShare(-0.5)).toBe('−50 %');
    expect(formatShare(Number.NaN)).toBe('not available');
  });

  it('show inputs with three significant figures, or as asked', () => {
    expect(formatNumber(1234.5)).toBe('1,230');
    expect(formatNumber(1234.5, 2)).toBe('1,200');
  });

  it('count in words from a million up', () => {
    expect(formatCount(1e12)).toBe('1 trillion');
    expect(formatCount(2.5e9)).toBe('2.5 billion');
    expect(formatCount(1e6)).toBe('1 million');
    expect(formatCount(-2e6)).toBe('−2 million');
    expect(formatCount(999.4)).toBe('999');
  });

  it('sign a change, and call a change from nothing new', () => {
    expect(formatChange(0, 0)).toBe('0 %');
    expect(formatChange(0, 5)).toBe('new');
    expect(formatChange(10, 10)).toBe('0 %');
    expect(formatChange(-10, -5)).toBe('+50 %');
    expect(formatChange(10, 0)).toBe('−100 %');
  });
});

describe('changes in words', () => {
  const iv = (central: number, p5: number, p95: number) => ({ central, p5, p95 });
  it('names a saving and an increase instead of signing them, with the range in the one wording', () => {
    expect(describeChange(iv(-45_000, -120_000, -25_000), 'emissions')).toEqual({
      central: 'saves about 45 kgCO2e',
      range: 'likely range: saves 25 to 120 kgCO2e',
      spansZero: false,
      direction: 'saving',
    });
    expect(describeChange(iv(1_200, 400, 6_200), 'emissions')).toMatchObject({
      central: 'adds about 1.2 kgCO2e',
      range: 'likely range: adds 0.4 to 6.2 kgCO2e',
    });
  });
  it('says when the range includes both a saving and an increase, never writing "−10–7.4"', () => {
    const words = describeChange(iv(-1.2, -9.9, 8.4), 'emissions');
    expect(words).toMatchObject({
      central: 'saves about 1.2 gCO2e',
      range: 'likely range: from saving 9.9 gCO2e to adding 8.4 gCO2e',
      spansZero: true,
    });
    expect(JSON.stringify(words)).not.toMatch(/\d[–-]\d/);
  });
  it('uses "full range" for bounds and nothing for a point', () => {
    expect(describeChange({ central: -2, p5: -3, p95: -1, min: -4, max: -0.5 }, 'emissions').range).toBe(
      'full range: saves 0.5 to 4 gCO2e',
    );
    expect(describeChange(iv(0, 0, 0), 'emissions')).toEqual({ central: 'makes no difference', spansZero: false, direction: 'none' });
  });
});

describe('one unit per chart', () => {
  it('writes every value in the unit of the chart’s largest', () => {
    expect(formatQuantityAt('emissions', 0.26, 1.5)).toBe('0.26 gCO2e');
    expect(formatQuantityAt('emissions', 0.00043, 3.8)).toBe('0.00043 gCO2e');
    expect(formatQuantityAt('energy', 19_000, 26_000)).toBe('19 kWh');
  });
});

describe('edges found by mutation testing', () => {
  it('writes a value of exactly 0.01 of the smallest step as itself, and anything below as "<0.01"', () => {
    expect(formatEnergyWh(1e-5)).toBe('0.01 mWh');
    expect(formatEnergyWh(9.9e-6)).toBe('<0.01 mWh');
    expect(formatEmissionsG(-1e-5)).toBe('−0.01 mgCO2e');
  });

  it('gives a value placed in a chart’s unit as not available when it is not finite', () => {
    expect(formatQuantityAt('energy', Number.NaN, 1_000)).toBe('not available');
    expect(formatQuantityAt('emissions', Number.NEGATIVE_INFINITY, 1)).toBe('not available');
  });

  it('never signs zero, in a scaled quantity or in another unit', () => {
    expect(formatRange({ central: 0, p5: -1, p95: 1 }, 'emissions').text).toBe('0 gCO2e (likely range −1 to +1 gCO2e)');
    expect(formatRange({ central: 0, p5: -1, p95: 1 }, 'requests').text).toBe('0 requests (likely range −1 to +1 requests)');
  });

  it('does not sign a range that only touches zero', () => {
    expect(formatRange({ central: 1, p5: 0, p95: 2 }, 'emissions').text).toBe('1 gCO2e (likely range 0 to 2 gCO2e)');
    expect(formatRange({ central: 1, p5: 0, p95: 2 }, 'requests').text).toBe('1 requests (likely range 0 to 2 requests)');
  });

  it('does not sign a negative range that only touches zero either', () => {
    expect(formatRange({ central: -1, p5: -5, p95: 0 }, 'emissions').text).toBe('−1 gCO2e (likely range −5 to 0 gCO2e)');
  });

  it('prints a range narrower than the rounding as its one figure, but a range with either end apart in full', () => {
    const narrow = formatRange({ central: 0.351, p5: 0.349, p95: 0.353 }, 'energy');
    expect(narrow).toEqual({ central: '0.35', value: '0.35 Wh', unit: 'Wh', kind: 'p5-p95', text: '0.35 Wh' });
    expect(formatRange({ central: 0.351, p5: 0.349, p95: 0.37 }, 'energy').text).toBe('0.35 Wh (likely range 0.35 to 0.37 Wh)');
    expect(formatRange({ central: 0.351, p5: 0.33, p95: 0.353 }, 'energy').text).toBe('0.35 Wh (likely range 0.33 to 0.35 Wh)');
    // A full range that rounds away keeps its kind, so the reader can be told why no range is printed.
    expect(formatRange({ central: 0.351, p5: 0.35, p95: 0.352, min: 0.349, max: 0.353 }, 'energy').kind).toBe('min-max');
  });

  it('reads a minimum without a maximum (or the reverse) as no full range', () => {
    expect(rangeKindOf({ central: 1, p5: 1, p95: 1, min: 0 })).toBe('point');
    expect(rangeKindOf({ central: 1, p5: 0, p95: 2, max: 3 })).toBe('p5-p95');
  });

  it('counts a billion and a trillion from exactly one', () => {
    expect([formatCount(1e6), formatCount(1e9), formatCount(999_999_999), formatCount(1e12)]).toEqual([
      '1 million',
      '1 billion',
      '1,000 million',
      '1 trillion',
    ]);
  });

  it('words a change with no difference as none, and a range that touches zero as one direction', () => {
    expect(describeChange({ central: 0, p5: 0, p95: 0 }, 'emissions')).toEqual({
      central: 'makes no difference',
      spansZero: false,
      direction: 'none',
    });
    expect(describeChange({ central: 2, p5: 0, p95: 5 }, 'emissions')).toMatchObject({
      range: 'likely range: adds 0 to 5 gCO2e',
      spansZero: false,
    });
    expect(describeChange({ central: -2, p5: -5, p95: 0 }, 'emissions')).toMatchObject({
      range: 'likely range: saves 0 to 5 gCO2e',
      spansZero: false,
      direction: 'saving',
    });
  });
});

describe('before and after', () => {
  const emissions = (value: number, digits: number) => formatQuantity('emissions', value, digits);

  it('keep two significant figures where they already tell the figures apart', () => {
    expect(sideBySide(10.97, 7.822, emissions)).toEqual(['11 gCO2e', '7.8 gCO2e']);
    expect(sideBySide(7.822, 7.822, emissions)).toEqual(['7.8 gCO2e', '7.8 gCO2e']);
    expect(sideBySide(7.822, 7.81, emissions, 3)).toEqual(['7.82 gCO2e', '7.81 gCO2e']);
  });

  it('take the fewest more figures at which two different values read differently', () => {
    expect(sideBySide(7.822, 7.81, emissions)).toEqual(['7.82 gCO2e', '7.81 gCO2e']);
    expect(sideBySide(-5.693, -5.69, emissions)).toEqual(['−5.693 gCO2e', '−5.69 gCO2e']);
    expect(sideBySide(1_000_000_001, 1_000_000_002, emissions)).toEqual(['1.000000001 ktCO2e', '1.000000002 ktCO2e']);
    const range = (central: number, p95: number) => ({ central, p5: 1, p95 });
    const print = (interval: { central: number; p5: number; p95: number }, digits: number) => formatRange(interval, 'energy', digits).text;
    expect(sideBySide(range(2, 3.004), range(2, 3.001), print)).toEqual([
      '2 Wh (likely range 1 to 3.004 Wh)',
      '2 Wh (likely range 1 to 3.001 Wh)',
    ]);
  });

  it('tell apart any two different doubles, and leave figures that differ only below what is printed at their digits', () => {
    const [a, b] = sideBySide(0.1 + 0.2, 0.3, emissions);
    expect(a).not.toBe(b);
    expect(sideBySide(1e-6, 2e-6, (v, d) => formatQuantity('energy', v, d))).toEqual(['<0.01 mWh', '<0.01 mWh']);
    expect(sideBySide(Number.NaN, Number.POSITIVE_INFINITY, emissions)).toEqual(['not available', 'not available']);
  });
});

describe('signed quantities', () => {
  it('carry their sign, scaled like any quantity', () => {
    expect(formatSignedQuantity('emissions', 2.1)).toBe('+2.1 gCO2e');
    expect(formatSignedQuantity('emissions', -11.65)).toBe('−12 gCO2e');
    expect(formatSignedQuantity('emissions', 0.0042)).toBe('+4.2 mgCO2e');
    expect(formatSignedQuantity('energy', -2_500, 3)).toBe('−2.5 kWh');
    expect(formatSignedQuantity('energy', 0)).toBe('0 Wh');
    expect(formatSignedQuantity('energy', Number.NaN)).toBe('not available');
  });
});
