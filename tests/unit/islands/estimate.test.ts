/** The estimate panel's pure parts: its summary in words, the baseline that follows the time, plural units. */
import { describe, expect, it } from 'vitest';
import { getCoefficientSet } from '../../../calculators/coefficients/index.ts';
import { evaluateCounterfactual } from '../../../calculators/counterfactual/index.ts';
import { estimateTasks } from '../../../calculators/counterfactual/estimate-tasks.ts';
import { withBaselineFromTime } from '../../../src/islands/estimate/baseline.ts';
import { estimateSummary } from '../../../src/islands/estimate/summary.ts';
import { pluralUnit } from '../../../src/islands/shared/plural.ts';
import { usedValues } from '../../../src/islands/shared/used-values.ts';
import type { FieldDef } from '../../../src/islands/shared/types.ts';

const set = getCoefficientSet('cs-2026-12')!;
const summarisation = estimateTasks(set).find((t) => t.id === 'summarisation')!;

describe('estimate summary', () => {
  const outcome = evaluateCounterfactual(summarisation.input, { coefficientSet: set.id, samples: 2_000 });
  if (!outcome.ok) throw new Error('summarisation does not evaluate');
  const summary = estimateSummary(outcome.result, summarisation.unit);
  it('states the AI and by-hand figures per month for the volume, and per task with their ranges', () => {
    expect(summary.ai.perPeriod).toMatch(/^[\d.]+ kgCO2e a month for 1,000 articles$/);
    expect(summary.ai.perTask).toMatch(/^[\d.]+ gCO2e \(likely range [\d.]+ to [\d.]+ gCO2e\) per article$/);
    expect(summary.byHand?.perPeriod).toMatch(/a month for 1,000 articles$/);
  });
  it('states the difference in words with its range, and names what would change it most', () => {
    expect(summary.difference).toMatch(/^Using AI (saves|adds) about [\d.]+ kgCO2e a month$/);
    expect(summary.differenceRange).toMatch(/^likely range: /);
    expect(summary.drivers[0]).toBe('human time per task');
  });
  it('says there is nothing to compare with when no by-hand time is given', () => {
    const nothing = evaluateCounterfactual(
      { ...summarisation.input, baseline: { kind: 'nothing' } },
      { coefficientSet: set.id, samples: 500 },
    );
    if (!nothing.ok) throw new Error('does not evaluate');
    const words = estimateSummary(nothing.result, 'article');
    expect(words.byHand).toBeUndefined();
    expect(words.difference).toMatch(/^Using AI adds about .* a month, with nothing done by hand to compare$/);
  });
});

describe('baseline from the time', () => {
  it('is a person’s work when a time is given and nothing when it is not, keeping the device', () => {
    const input = summarisation.input;
    expect(withBaselineFromTime({ ...input, baseline: { kind: 'nothing', humanTimeH: 0.2 } as never }).baseline).toEqual({
      kind: 'human',
      humanTimeH: 0.2,
      device: { type: 'laptop' },
    });
    expect(
      withBaselineFromTime({ ...input, baseline: { kind: 'human', humanTimeH: undefined, device: { type: 'smartphone' } } as never })
        .baseline,
    ).toEqual({ kind: 'nothing' });
    expect(withBaselineFromTime({ ...input, baseline: { kind: 'nothing' } })).toEqual({ ...input, baseline: { kind: 'nothing' } });
  });
});

describe('plural units and values used for empty fields', () => {
  it('pluralises the first word, and quantities as units of them', () => {
    expect(pluralUnit('article', 20_000)).toBe('articles');
    expect(pluralUnit('minute of audio', 3)).toBe('minutes of audio');
    expect(pluralUnit('article', 1)).toBe('article');
    expect(pluralUnit('1,000 output tokens', 5)).toBe('units of 1,000 output tokens');
  });
  it('shows what the calculation used, in the field’s own unit, and where it came from', () => {
    const fields: FieldDef[] = [
      {
        kind: 'number',
        path: 'ai.reviewTimeH',
        label: 'Review',
        unit: 'min',
        min: 0,
        max: 600,
        help: '',
        scale: { factor: 60, engineUnit: 'h' },
      },
      { kind: 'number', path: 'ai.inference.requestsPerUnit', label: 'Requests', unit: 'requests', min: 0, max: 10, help: '' },
    ];
    const used = usedValues(fields, [
      { path: 'ai.reviewTimeH', label: 'Review', unit: 'h', value: { low: 1 / 30, high: 1 / 12 }, origin: 'supplied' },
    ]);
    expect(used).toEqual({ 'ai.reviewTimeH': '2 to 5 min, from the worked example' });
    expect(
      usedValues(
        fields,
        [{ path: 'requestsPerUnit', label: 'R', unit: 'requests', value: { low: 3, high: 10 }, origin: 'preset' }],
        'ai.inference.',
      ),
    ).toEqual({
      'ai.inference.requestsPerUnit': '3 to 10 requests, from the preset',
    });
  });
});
