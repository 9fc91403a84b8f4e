/**
 * One result, one string: a worked example's card (src/components/mdx/WorkedExample.astro prints each row
 * with formatQuantity from src/lib/worked-examples.ts) and an island's headline (ResultHeadline, rendered
 * as the server ships it) print the same figure for the same interval, ranges and all.
 */
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { coefficientSetIds, models } from '../../../calculators/index.ts';
import type { Interval } from '../../../calculators/core/result.ts';
import type { CounterfactualResult } from '../../../calculators/counterfactual/index.ts';
import type { DisclosureResult } from '../../../calculators/disclosure/index.ts';
import type { InferenceResult } from '../../../calculators/inference/index.ts';
import type { TrainingResult } from '../../../calculators/training/index.ts';
import { appliesTo } from '../../../calculators/core/example.ts';
import { headlineText, ResultHeadline, type HeadlineRow } from '../../../src/islands/shared/ResultHeadline.tsx';
import { POINT_NOTE, roundedRangeNote } from '../../../src/islands/shared/range-note.ts';
import {
  counterfactualHeadline,
  formatQuantity,
  inferenceHeadline,
  trainingHeadline,
  type Quantity as CardQuantity,
} from '../../../src/lib/worked-examples.ts';
import { runs } from '../calculators/runs.ts';

/** The card's quantities that an island's headline also shows, and its name for each. */
const islandQuantity = { energyWh: 'energy', emissionsG: 'emissions' } as const satisfies Partial<Record<CardQuantity, string>>;
type Shared = keyof typeof islandQuantity;

/** What the island adds after a figure without a range (why it has none): an explanation, not part of the figure. */
const notes = [POINT_NOTE, roundedRangeNote('p5-p95'), roundedRangeNote('min-max')].map((note) => ` (${note})`);

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Each row's figure as the island's server render prints it, without the single-value explanation. */
function islandFigures(rows: HeadlineRow[]): string[] {
  const html = renderToStaticMarkup(createElement(ResultHeadline, { rows, stale: false, methodHref: '/m/', methodLabel: 'Method' }));
  return [...html.matchAll(/<dd>(.*?)<\/dd>/g)].map((m) => {
    const text = decode(m[1] as string);
    const note = notes.find((n) => text.endsWith(n));
    return note ? text.slice(0, -note.length) : text;
  });
}

function expectSameFigures(cards: { label: string; value: Interval; quantity: Shared }[]): void {
  const rows = cards.map((c) => ({ label: c.label, interval: c.value, quantity: islandQuantity[c.quantity] }));
  const printed = cards.map((c) => formatQuantity(c.value, c.quantity));
  expect(islandFigures(rows)).toEqual(printed);
  // The live region that announces the headline reads the same figures.
  expect(headlineText(rows)).toBe(cards.map((c, i) => `${c.label}: ${printed[i]}`).join('. '));
}

type CardResult = InferenceResult | TrainingResult | CounterfactualResult | DisclosureResult;
const cardRows = (result: CardResult) => {
  const r = result.model === 'disclosure' ? (result.source as Exclude<CardResult, DisclosureResult>) : result;
  const headline =
    r.model === 'inference' ? inferenceHeadline(r) : r.model === 'training' ? trainingHeadline(r) : counterfactualHeadline(r);
  return headline.rows.filter((row): row is typeof row & { quantity: Shared } => row.quantity in islandQuantity);
};

describe('worked-example card and island headline', () => {
  for (const [modelId, model] of Object.entries(models)) {
    it(`print the same figures for every ${modelId} worked example under every set it applies to`, () => {
      let compared = 0;
      for (const [exampleId, example] of Object.entries(model.examples as Record<string, { input: unknown }>)) {
        for (const set of coefficientSetIds.filter((id) => appliesTo(example, id))) {
          const outcome = model.evaluate(example.input as never, { coefficientSet: set, samples: 1_000 });
          expect(outcome.ok, `${exampleId} under ${set}`).toBe(true);
          if (!outcome.ok) continue;
          const rows = cardRows(outcome.result as CardResult);
          expectSameFigures(rows);
          compared += rows.length;
        }
      }
      expect(compared).toBeGreaterThan(0);
    });
  }

  it('print the same figure for any interval: points, likely and full ranges, signs, tiny, huge and missing values', () => {
    const value = fc.oneof(
      fc.double({ min: -1e16, max: 1e16, noNaN: true }),
      fc.double({ min: 1e-8, max: 1e-1 }),
      fc.constantFrom(0, Number.NaN, Number.POSITIVE_INFINITY),
    );
    const interval = fc.oneof(
      fc.record({ central: value, p5: value, p95: value }),
      fc.record({ central: value, p5: value, p95: value, min: value, max: value }),
      value.map((v) => ({ central: v, p5: v, p95: v })),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(interval, fc.constantFrom<Shared>('energyWh', 'emissionsG')), { minLength: 1, maxLength: 3 }),
        (list) => {
          expectSameFigures(list.map(([v, quantity], i) => ({ label: `Row ${i}`, value: v, quantity })));
        },
      ),
      { numRuns: runs(500), seed: 5 },
    );
  });
});

describe('the words after a figure without a range', () => {
  const note = (interval: Interval) => {
    const html = renderToStaticMarkup(
      createElement(ResultHeadline, {
        rows: [{ label: 'Energy', quantity: 'energy', interval }],
        stale: false,
        methodHref: '/m/',
        methodLabel: 'M',
      }),
    );
    return decode(/<span class="calc-headline__range">(.*?)<\/span>/.exec(html)?.[1] ?? '').trim();
  };

  it('say no input was a range only when none was', () => {
    expect(note({ central: 0.35, p5: 0.35, p95: 0.35 })).toBe(`(${POINT_NOTE})`);
  });

  it('say the range rounds away when a likely or full range is narrower than the rounding', () => {
    expect(note({ central: 0.351, p5: 0.349, p95: 0.353 })).toBe('(its likely range rounds to this same figure)');
    expect(note({ central: 0.351, p5: 0.349, p95: 0.353, min: 0.348, max: 0.354 })).toBe('(its full range rounds to this same figure)');
  });

  it('give the range when it reads differently from the figure', () => {
    expect(note({ central: 0.35, p5: 0.24, p95: 0.5 })).toBe('(likely range 0.24 to 0.5 Wh)');
  });
});
