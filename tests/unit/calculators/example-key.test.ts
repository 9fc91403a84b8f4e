/** The one format of a computed example's key, written and read back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleKey, parseExampleKey, type ExampleView } from '../../../calculators/core/example.ts';

describe('a computed example key', () => {
  it('is "model/example", with ".tiers" for the tiers view only', () => {
    expect(exampleKey({ model: 'inference', example: 'gemini-median', view: 'result' })).toBe('inference/gemini-median');
    expect(exampleKey({ model: 'inference', example: 'summarisation', view: 'tiers' })).toBe('inference/summarisation.tiers');
  });

  it('reads back into the parts it was written from', () => {
    const part = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
    fc.assert(
      fc.property(part, part, fc.constantFrom<ExampleView>('result', 'tiers'), (model, example, view) => {
        expect(parseExampleKey(exampleKey({ model, example, view }))).toEqual({ model, example, view });
      }),
    );
  });

  it('reads a key without a slash or an example as empty parts, not as another example', () => {
    expect(parseExampleKey('inference')).toEqual({ model: 'inference', example: '', view: 'result' });
    expect(parseExampleKey('inference/')).toEqual({ model: 'inference', example: '', view: 'result' });
    expect(parseExampleKey('inference/a.tiers')).toEqual({ model: 'inference', example: 'a', view: 'tiers' });
  });
});
