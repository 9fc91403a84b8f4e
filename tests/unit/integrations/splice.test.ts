import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/integrations/splice.ts';

describe('applyEdits', () => {
  it('applies edits given in any order at offsets of the original text', () => {
    expect(
      applyEdits('abcdef', [
        { start: 4, end: 6, text: 'XY' },
        { start: 0, end: 1, text: '' },
        { start: 2, end: 2, text: '-' },
      ]),
    ).toBe('b-cdXY');
  });

  it('puts an insertion before a change that starts at the same offset', () => {
    expect(
      applyEdits('<meta charset><meta old>rest', [
        { start: 14, end: 24, text: '' },
        { start: 14, end: 14, text: '<meta new>' },
      ]),
    ).toBe('<meta charset><meta new>rest');
  });

  it('refuses overlapping edits rather than corrupt the page', () => {
    expect(() =>
      applyEdits('abcdef', [
        { start: 1, end: 4, text: '' },
        { start: 3, end: 5, text: '' },
      ]),
    ).toThrow(/Overlapping edits at offset 3/);
  });
});
