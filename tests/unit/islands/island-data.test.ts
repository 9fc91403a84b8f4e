import { describe, expect, it } from 'vitest';
import { openingResult, resultElementId, setResultApart } from '../../../src/islands/shared/island-result.ts';
import type { IslandProps } from '../../../src/islands/shared/types.ts';

const props = (island: string, note: string): IslandProps<unknown, { note: string }> =>
  ({
    context: { island },
    fields: [],
    input: {},
    outcome: { ok: true, view: { note }, coefficientIds: [], sourceIds: ['s'] },
    coefficients: [],
  }) as unknown as IslandProps<unknown, { note: string }>;

describe('the result an island opens with', () => {
  it('leaves the hydration props and is found again by the island at build time', () => {
    const given = props('boundary-explorer', 'figure');
    const apart = setResultApart(given);
    expect(apart.props).not.toHaveProperty('outcome');
    expect(apart.id).toBe(resultElementId('boundary-explorer'));
    expect(apart.id).toBe('calc-boundary-explorer-result');
    expect(JSON.parse(apart.json)).toEqual(given.outcome);
    expect(openingResult(apart.props)).toBe(given.outcome);
  });

  it('writes JSON that no text in it can close the element with', () => {
    const apart = setResultApart(props('counterfactual', '</script><script>alert(1)</script><!--'));
    expect(apart.json).not.toContain('<');
    expect(JSON.parse(apart.json).view.note).toBe('</script><script>alert(1)</script><!--');
  });

  it('takes a result given as a prop (tests render islands so) and names a missing one', () => {
    const given = props('training-amortisation', 'x');
    expect(openingResult(given)).toBe(given.outcome);
    const { outcome: _, ...without } = props('disclosure-builder', 'y');
    expect(() => openingResult(without)).toThrow(/calc-disclosure-builder-result is missing/);
  });
});
