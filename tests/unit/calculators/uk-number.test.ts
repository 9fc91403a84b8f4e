import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundSignificant } from '../../../calculators/core/format.ts';
import { ukDecimal, ukNumber } from '../../../calculators/core/uk-number.ts';

/** roundSignificant as it was written with Intl, before ukDecimal replaced it on the hydration path. */
function withIntl(value: number, digits: number): string {
  const abs = Math.abs(value);
  const rounded = Number(abs.toPrecision(digits));
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(rounded)));
  return (value < 0 ? '−' : '') + rounded.toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
}

describe('ukDecimal', () => {
  it('groups the digits in threes and drops trailing zeros', () => {
    expect(ukDecimal(1430, 0)).toBe('1,430');
    expect(ukDecimal(999, 2)).toBe('999');
    expect(ukDecimal(1234567.5, 1)).toBe('1,234,567.5');
    expect(ukDecimal(0.0012, 5)).toBe('0.0012');
    expect(ukDecimal(0.1, 3)).toBe('0.1');
    expect(ukDecimal(100000, 0)).toBe('100,000');
  });

  it('prints every significant-figure rounding as Intl does, from 10^-4 to 10^15 and one to six figures', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }).filter((v) => Math.abs(v) >= 1e-4 && Math.abs(v) < 1e15),
        fc.integer({ min: 1, max: 6 }),
        (value, digits) => roundSignificant(value, digits) === withIntl(value, digits),
      ),
      { numRuns: 5_000 },
    );
    for (const value of [0.000123, 1, 9.95, 99.5, 0.295, 1005, 1.005, 123456789012345]) {
      for (const digits of [1, 2, 3]) expect(roundSignificant(value, digits), `${value} ${digits}`).toBe(withIntl(value, digits));
    }
  });
});

describe('ukNumber', () => {
  it('prints what toLocaleString prints for UK English, for each set of options', () => {
    const options: Intl.NumberFormatOptions[] = [{}, { maximumFractionDigits: 6 }, { maximumSignificantDigits: 6 }];
    const values = [0, 1, -1, 0.5, 1430, 1234567.891, 0.00012345, -98765.4321, 2 ** 40, 1 / 3, 1.005];
    for (const o of options) for (const v of values) expect(ukNumber(v, o), `${v} ${JSON.stringify(o)}`).toBe(v.toLocaleString('en-GB', o));
  });

  it('keeps the options of each call apart (a kept formatter is never used for other options)', () => {
    expect(ukNumber(1.23456, { maximumFractionDigits: 1 })).toBe('1.2');
    expect(ukNumber(1.23456, { maximumFractionDigits: 3 })).toBe('1.235');
    expect(ukNumber(1.23456, { maximumFractionDigits: 1 })).toBe('1.2');
    expect(ukNumber(12345)).toBe('12,345');
  });
});
