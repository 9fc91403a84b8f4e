/** The lock's view of a released version's references page: which differences `check` reports, and how. */
import { describe, expect, it } from 'vitest';
import { changedReferences, referenceProblems, type LockedVersion } from '../../../scripts/guidance/versions-lock.ts';

const a = 'a'.repeat(64);
const b = 'b'.repeat(64);
const locked = (references?: Record<string, string>): LockedVersion => ({
  released: '2026-11-20',
  coefficientSet: 'cs-2026-11',
  coefficientSetHash: '0'.repeat(16),
  files: {},
  ...(references ? { references } : {}),
});

describe('changedReferences', () => {
  it('names the listed entries whose text differs or has gone, in id order, and ignores entries no longer listed', () => {
    const now = new Map<string, string | undefined>([
      ['same', a],
      ['zeta-changed', b],
      ['alpha-gone', undefined],
      ['newly-listed', a],
    ]);
    expect(changedReferences({ same: a, 'zeta-changed': a, 'alpha-gone': a, 'not-listed-now': a }, now)).toEqual([
      'alpha-gone',
      'zeta-changed',
    ]);
  });
});

describe('referenceProblems', () => {
  it('asks for the list to be locked once when the lock predates it', () => {
    expect(referenceProblems('0.2', locked(), new Map())).toEqual([
      expect.objectContaining({ field: 'versions.0.2.references', message: expect.stringMatching(/init-lock --references/) }),
    ]);
  });

  it('points a changed entry to an erratum of references, and a deleted one to its restoration', () => {
    const problems = referenceProblems(
      '0.2',
      locked({ 'ember-2024': a, 'malmodin-2020': a }),
      new Map([
        ['ember-2024', b],
        ['malmodin-2020', undefined],
      ]),
    );
    expect(problems).toEqual([
      {
        file: 'calculators/coefficients/sources.ts',
        field: 'ember-2024',
        message: expect.stringMatching(/has changed since it was locked; .*erratum 0\.2 --references/),
      },
      {
        file: 'calculators/coefficients/sources.ts',
        field: 'malmodin-2020',
        message: expect.stringMatching(/is no longer in the source registry/),
      },
    ]);
  });

  it('has nothing to say when every listed entry reads as locked', () => {
    expect(referenceProblems('0.2', locked({ 'ember-2024': a }), new Map([['ember-2024', a]]))).toEqual([]);
  });
});
