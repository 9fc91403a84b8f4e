/** The rows an erratum of results shows on its version's changes page. */
import { describe, expect, it } from 'vitest';
import { figureRows } from '../../../src/lib/erratum-figures.ts';

describe('moved-figure rows', () => {
  it('joins an interval’s ends into one row, in the one wording, with the change of the central value', () => {
    const rows = figureRows([
      { example: 'inference/translation.json', path: 'perUnit.emissionsG.central', old: '10', new: '12' },
      { example: 'inference/translation.json', path: 'perUnit.emissionsG.p5', old: '8', new: '9' },
      { example: 'inference/translation.json', path: 'perUnit.emissionsG.p95', old: '14', new: '16' },
    ]);
    expect(rows).toEqual([
      {
        example: 'inference/translation',
        quantity: 'Emissions per unit',
        before: '10 gCO2e (likely range 8 to 14 gCO2e)',
        after: '12 gCO2e (likely range 9 to 16 gCO2e)',
        change: '+20 %',
      },
    ]);
  });

  it('shows the figures that tell before from after when two significant figures would print them alike', () => {
    const rows = figureRows([
      { example: 'counterfactual/summarisation.json', path: 'perTask.netChange.energyWh.central', old: '-5.693', new: '-5.69' },
      { example: 'counterfactual/summarisation.json', path: 'perTask.netChange.energyWh.p5', old: '-8.131', new: '-8.128' },
      { example: 'counterfactual/summarisation.json', path: 'perTask.netChange.energyWh.p95', old: '-3.349', new: '-3.346' },
      { example: 'counterfactual/summarisation.json', path: 'perTask.ai.emissionsG.central', old: '0.38', new: '0.53' },
    ]);
    expect(rows.map(({ before, after }) => [before, after])).toEqual([
      ['0.38 gCO2e', '0.53 gCO2e'],
      ['−5.693 Wh (likely range −8.131 to −3.349 Wh)', '−5.69 Wh (likely range −8.128 to −3.346 Wh)'],
    ]);
  });

  it('names tiers, sides of a comparison and totals, and keeps energy in energy units', () => {
    const rows = figureRows([
      { example: 'inference/summarisation.tiers.json', path: 'tiers.proxy.perUnit.energyWh.central', old: '0.01', new: '0.02' },
      { example: 'counterfactual/article-drafting.json', path: 'perTask.netChange.emissionsG.central', old: '-1.7', new: '-1.2' },
    ]);
    expect(rows.map((r) => r.quantity)).toEqual(['Net change in emissions per task', 'Proxy tier: energy per unit']);
    expect(rows[1]!.after).toBe('0.02 Wh');
  });

  it('lists changed words, removed before and added after', () => {
    const [row] = figureRows([
      { example: 'counterfactual/article-drafting.json', path: 'warnings', new: '["The rebound multiplier is an assumption."]' },
    ]);
    expect(row).toEqual({
      example: 'counterfactual/article-drafting',
      quantity: 'Caveats the calculation flags',
      before: '—',
      after: 'The rebound multiplier is an assumption.',
    });
  });
});
