/** Fuzz: thousands of random inputs to every evaluate; never a throw, never NaN/Infinity/negative energy. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { models } from '../../../calculators/index.ts';
import { runs } from './runs.ts';

type AnyEvaluate = (
  raw: unknown,
  options?: { samples?: number; seed?: number; coefficientSet?: string },
) => { ok: boolean; result?: unknown; errors?: { path: string; message: string }[] };

/** Mutate a valid example: replace a random leaf with a random value, drop keys, add junk. */
function mutations(example: unknown) {
  const leafValues = fc.oneof(
    fc.double({ noNaN: false }),
    fc.integer(),
    fc.constantFrom(0, -1, 1e300, -1e300, Number.NaN, Number.POSITIVE_INFINITY, 1e-300),
    fc.string(),
    fc.constantFrom('<b>x</b>', '"><img src=x>', '&lt;', 'javascript:alert(1)'),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.record({ low: fc.double(), high: fc.double() }),
    fc.record({
      low: fc.double({ min: 0, max: 1e4 }),
      high: fc.double({ min: 0, max: 1e4 }),
      mode: fc.double({ min: 0, max: 1e4 }),
      distribution: fc.constantFrom('uniform', 'triangular', 'lognormal', 'weird'),
    }),
    fc.array(fc.anything(), { maxLength: 3 }),
  );
  return fc.tuple(fc.array(fc.tuple(fc.nat(), leafValues), { minLength: 1, maxLength: 4 })).map(([edits]) => {
    const copy = JSON.parse(JSON.stringify(example)) as Record<string, unknown>;
    for (const [pick, value] of edits) {
      const paths: (string | number)[][] = [];
      const walk = (node: unknown, path: (string | number)[]) => {
        paths.push(path);
        if (node && typeof node === 'object')
          for (const [k, v] of Object.entries(node)) walk(v, [...path, Array.isArray(node) ? Number(k) : k]);
      };
      walk(copy, []);
      const path = paths[pick % paths.length] ?? [];
      if (path.length === 0) continue;
      let parent: any = copy;
      for (const key of path.slice(0, -1)) parent = parent[key];
      parent[path[path.length - 1] as string] = value;
    }
    return copy;
  });
}

function checkOutcome(outcome: ReturnType<AnyEvaluate>, strings: string[]): void {
  expect(typeof outcome.ok).toBe('boolean');
  const text = JSON.stringify(outcome);
  if (outcome.ok) {
    expect(text).not.toMatch(/NaN|Infinity/);
    // Energies are never negative (net changes of the counterfactual are signed by design).
    const walk = (node: unknown, key: string) => {
      if (typeof node === 'number') {
        expect(Number.isFinite(node)).toBe(true);
        if (/energyWh|^total$|^dynamic$|^idle$/.test(key) && !/net/i.test(key)) expect(node, key).toBeGreaterThanOrEqual(0);
      } else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'netChange' || k === 'inputs' || k === 'sensitivity') continue;
          walk(v, /^(central|p5|p95|\d+)$/.test(k) ? key : k);
        }
      }
    };
    walk(outcome.result, '');
  } else {
    expect(outcome.errors!.length).toBeGreaterThan(0);
    for (const e of outcome.errors!) {
      expect(typeof e.path).toBe('string');
      expect(e.message.length).toBeGreaterThan(5);
      // Plain lowercase identifiers may be the engine's own vocabulary (e.g. "lognormal"); anything else must not be echoed.
      for (const s of strings) if (s.length > 3 && !/^[a-z][a-z0-9-]*$/.test(s)) expect(e.message).not.toContain(s);
    }
  }
}

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

describe('fuzz', () => {
  for (const [id, model] of Object.entries(models)) {
    const evaluate = model.evaluate as AnyEvaluate;
    const examples = Object.values(model.examples as Record<string, { input: unknown }>).map((e) => e.input);
    it(`${id}: mutated worked examples never throw or return non-finite or negative energy`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...examples).chain((ex) => mutations(ex)),
          (raw) => {
            const known = new Set(stringsIn(examples));
            checkOutcome(
              evaluate(raw, { samples: 200 }),
              stringsIn(raw).filter((s) => !known.has(s)),
            );
          },
        ),
        { numRuns: runs(id === 'inference' ? 1500 : 700), seed: 42 },
      );
    });
    it(`${id}: arbitrary values never throw`, () => {
      fc.assert(
        fc.property(fc.anything({ maxDepth: 4 }), (raw) => {
          checkOutcome(evaluate(raw, { samples: 200 }), []);
        }),
        { numRuns: runs(500), seed: 7 },
      );
    });
  }
});
