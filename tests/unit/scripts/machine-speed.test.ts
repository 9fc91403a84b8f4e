import { describe, expect, it } from 'vitest';
import { SLOW_PHASE_FACTOR, referenceLoop, referenceMs, slowPhaseNote, slowdown } from '../../../scripts/machine-speed.ts';

describe('the benches’ machine-speed reference', () => {
  it('does the same work on every pass (a fixed column, no random numbers)', () => {
    const first = referenceLoop();
    expect(Number.isFinite(first)).toBe(true);
    expect(first).toBeGreaterThan(0);
    expect(referenceLoop()).toBe(first);
  });

  it('times the loop as a positive, finite median', () => {
    const ms = referenceMs(3);
    expect(Number.isFinite(ms)).toBe(true);
    expect(ms).toBeGreaterThan(0);
  });

  it('takes the slower of the times before and after a case, over the run’s quickest', () => {
    expect(slowdown(46, 74, 46)).toBeCloseTo(74 / 46, 10);
    expect(slowdown(74, 46, 46)).toBeCloseTo(74 / 46, 10);
    expect(slowdown(46, 46, 46)).toBe(1);
  });

  it('refuses reference times that would print NaN or Infinity', () => {
    expect(() => slowdown(46, 46, 0)).toThrow(/positive and finite/);
    expect(() => slowdown(Number.NaN, 46, 46)).toThrow(/positive and finite/);
    expect(() => slowdown(46, Number.POSITIVE_INFINITY, 46)).toThrow(/positive and finite/);
  });

  it('adds words to an over-budget case only when it was timed in a slow phase', () => {
    expect(slowPhaseNote(1)).toBeUndefined();
    expect(slowPhaseNote(SLOW_PHASE_FACTOR - 0.01)).toBeUndefined();
    expect(slowPhaseNote(1.62)).toBe(
      'timed while the reference loop ran x1.62 its quickest in this run: the machine was slower then, not only the code',
    );
  });
});
