import { describe, expect, it } from 'vitest';
import { models } from '../../../calculators/index.ts';
import { counterfactualHeadline, formatQuantity, inferenceHeadline, trainingHeadline } from '../../../src/lib/worked-examples.ts';

const run = <M extends keyof typeof models>(model: M, example: string) => {
  const outcome = models[model].evaluate((models[model].examples as Record<string, { input: unknown }>)[example]!.input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
};

describe('worked-example headlines', () => {
  it('shows the published GPT-3 training figures from the engine', () => {
    const rows = trainingHeadline(run('training', 'gpt3') as never).rows.map((r) => `${r.label}: ${formatQuantity(r.value, r.quantity)}`);
    expect(rows).toEqual(['Training energy: 1.3 GWh', 'Training emissions: 550 tCO2e']);
  });

  it('shows Google’s comprehensive-boundary prompt energy per request', () => {
    const rows = inferenceHeadline(run('inference', 'gemini-median') as never).rows;
    expect(rows[0]!.label).toBe('Energy per request');
    expect(formatQuantity(rows[0]!.value, rows[0]!.quantity)).toBe('0.24 Wh');
  });

  it('flags the top-down baseline as advised against and reproduces about 1,427 g per page', () => {
    const headline = counterfactualHeadline(run('counterfactual', 'tomlinson-top-down') as never);
    const topDown = headline.rows.find((r) => r.advisedAgainst)!;
    expect(topDown.value.central).toBeGreaterThan(1_380);
    expect(topDown.value.central).toBeLessThan(1_470);
    expect(headline.notes[0]).toMatch(/advise|against/i);
  });
});

describe('formatting quantities', () => {
  const point = (v: number) => ({ central: v, p5: v, p95: v });
  it('keeps intervals, signs and units honest', () => {
    expect(formatQuantity({ central: 1.5, p5: 1, p95: 2.25 }, 'energyWh')).toBe('1.5 Wh (likely range 1 to 2.3 Wh)');
    expect(formatQuantity(point(-250), 'emissionsG')).toBe('−250 gCO2e');
    expect(formatQuantity(point(0.25), 'percent')).toBe('25 %');
    expect(formatQuantity(point(3.2), 'ratio')).toBe('3.2×');
    expect(formatQuantity(point(592_600_000), 'count')).toBe('590,000,000');
  });
});
