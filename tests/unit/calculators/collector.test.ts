/**
 * The input register every result carries (core/collector.ts), the grid input shared by the models
 * (core/grid.ts) and which sets a worked example applies to (core/example.ts).
 */
import { describe, expect, it } from 'vitest';
import { coefficientCentral, coefficientValue, getCoefficientSet } from '../../../calculators/coefficients/index.ts';
import type { CoefficientSet } from '../../../calculators/coefficients/index.ts';
import { InputCollector } from '../../../calculators/core/collector.ts';
import { appliesTo } from '../../../calculators/core/example.ts';
import { intensityField, resolveGrid } from '../../../calculators/core/grid.ts';
import type { FieldSpec } from '../../../calculators/core/uncertain.ts';

const set = getCoefficientSet('cs-2026-12') as CoefficientSet;
const power: FieldSpec = { label: 'Device power', unit: 'W', min: 0, max: 2_000 };

describe('the input register', () => {
  it('records supplied values, coefficient defaults, presets, computed and fixed defaults, each with its origin', () => {
    const c = new InputCollector(set);
    expect(c.supplied('device.powerW', power, 45)).toBe(0);
    expect(c.supplied('rebound', { label: 'Rebound', unit: 'multiplier', min: 0, max: 10 }, 1.2, true)).toBe(1);
    expect(c.fromCoefficient('grid.intensityGPerKWh', intensityField, 'grid-ecologits-gbr', 'preset')).toBe(2);
    expect(
      c.fromCoefficient('device.timeSPerUnit', { label: 'Device time', unit: 's', min: 0, max: 1e5 }, 'device-time-per-request-s'),
    ).toBe(3);
    expect(c.computed('ai.inference', { label: 'AI energy', unit: 'Wh', min: 0, max: 1e9 }, { low: 1, high: 2 })).toBe(4);
    expect(c.fixedDefault('runs', { label: 'Runs', unit: 'runs', min: 0, max: 10 }, 1)).toBe(5);
    expect(c.inputs).toEqual([
      { path: 'device.powerW', label: 'Device power', unit: 'W', value: 45, origin: 'supplied' },
      { path: 'rebound', label: 'Rebound', unit: 'multiplier', value: 1.2, origin: 'supplied', assumption: true },
      {
        path: 'grid.intensityGPerKWh',
        label: 'Grid intensity',
        unit: 'gCO2e/kWh',
        value: 210.89,
        origin: 'preset',
        coefficientId: 'grid-ecologits-gbr',
      },
      {
        path: 'device.timeSPerUnit',
        label: 'Device time',
        unit: 's',
        value: 30,
        origin: 'default',
        coefficientId: 'device-time-per-request-s',
        assumption: true,
      },
      { path: 'ai.inference', label: 'AI energy', unit: 'Wh', value: { low: 1, high: 2 }, origin: 'computed' },
      { path: 'runs', label: 'Runs', unit: 'runs', value: 1, origin: 'default' },
    ]);
    expect(c.suppliedPaths).toEqual(['device.powerW', 'rebound']);
    expect(c.defaultPaths).toEqual(['grid.intensityGPerKWh', 'device.timeSPerUnit', 'runs']);
  });

  it('picks the supplied value when there is one, else the coefficient', () => {
    const c = new InputCollector(set);
    c.pick('device.powerW', power, 60, 'device-laptop-w');
    c.pick('baseline.device.powerW', power, undefined, 'device-desktop-monitor-w', 'preset');
    expect(c.inputs.map((i) => [i.path, i.value, i.origin, i.coefficientId])).toEqual([
      ['device.powerW', 60, 'supplied', undefined],
      ['baseline.device.powerW', 100, 'preset', 'device-desktop-monitor-w'],
    ]);
    expect([...c.coefficientsUsed]).toEqual(['device-desktop-monitor-w']);
  });

  it('takes a ranged coefficient as a range, and as its midpoint where a constant is needed', () => {
    const c = new InputCollector(set);
    c.fromCoefficient(
      'estimate.labToProductionFactor',
      { label: 'Lab to production', unit: 'multiplier', min: 0, max: 10 },
      'lab-batch1-to-production',
    );
    expect(c.inputs[0]!.value).toEqual({ low: 0.16, high: 1 });
    expect(c.constant('lab-batch1-to-production')).toBeCloseTo(0.58, 12);
    expect(c.constant('pue-default')).toBe(1.2);
    expect(c.inputs).toHaveLength(1); // a constant is not an input
  });

  it('records the coefficients and sources used, and each warning once', () => {
    const c = new InputCollector(set);
    c.constant('pue-default');
    c.useCoefficient('share-google-host');
    c.useSource('zz-last', 'aa-first');
    c.warn('Second.');
    c.warn('First.');
    c.warn('Second.');
    expect([...c.coefficientsUsed]).toEqual(['pue-default', 'share-google-host']);
    expect([...c.sourceIds]).toEqual(['epoch-2025', 'elsworth-2025', 'zz-last', 'aa-first']);
    expect(c.warnings).toEqual(['Second.', 'First.']);
    expect(() => c.useCoefficient('no-such-coefficient')).toThrow('Unknown coefficient no-such-coefficient in cs-2026-12');
  });

  it('gives every result its bookkeeping: paths once each, ids sorted, inputs copied', () => {
    const c = new InputCollector(set);
    c.supplied('b', power, 1);
    c.supplied('a', power, 2);
    c.supplied('b', power, 3);
    c.defaulted('boundary.network');
    c.defaulted('boundary.network');
    c.fromCoefficient('grid.intensityGPerKWh', intensityField, 'grid-ecologits-wor');
    c.useCoefficient('share-google-host');
    c.constant('pue-default');
    c.useSource('zz-last');
    c.warn('A warning.');
    const meta = c.meta({ samples: 500, range: 'p5-p95' }, 42);
    expect(meta).toMatchObject({
      coefficientSet: 'cs-2026-12',
      suppliedInputs: ['b', 'a'],
      defaultsUsed: ['boundary.network', 'grid.intensityGPerKWh'],
      coefficientsUsed: ['grid-ecologits-wor', 'pue-default', 'share-google-host'],
      sourceIds: ['ecologits-2025', 'elsworth-2025', 'epoch-2025', 'zz-last'],
      warnings: ['A warning.'],
      samples: 500,
      seed: 42,
      range: 'p5-p95',
    });
    expect(meta.inputs).toHaveLength(4);
    meta.inputs[0]!.label = 'changed';
    meta.warnings.push('added');
    expect(c.inputs[0]!.label).toBe('Device power');
    expect(c.warnings).toEqual(['A warning.']);
  });
});

describe('coefficient values', () => {
  it('read a point, a bound, a distribution and their central values', () => {
    const c = (value: unknown) =>
      ({ id: 'x', label: 'xxx', value, unit: 'u', year: 2025, sourceId: 's', note: 'n', trust: 'V-primary' }) as never;
    expect(coefficientValue(c(3))).toBe(3);
    expect(coefficientValue(c({ low: 1, high: 4 }))).toEqual({ low: 1, high: 4 });
    expect(coefficientValue(c({ low: 1, high: 4, distribution: 'lognormal' }))).toEqual({ low: 1, high: 4, distribution: 'lognormal' });
    expect(coefficientCentral(c(3))).toBe(3);
    expect(coefficientCentral(c({ low: 1, high: 4 }))).toBe(2.5);
    expect(coefficientCentral(c({ low: 1, high: 4, distribution: 'uniform' }))).toBe(2.5);
    expect(coefficientCentral(c({ low: 1, high: 4, distribution: 'lognormal' }))).toBe(2);
  });
});

describe('the grid input', () => {
  const resolve = (grid: Parameters<typeof resolveGrid>[1], path?: string, onSet: CoefficientSet = set) => {
    const c = new InputCollector(onSet);
    const resolved = resolveGrid(c, grid, path);
    return { c, resolved };
  };

  it('defaults to EcoLogits’ world mix, location-based', () => {
    const { c, resolved } = resolve(undefined);
    expect(resolved).toEqual({ ok: true, value: { index: 0, basis: 'location', presetId: 'grid-ecologits-wor' } });
    expect(c.inputs[0]).toMatchObject({
      path: 'grid.intensityGPerKWh',
      value: 473.01,
      origin: 'default',
      coefficientId: 'grid-ecologits-wor',
    });
    expect(c.warnings).toEqual([]);
  });

  it('takes a regional preset, recorded as a preset', () => {
    const { c, resolved } = resolve({ preset: 'grid-ember-2023-fra' });
    expect(resolved).toEqual({ ok: true, value: { index: 0, basis: 'location', presetId: 'grid-ember-2023-fra' } });
    expect(c.inputs[0]).toMatchObject({ value: 56, origin: 'preset' });
  });

  it('takes a supplied intensity over a preset, and says the preset is ignored', () => {
    const { c, resolved } = resolve({ preset: 'grid-ecologits-gbr', intensityGPerKWh: 100 }, 'training.grid');
    expect(resolved).toEqual({ ok: true, value: { index: 0, basis: 'location' } });
    expect(c.inputs[0]).toMatchObject({ path: 'training.grid.intensityGPerKWh', value: 100, origin: 'supplied' });
    expect(c.warnings).toEqual(['Grid preset is ignored because a grid intensity was supplied.']);
    expect(resolve({ intensityGPerKWh: 100 }).c.warnings).toEqual([]);
  });

  it('labels market-based intensities, supplied or preset, and cites the GHG Protocol', () => {
    const market =
      'Market-based grid intensity: reflects the buyer’s energy contracts, not the physical grid. The guidance reports location-based emissions by default.';
    const supplied = resolve({ intensityGPerKWh: 50, basis: 'market' });
    expect(supplied.resolved).toEqual({ ok: true, value: { index: 0, basis: 'market' } });
    expect(supplied.c.warnings).toEqual([market]);
    expect([...supplied.c.sourceIds]).toContain('ghg-protocol-scope2');
    const preset = resolve({ preset: 'grid-market-google-2025' });
    expect(preset.resolved).toMatchObject({ ok: true, value: { basis: 'market', presetId: 'grid-market-google-2025' } });
    expect(preset.c.warnings).toEqual([market]);
    expect([...resolve(undefined).c.sourceIds]).not.toContain('ghg-protocol-scope2');
  });

  it('warns that a combustion-only factor does not compare with lifecycle ones', () => {
    expect(resolve({ preset: 'grid-iea-2024-world-combustion' }).c.warnings).toEqual([
      'The grid intensity is combustion CO2 only (IEA), lower than the lifecycle factors used elsewhere: do not compare with lifecycle results.',
    ]);
  });

  it('refuses a preset the set does not hold, at the preset’s path', () => {
    const { resolved } = resolve({ preset: 'grid-ecologits-gbr' }, 'baseline.grid', { ...set, grids: [] });
    expect(resolved).toEqual({
      ok: false,
      errors: [{ path: 'baseline.grid.preset', message: 'Grid preset is not available in coefficient set cs-2026-12' }],
    });
  });
});

describe('worked examples and sets', () => {
  it('apply from the set they name onwards (set ids sort by date)', () => {
    expect(appliesTo({}, 'cs-2025-10')).toBe(true);
    expect(appliesTo({ since: 'cs-2026-12' }, 'cs-2026-11')).toBe(false);
    expect(appliesTo({ since: 'cs-2026-12' }, 'cs-2026-12')).toBe(true);
    expect(appliesTo({ since: 'cs-2026-12' }, 'cs-2027-01')).toBe(true);
  });
});
