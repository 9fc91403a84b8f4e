/**
 * Permalink parsing under hostile input (issue 7): whatever arrives in the address, decodeState never
 * throws, never returns markup-bearing version or coefficient-set strings, never pollutes prototypes, and
 * what it encodes it reads back unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, paramName, withState } from '../../../src/islands/shared/url-state.ts';

const HOSTILE = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '%E0%A4%A',
    '\u0000',
    '__proto__',
    '{"__proto__":{"x":1}}',
    '{"v":"0.2","cs":"cs-2026-11","in":{"__proto__":{"polluted":true}}}',
    'x'.repeat(9000),
  ),
  fc.json().map((j) => j),
  fc.record({ v: fc.string(), cs: fc.string(), in: fc.anything() }).map((r) => JSON.stringify(r)),
);

describe('decodeState with hostile permalinks', () => {
  it('never throws and only accepts well-formed version and coefficient-set ids', () => {
    fc.assert(
      fc.property(HOSTILE, fc.boolean(), (value, raw) => {
        const search = raw ? `?${paramName('x')}=${value}` : `?${new URLSearchParams({ [paramName('x')]: value })}`;
        const outcome = decodeState(search, 'x');
        expect(['absent', 'ok', 'malformed']).toContain(outcome.kind);
        if (outcome.kind === 'ok') {
          expect(outcome.state.version).toMatch(/^\d+\.\d+$/);
          expect(outcome.state.coefficientSet).toMatch(/^cs-\d{4}-\d{2}$/);
          expect(typeof outcome.state.input).toBe('object');
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back what it writes, for any input object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (input) => {
        const href = withState('https://site.example/0.2/calculator/?other=1#part', 'x', {
          version: '0.2',
          coefficientSet: 'cs-2026-11',
          input,
        });
        const url = new URL(href);
        expect(url.hash).toBe('#calc-x'); // the link opens at the calculator
        expect(url.searchParams.get('other')).toBe('1');
        const outcome = decodeState(url.search, 'x');
        expect(outcome).toEqual({
          kind: 'ok',
          state: { version: '0.2', coefficientSet: 'cs-2026-11', input: JSON.parse(JSON.stringify(input)) },
        });
      }),
      { numRuns: 500 },
    );
  });

  it('encodes as JSON text, which the islands only ever render as text', () => {
    const encoded = encodeState({ version: '0.2', coefficientSet: 'cs-2026-11', input: { note: '<b>x</b>' } });
    expect(JSON.parse(encoded).in.note).toBe('<b>x</b>');
  });
});
