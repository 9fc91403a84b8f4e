import { describe, expect, it } from 'vitest';
import { formatEmissionsG, formatEnergyWh, formatInterval, formatShare, roundSignificant } from '../../../calculators/core/format.ts';

describe('format', () => {
  it('scales energy from Wh', () => {
    expect(formatEnergyWh(0.24)).toBe('0.24 Wh');
    expect(formatEnergyWh(433_196_000)).toBe('433 MWh');
    expect(formatEnergyWh(27_510_000_000)).toBe('27.5 GWh');
    expect(formatEnergyWh(2907)).toBe('2.91 kWh');
    expect(formatEnergyWh(0.0045)).toBe('4.5 mWh');
    expect(formatEnergyWh(0)).toBe('0 Wh');
  });

  it('never shows a tiny positive value as 0', () => {
    expect(formatEnergyWh(1e-9)).toBe('<0.01 mWh');
    expect(formatEmissionsG(1e-9)).toBe('<0.01 mgCO2e');
    expect(formatInterval(1e-9, 1e-10, 2e-9, 'Wh')).not.toMatch(/(^|\D)0(\s|$)/);
  });

  it('scales emissions from g', () => {
    expect(formatEmissionsG(24_690_000)).toBe('24.7 tCO2e');
    expect(formatEmissionsG(1427)).toBe('1.43 kgCO2e');
    expect(formatEmissionsG(0.0411)).toBe('0.0411 gCO2e');
    expect(formatEmissionsG(-12.3)).toBe('-12.3 gCO2e');
  });

  it('shows intervals to 2 significant figures in one scale, points to 3', () => {
    expect(formatInterval(13.6, 7.7, 21.6, 'Wh')).toBe('14 (7.7 to 22) Wh');
    expect(formatInterval(500, 400, 1500, 'Wh')).toBe('0.5 (0.4 to 1.5) kWh');
    expect(formatInterval(0.24, 0.24, 0.24, 'Wh')).toBe('0.24 Wh');
    expect(formatInterval(2, 1, 3, 'requests')).toBe('2 (1 to 3) requests');
    expect(formatInterval(Number.NaN, 0, 1, 'Wh')).toBe('not available');
  });

  it('rounds and groups in UK English', () => {
    expect(roundSignificant(1426.94)).toBe('1,430');
    expect(roundSignificant(0.000123456, 2)).toBe('0.00012');
    expect(formatShare(0.0123)).toBe('1.2 %');
  });
});
