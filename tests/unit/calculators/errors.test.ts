/**
 * The evaluate contract's plumbing (core/errors.ts, options.ts, text.ts, safe.ts, run.ts): messages for
 * readers that name the field and never echo the input, one error per path, options checked at their
 * limits, and no throw or non-finite number ever reaching a reader.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { fallbackErrorMap, issuesToErrors, labelFor, pathToString } from '../../../calculators/core/errors.ts';
import { DEFAULT_SAMPLES, MAX_SAMPLES, MAX_SEED, MIN_SAMPLES, resolveOptions } from '../../../calculators/core/options.ts';
import { runModel } from '../../../calculators/core/run.ts';
// runModel finds sets in the registry; in Node, coefficients/index.ts registers every set (models import it).
import '../../../calculators/coefficients/index.ts';
import { allFinite, failure, guard } from '../../../calculators/core/safe.ts';
import { plainText } from '../../../calculators/core/text.ts';
import { runs } from './runs.ts';

describe('error paths and labels', () => {
  it('write a path with dots, a symbol as "?"', () => {
    expect(pathToString(undefined)).toBe('');
    expect(pathToString([])).toBe('');
    expect(pathToString(['estimate', 'covers', 0])).toBe('estimate.covers.0');
    expect(pathToString(['a', Symbol('s')])).toBe('a.?');
  });

  it('name a field by its label, by the label of its list, or by its own name made readable', () => {
    const labels = { 'grid.intensityGPerKWh': 'Grid intensity', 'notes.*': 'Note', 'a.*.b.*': 'Deep' };
    expect(labelFor('grid.intensityGPerKWh', labels)).toBe('Grid intensity');
    expect(labelFor('notes.3', labels)).toBe('Note');
    expect(labelFor('a.12.b.0', labels)).toBe('Deep');
    expect(labelFor('estimate.peakFlopsPerSecond', labels)).toBe('Peak flops per second');
    expect(labelFor('estimate.covers.0', labels)).toBe('Covers');
    expect(labelFor('pue', labels)).toBe('Pue');
    expect(labelFor('', labels)).toBe('The input');
    expect(labelFor('0.1', labels)).toBe('The input');
  });

  it('prefer a field’s own label to its list’s, and drop only whole numbers from a readable name', () => {
    expect(labelFor('items.0.name', { 'items.0.name': 'First item’s name', 'items.*.name': 'Item name' })).toBe('First item’s name');
    expect(labelFor('items.1.name', { 'items.0.name': 'First item’s name', 'items.*.name': 'Item name' })).toBe('Item name');
    expect(labelFor('interval.p95', {})).toBe('P95');
    expect(labelFor('volume.12', {})).toBe('Volume');
    expect(labelFor('runs.2ndPass', {})).toBe('2nd pass');
  });
});

describe('fallback messages', () => {
  const message = fallbackErrorMap({ boundary: 'Boundary', 'estimate.method': 'Estimate method' });
  const at = (path: PropertyKey[], issue: object) => message({ path, ...issue });

  it('say what kind of value a field takes', () => {
    expect(at(['boundary'], { code: 'invalid_type', expected: 'object' })).toBe('Boundary must be an object with its fields');
    expect(at(['notes'], { code: 'invalid_type', expected: 'array' })).toBe('Notes must be a list');
    expect(at(['includeHomeRouter'], { code: 'invalid_type', expected: 'boolean' })).toBe('Include home router must be true or false');
    expect(at(['label'], { code: 'invalid_type', expected: 'string' })).toBe('Label must be text');
    expect(at(['runs'], { code: 'invalid_type', expected: 'number' })).toBe('Runs must be a number');
    expect(at(['input'], { code: 'invalid_type', expected: 'bigint' })).toBe('Input is missing or has the wrong type');
  });

  it('list allowed values, and name ranges, unions, unknown fields and anything else', () => {
    expect(at(['estimate', 'method'], { code: 'invalid_value', values: ['measured', 'reported'] })).toBe(
      'Estimate method must be one of: measured, reported',
    );
    expect(at(['estimate', 'method'], { code: 'invalid_value' })).toBe('Estimate method must be one of: ');
    expect(at(['runs'], { code: 'too_small' })).toBe('Runs is out of range');
    expect(at(['runs'], { code: 'too_big' })).toBe('Runs is out of range');
    expect(at(['boundary'], { code: 'invalid_union' })).toBe('Boundary does not match any allowed form');
    expect(at([], { code: 'unrecognized_keys' })).toBe('The input has fields the calculator does not know');
    expect(at(['boundary'], { code: 'custom' })).toBe('Boundary is not valid');
  });

  it('are built from the field’s label, never from the value', () => {
    expect(message({ code: 'invalid_type', expected: 'number', path: ['label'], input: '<b>x</b>' } as never)).toBe(
      'Label must be a number',
    );
  });
});

describe('issuesToErrors', () => {
  it('keeps the first error of each path, in input order', () => {
    expect(
      issuesToErrors([
        { path: ['b'], message: 'first b' },
        { path: ['a'], message: 'first a' },
        { path: ['b'], message: 'second b' },
        { path: undefined, message: 'whole input' },
        { path: ['c'] },
      ]),
    ).toEqual([
      { path: 'b', message: 'first b' },
      { path: 'a', message: 'first a' },
      { path: '', message: 'whole input' },
      { path: 'c', message: 'This value is not valid' },
    ]);
  });
});

describe('options', () => {
  const errorsOf = (options: unknown) => {
    const resolved = resolveOptions(options);
    return resolved.ok ? [] : resolved.errors;
  };
  const messages = {
    options: 'Options must be an object such as { coefficientSet, samples, seed }',
    'options.coefficientSet': 'Coefficient set must be a set id such as cs-2026-11',
    'options.samples': 'Samples must be a whole number between 100 and 200,000',
    'options.seed': 'Seed must be a whole number between 0 and 4,294,967,295',
  };

  it('default to the latest set, 10,000 samples and the fixed seed', () => {
    const defaults = { ok: true, value: { coefficientSet: undefined, samples: 10_000, seed: 20251001 } };
    expect(resolveOptions(undefined)).toEqual(defaults);
    expect(resolveOptions(null)).toEqual(defaults);
    expect(resolveOptions({})).toEqual(defaults);
    expect(resolveOptions({ unknown: 1 })).toEqual(defaults);
    expect(resolveOptions({ coefficientSet: undefined, samples: undefined, seed: undefined })).toEqual(defaults);
    expect([DEFAULT_SAMPLES, MIN_SAMPLES, MAX_SAMPLES, MAX_SEED]).toEqual([10_000, 100, 200_000, 4_294_967_295]);
    expect(resolveOptions({ coefficientSet: 'cs-2025-10', samples: 500, seed: 7, unknown: 1 })).toEqual({
      ok: true,
      value: { coefficientSet: 'cs-2025-10', samples: 500, seed: 7 },
    });
  });

  it('must be an object', () => {
    for (const options of ['cs-2026-11', 42, true, [], [{ samples: 500 }], () => 1]) {
      expect(errorsOf(options)).toEqual([{ path: 'options', message: messages.options }]);
    }
  });

  it('take samples from 100 to 200,000, whole', () => {
    const message = [{ path: 'options.samples', message: messages['options.samples'] }];
    for (const samples of [100, 200_000]) expect(errorsOf({ samples })).toEqual([]);
    for (const samples of [99, 200_001, 1_000.5, '1000', null, true, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(errorsOf({ samples })).toEqual(message);
    }
  });

  it('take a seed from 0 to 4,294,967,295, whole', () => {
    const message = [{ path: 'options.seed', message: messages['options.seed'] }];
    for (const seed of [0, 4_294_967_295]) expect(errorsOf({ seed })).toEqual([]);
    for (const seed of [-1, 4_294_967_296, 1.5, '7', null, Number.NaN, Number.NEGATIVE_INFINITY]) {
      expect(errorsOf({ seed })).toEqual(message);
    }
  });

  it('take a set id as text, and report every bad option at once', () => {
    expect(errorsOf({ coefficientSet: null })).toEqual([{ path: 'options.coefficientSet', message: messages['options.coefficientSet'] }]);
    expect(errorsOf({ coefficientSet: 2026, samples: 1, seed: -1 })).toEqual([
      { path: 'options.coefficientSet', message: messages['options.coefficientSet'] },
      { path: 'options.samples', message: messages['options.samples'] },
      { path: 'options.seed', message: messages['options.seed'] },
    ]);
  });

  it('never throw: any value either resolves within the limits or gets the messages above, never its own text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ maxDepth: 2 }),
          fc.record(
            { coefficientSet: fc.anything({ maxDepth: 1 }), samples: fc.anything({ maxDepth: 1 }), seed: fc.anything({ maxDepth: 1 }) },
            { requiredKeys: [] },
          ),
        ),
        (options) => {
          const resolved = resolveOptions(options);
          if (resolved.ok) {
            const { samples, seed } = resolved.value;
            expect(Number.isInteger(samples) && samples >= MIN_SAMPLES && samples <= MAX_SAMPLES).toBe(true);
            expect(Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED).toBe(true);
          } else {
            expect(resolved.errors.length).toBeGreaterThan(0);
            for (const error of resolved.errors) expect(error.message).toBe(messages[error.path as keyof typeof messages]);
          }
        },
      ),
      { numRuns: runs(1000), seed: 11 },
    );
  });
});

describe('plain-text fields', () => {
  const issues = (value: unknown, maxLength?: number) => {
    const parsed = z.safeParse(plainText('Label', maxLength), value);
    return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  };
  const markup = 'Label must be plain text: markup such as < > or HTML entities is not allowed';

  it('accept text up to the length limit (200 by default)', () => {
    expect(issues('Newsroom summaries, 2026')).toEqual([]);
    expect(issues('x'.repeat(200))).toEqual([]);
    expect(issues('x'.repeat(201))).toEqual(['Label must be at most 200 characters']);
    expect(issues('abcde', 5)).toEqual([]);
    expect(issues('abcdef', 5)).toEqual(['Label must be at most 5 characters']);
  });

  it('refuse markup, entities and script addresses, whatever their case', () => {
    for (const text of ['<b>', 'a > b', 'fish &amp; chips', '&#60;', 'JavaScript:alert(1)']) expect(issues(text)).toEqual([markup]);
    expect(issues('fish & chips')).toEqual([]);
    // Markup is named before length.
    expect(issues(`<${'x'.repeat(300)}`)).toEqual([markup]);
  });

  it('ask for text when given something else', () => {
    expect(issues(42)).toEqual(['Label must be text']);
  });
});

describe('the never-throw guard', () => {
  it('finds a non-finite number anywhere a result can hold one', () => {
    expect(allFinite({ a: 1, b: [2, { c: 3 }], d: 'text', e: null, f: undefined, g: true })).toBe(true);
    expect(allFinite({ a: [1, Number.NaN] })).toBe(false);
    expect(allFinite({ a: { b: Number.POSITIVE_INFINITY } })).toBe(false);
    expect(allFinite(Number.NEGATIVE_INFINITY)).toBe(false);
    // Twelve levels down is still looked at: deeper than any result.
    let deep: unknown = Number.NaN;
    for (let i = 0; i < 12; i++) deep = { next: deep };
    expect(allFinite(deep)).toBe(false);
    // A cycle ends at the depth limit instead of overflowing the stack.
    const cyclic: Record<string, unknown> = { value: 1 };
    cyclic.self = cyclic;
    expect(allFinite(cyclic)).toBe(true);
  });

  it('passes a finite result and a failure through unchanged', () => {
    const ok = { ok: true as const, result: { energyWh: 1 } };
    expect(guard(() => ok)).toBe(ok);
    const failed = failure([{ path: 'x', message: 'X must be a number' }]);
    expect(failed).toEqual({ ok: false, errors: [{ path: 'x', message: 'X must be a number' }] });
    expect(guard(() => failed)).toBe(failed);
  });

  it('turns a throw or a non-finite result into an error for the reader', () => {
    expect(
      guard(() => {
        throw new Error('secret detail');
      }),
    ).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The calculator could not evaluate these inputs; check each field and try again' }],
    });
    expect(guard(() => ({ ok: true, result: { energyWh: Number.POSITIVE_INFINITY } }))).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message:
            'These inputs give a result too large or undefined to show; check the extreme values (for example a very large volume with a very small divisor)',
        },
      ],
    });
  });
});

describe('runModel', () => {
  const schema = z.object({ energyWh: z.number({ error: 'Energy must be a number in Wh' }), note: z.optional(z.string()) });
  const labels = { '': 'The input', note: 'Note' };
  const echo = (raw: unknown, options?: unknown) =>
    runModel(schema, labels, raw, options, (input, context) => ({
      ok: true,
      result: { input, set: context.set.id, samples: context.options.samples, seed: context.options.seed },
    }));

  it('parses the input and hands the model the set and the options', () => {
    expect(echo({ energyWh: 2 })).toEqual({
      ok: true,
      result: { input: { energyWh: 2 }, set: 'cs-2026-11', samples: 10_000, seed: 20251001 },
    });
    expect(echo({ energyWh: 2 }, { coefficientSet: 'cs-2026-12', samples: 100, seed: 3 })).toEqual({
      ok: true,
      result: { input: { energyWh: 2 }, set: 'cs-2026-12', samples: 100, seed: 3 },
    });
  });

  it('refuses bad options, an unknown set and an input that is not an object', () => {
    expect(echo({ energyWh: 2 }, 'fast')).toEqual({
      ok: false,
      errors: [{ path: 'options', message: 'Options must be an object such as { coefficientSet, samples, seed }' }],
    });
    expect(echo({ energyWh: 2 }, { coefficientSet: 'cs-1999-01' })).toEqual({
      ok: false,
      errors: [{ path: 'options.coefficientSet', message: 'Coefficient set must be one of: cs-2025-10, cs-2026-11, cs-2026-12' }],
    });
    for (const raw of [null, undefined, 3, 'text', [], [{ energyWh: 2 }]]) {
      expect(echo(raw)).toEqual({ ok: false, errors: [{ path: '', message: 'The input must be an object with the calculator’s fields' }] });
    }
  });

  it('reports schema errors by path, with the schema’s message or the fallback built from the label', () => {
    expect(echo({ energyWh: 'lots', note: 5 })).toEqual({
      ok: false,
      errors: [
        { path: 'energyWh', message: 'Energy must be a number in Wh' },
        { path: 'note', message: 'Note must be text' },
      ],
    });
  });

  it('keeps the model’s own failure and catches its throw', () => {
    expect(runModel(schema, labels, { energyWh: 1 }, undefined, () => failure([{ path: 'energyWh', message: 'No' }]))).toEqual({
      ok: false,
      errors: [{ path: 'energyWh', message: 'No' }],
    });
    expect(
      runModel(schema, labels, { energyWh: 1 }, undefined, () => {
        throw new Error('bug');
      }),
    ).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The calculator could not evaluate these inputs; check each field and try again' }],
    });
  });
});
