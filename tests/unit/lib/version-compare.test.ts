import { describe, expect, it } from 'vitest';
import {
  coefficientChanges,
  compareChapters,
  comparisonOutline,
  diffedChapters,
  exampleChanges,
  headlineOf,
  resultChange,
  resultFigures,
  valueChange,
  type ModelLike,
} from '../../../src/lib/version-compare.ts';

const setA = {
  id: 'cs-a',
  coefficients: [
    { id: 'grid-world', label: 'World grid', unit: 'g/kWh', value: 480 },
    { id: 'pue', label: 'PUE', unit: 'ratio', value: { low: 1.1, high: 1.3 } },
    { id: 'gone', label: 'Gone', unit: 'W', value: 5 },
  ],
};
const setB = {
  id: 'cs-b',
  coefficients: [
    { id: 'grid-world', label: 'World grid', unit: 'g/kWh', value: 445 },
    { id: 'pue', label: 'PUE', unit: 'ratio', value: { low: 1.1, high: 1.3 } },
    { id: 'new', label: 'New', unit: 'W', value: 7 },
  ],
};

// A fake engine model: emissions = energy x grid factor of the chosen set.
const grid: Record<string, number> = { 'cs-a': 480, 'cs-b': 445 };
const fakeModel: ModelLike = {
  id: 'inference',
  title: 'Inference',
  examples: {
    'uses-grid': { title: 'Uses the grid', input: { energyWh: 2 } },
    fixed: { title: 'Supplier-reported emissions', input: { emissionsG: 1 } },
  },
  evaluate: (input, { coefficientSet }) => {
    const i = input as { energyWh?: number; emissionsG?: number };
    const value = i.emissionsG ?? (i.energyWh! * grid[coefficientSet!]!) / 1000;
    return {
      ok: true,
      result: {
        model: 'inference',
        functionalUnit: { label: 'per request' },
        perUnit: { emissionsG: { central: value } },
        coefficientsUsed: i.energyWh ? ['grid-world'] : [],
      },
    };
  },
};

describe('coefficient changes', () => {
  it('lists changed, added and removed coefficients', () => {
    expect(coefficientChanges(setA, setB)).toEqual([
      { id: 'grid-world', label: 'World grid', unit: 'g/kWh', kind: 'changed', before: 480, after: 445 },
      { id: 'new', label: 'New', unit: 'W', kind: 'added', after: 7 },
      { id: 'gone', label: 'Gone', unit: 'W', kind: 'removed', before: 5 },
    ]);
  });
});

describe('worked example changes', () => {
  it('lists only examples whose headline moved, with both values and the coefficient behind it', () => {
    const changes = exampleChanges([fakeModel], setA, setB);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      example: 'uses-grid',
      before: { value: 0.96, label: 'emissions per request', quantity: 'emissions' },
      after: { value: 0.89 },
    });
    expect(changes[0]!.changedCoefficients.map((c) => c.id)).toEqual(['grid-world']);
  });

  it('reads the headline of each model kind', () => {
    expect(headlineOf({ model: 'training', emissionsG: { total: { central: 5 } } })?.value).toBe(5);
    expect(headlineOf({ model: 'counterfactual', perTask: { netChange: { emissionsG: { central: -2 } } } })?.value).toBe(-2);
    expect(
      headlineOf({
        model: 'disclosure',
        coefficientsUsed: ['x'],
        source: { model: 'training', coefficientsUsed: ['y'], emissionsG: { total: { central: 1 } } },
      })?.coefficientsUsed,
    ).toEqual(['x', 'y']);
    expect(headlineOf({ model: 'unknown' })).toBeUndefined();
  });
});

describe('chapter comparison', () => {
  it('diffs matched chapters and flags unchanged ones', () => {
    const ref = (version: string, slug: string, chapterId: string, body: string) => ({
      version,
      slug,
      chapterId,
      order: 1,
      title: slug,
      previousChapterIds: [],
      body,
    });
    const changes = compareChapters([
      [ref('1.0', 'a', 'a', '## S\n\nSame.'), ref('1.0', 'b', 'b', '## S\n\nOld text here.')],
      [ref('1.1', 'a', 'a', '## S\n\nSame.'), ref('1.1', 'b', 'b', '## S\n\nNew text here.')],
    ]);
    expect(changes.map((c) => [c.relation.kind, c.textChanged])).toEqual([
      ['same', false],
      ['same', true],
    ]);
  });

  it('diffs only chapters on both sides: added and removed ones are summarised instead', () => {
    const ref = (version: string, slug: string, chapterId: string, body: string) => ({
      version,
      slug,
      chapterId,
      order: 1,
      title: `${slug} (${version})`,
      previousChapterIds: [],
      body,
    });
    const changes = compareChapters([
      [ref('1.0', 'a', 'a', 'Old.'), ref('1.0', 'gone', 'gone', 'Text.')],
      [ref('1.1', 'a', 'a', 'New.'), ref('1.1', 'added', 'added', 'Text.')],
    ]);
    expect(changes.map((c) => c.relation.kind).sort()).toEqual(['added', 'removed', 'renamed']); // renamed: the title differs
    expect(diffedChapters(changes).map((d) => [d.id, d.title])).toEqual([['diff-1', 'a (1.1)']]);
  });
});

describe('changes page helpers', () => {
  it('words a coefficient’s change in per cent, by midpoint for ranges', () => {
    expect(valueChange(100, 106)).toBe('+6 %');
    expect(valueChange(6.156, 0.3614)).toBe('−94 %');
    expect(valueChange({ low: 1, high: 3 }, { low: 2, high: 4 })).toBe('+50 % (midpoint)');
    expect(valueChange(undefined, 5)).toBe('added');
    expect(valueChange(5, undefined)).toBe('removed');
    expect(valueChange(0, 0.0003)).toBe('from zero');
    expect(valueChange(0, 0)).toBe('0 %');
  });

  it('words a worked example’s change in per cent only when both results are above zero', () => {
    expect(resultChange(6.156, 0.3614, 'emissions')).toBe('−94 %');
    expect(resultChange(-3.696, -15.35, 'emissions')).toBe('−12 gCO2e');
    expect(resultChange(112.7, -1.17, 'emissions')).toBe('−110 gCO2e');
    expect(resultChange(0.062, 0.5, 'emissions')).toBe('+710 %');
    expect(resultChange(0, 2, 'emissions')).toBe('+2 gCO2e');
    expect(resultChange(-1.1914, -1.1872, 'emissions')).toBe('+4.2 mgCO2e');
    expect(resultChange(0, 2_500, 'energy')).toBe('+2.5 kWh');
    expect(resultChange(-1, -1, 'emissions')).toBe('none');
  });

  it('prints a worked example’s results as every other page does, in one unit, with the figures that tell them apart', () => {
    const headline = (value: number, quantity: 'energy' | 'emissions' = 'emissions') => ({
      label: 'emissions per article',
      value,
      quantity,
      coefficientsUsed: [],
    });
    expect(resultFigures(headline(10.969427859765188), headline(7.8216320000444695))).toEqual({
      before: '11 gCO2e',
      after: '7.8 gCO2e',
      change: '−29 %',
    });
    expect(resultFigures(headline(-35.876), headline(-35.595))).toEqual({
      before: '−35.9 gCO2e',
      after: '−35.6 gCO2e',
      change: '+0.28 gCO2e',
    });
    expect(resultFigures(headline(13_943), headline(950))).toEqual({ before: '14 kgCO2e', after: '0.95 kgCO2e', change: '−93 %' });
    expect(resultFigures(headline(2), headline(3, 'energy')).change).toBe('—');
  });

  it('outlines a comparison, listing each diffed chapter under the text changes', () => {
    expect(
      comparisonOutline('0.1', '0.2', [{ id: 'diff-1', title: 'Scope' }], false).map(
        (e) => `${e.id}${e.children ? `[${e.children.map((c) => c.id).join()}]` : ''}`,
      ),
    ).toEqual(['chapters', 'provisions', 'text-changes[diff-1]', 'coefficients', 'worked-examples']);
    expect(
      comparisonOutline('0.2', '0.3', [], true)
        .find((e) => e.id === 'provisions')
        ?.children?.map((c) => c.id),
    ).toEqual(['provision-map']);
  });
});
