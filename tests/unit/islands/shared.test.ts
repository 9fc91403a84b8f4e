/** Pure island helpers: drafts, URL state and exports (formatting: tests/unit/calculators/format.test.ts). */
import { describe, expect, it } from 'vitest';
import { applyDrafts, draftsFromInput, parseNumber, sortErrors } from '../../../src/islands/shared/drafts.ts';
import { decodeState, encodeState, paramName, withState } from '../../../src/islands/shared/url-state.ts';
import { citationText, citedAddress } from '../../../src/islands/shared/export.ts';
import { toCsv, toJson, toMarkdown } from '../../../src/islands/shared/export-files.ts';
import type { FieldDef, IslandContext } from '../../../src/islands/shared/types.ts';

const fields: FieldDef[] = [
  { kind: 'number', path: 'a.x', label: 'X', unit: 'Wh', min: 0, max: 10, help: '', range: true },
  { kind: 'number', path: 'b', label: 'B', unit: '', min: 0, max: 10, help: '', optional: true },
];

describe('drafts', () => {
  it('round-trips points and ranges', () => {
    const drafts = draftsFromInput(fields, { a: { x: { low: 1, high: 2 } }, b: 3 });
    expect(drafts).toEqual({ 'a.x': '1', 'a.x.high': '2', b: '3' });
    expect(applyDrafts(fields, {}, drafts).input).toEqual({ a: { x: { low: 1, high: 2 } }, b: 3 });
  });
  it('keeps bad text with an error for that field only, never echoing the text', () => {
    const out = applyDrafts(fields, { a: { x: 1 } }, { 'a.x': '<b>x', 'a.x.high': '', b: '4' });
    expect(out.errors).toEqual([{ path: 'a.x', message: 'Enter x as a number in Wh, like 1.5 or 20,000' }]);
    expect(out.input).toEqual({ a: { x: 1 }, b: 4 });
  });
  it('explains a decimal comma, a value outside the field’s limits and an upper end below the lower, in plain words', () => {
    expect(applyDrafts(fields, {}, { 'a.x': '1,2' }).errors).toEqual([
      { path: 'a.x', message: 'Enter x with a full stop for decimals, like 1.2 (commas separate thousands, as in 20,000)' },
    ]);
    expect(applyDrafts(fields, {}, { 'a.x': '20,000' }).errors).toEqual([{ path: 'a.x', message: 'Enter x between 0 and 10 Wh' }]);
    expect(applyDrafts(fields, {}, { 'a.x': '5', 'a.x.high': '2' }).errors).toEqual([
      { path: 'a.x.high', message: 'Enter an upper end of x that is at least the lower end, 5' },
    ]);
    expect(applyDrafts(fields, {}, { 'a.x': '' }).errors).toEqual([{ path: 'a.x', message: 'Enter x in Wh' }]);
  });
  it('shows a field in its own unit (minutes) while the engine keeps hours', () => {
    const minutes: FieldDef[] = [
      {
        kind: 'number',
        path: 't',
        label: 'Time',
        unit: 'min',
        min: 0,
        max: 60_000,
        help: '',
        range: true,
        scale: { factor: 60, engineUnit: 'h' },
      },
    ];
    expect(draftsFromInput(minutes, { t: { low: 1 / 6, high: 1 / 3 } })).toEqual({ t: '10', 't.high': '20' });
    expect(applyDrafts(minutes, {}, { t: '10', 't.high': '' }).input).toEqual({ t: 10 / 60 });
    expect(applyDrafts(minutes, {}, { t: '90000' }).errors[0]!.message).toBe('Enter time between 0 and 60,000 min');
  });
  it('drops an emptied optional field and its empty parent', () => {
    expect(applyDrafts(fields, { a: { x: 1 }, b: 2 }, { 'a.x': '1', b: '' }).input).toEqual({ a: { x: 1 } });
  });
  it('parses UK-style numbers', () => {
    expect(parseNumber('1,000')).toBe(1000);
    expect(parseNumber('1e9')).toBe(1e9);
    expect(parseNumber('abc')).toBeUndefined();
    expect(parseNumber('1,2')).toBeUndefined();
    expect(parseNumber('12,50')).toBeUndefined();
    expect(parseNumber('20,000')).toBe(20_000);
    expect(parseNumber(' 1,234,567.5 ')).toBe(1_234_567.5);
  });
  it('maps engine error paths onto fields', () => {
    expect(
      sortErrors(fields, [
        { path: 'a.x.high', message: 'm' },
        { path: 'zzz', message: 'g' },
      ]),
    ).toEqual({ byField: { 'a.x.high': 'm' }, general: ['g'] });
  });
});

describe('URL state', () => {
  const state = { version: '0.2', coefficientSet: 'cs-2026-11', input: { a: 1 } };
  it('round-trips through a namespaced query parameter, the link opening at the calculator', () => {
    const href = withState('https://x.test/0.2/p/?other=1#h', 'boundary-explorer', state);
    const url = new URL(href);
    expect(url.searchParams.get('other')).toBe('1');
    expect(url.hash).toBe('#calc-boundary-explorer');
    expect(decodeState(url.search, 'boundary-explorer')).toEqual({ kind: 'ok', state });
    expect(decodeState(url.search, 'counterfactual')).toEqual({ kind: 'absent' });
  });
  it('reports malformed or tampered values without throwing', () => {
    const q = (v: string) => `?${paramName('t')}=${encodeURIComponent(v)}`;
    expect(decodeState(q('{bad'), 't').kind).toBe('malformed');
    expect(decodeState(q('[]'), 't').kind).toBe('malformed');
    expect(decodeState(q(JSON.stringify({ v: '<script>', cs: 'cs-2026-11', in: {} })), 't').kind).toBe('malformed');
    expect(decodeState(q(JSON.stringify({ v: '0.2', cs: 'cs-2026-11', in: 5 })), 't').kind).toBe('malformed');
    expect(decodeState(q('x'.repeat(9000)), 't').kind).toBe('malformed');
    expect(decodeState('?%E0%A4%A', 't').kind).not.toBe('ok');
    expect(encodeState(state)).toBe('{"v":"0.2","cs":"cs-2026-11","in":{"a":1}}');
  });
});

describe('exports', () => {
  const context = { island: 'x', title: 'X', version: '0.2', versionTitle: 'T', released: '2026-11-20' } as IslandContext;
  const data = {
    context,
    coefficientSet: 'cs-2026-11',
    date: '2026-11-28',
    permalink: 'https://x.test/',
    rawInput: { a: 1 },
    inputs: [{ path: 'p', label: '=cmd', unit: 'Wh', value: { low: 1, high: 3 }, origin: 'supplied' as const }],
    results: [
      { label: 'Energy', quantity: 'energy' as const, interval: { central: 2, p5: 1, p95: 3 } },
      { label: 'Emissions', quantity: 'emissions' as const, interval: { central: 0.123456789, p5: 0.1, p95: 0.2, min: 0.05, max: 0.3 } },
    ],
    notes: [],
    boundary: 'Boundary: accelerators. Narrow boundary: below the guidance’s minimum, missing host CPU and memory.',
  };
  it('writes CSV with results at full precision, inputs, the boundary, set, version and date, neutralising formulae', () => {
    const csv = toCsv(data);
    expect(csv).toContain('"result","Energy","2","1","3","","","Wh",""');
    expect(csv).toContain('"result","Emissions","0.123456789","0.1","0.2","0.05","0.3","gCO2e",""');
    expect(csv).toContain(`"input","'=cmd","2","1","3","","","Wh","supplied"`);
    expect(csv).toContain('"meta","boundary","Boundary: accelerators. Narrow boundary');
    expect(csv).toContain('"meta","coefficient set","cs-2026-11"');
    expect(csv).toContain('"meta","guidance version","0.2"');
  });
  it('writes JSON with the same content', () => {
    const json = JSON.parse(toJson(data));
    expect(json).toMatchObject({
      guidanceVersion: '0.2',
      coefficientSet: 'cs-2026-11',
      date: '2026-11-28',
      input: { a: 1 },
      boundaryStatement: data.boundary,
    });
    expect(json.results[1]).toEqual({ label: 'Emissions', unit: 'gCO2e', central: 0.123456789, p5: 0.1, p95: 0.2, min: 0.05, max: 0.3 });
  });
  it('writes Markdown with two significant figures, the range in its one wording, and the boundary statement', () => {
    const md = toMarkdown(data);
    expect(md).toContain('- **Emissions:** 0.12 gCO2e (full range 0.05 to 0.3 gCO2e)');
    expect(md).toContain('Narrow boundary: below the guidance’s minimum');
  });
  it('cites the result at the site’s public address, keeping the path, state and anchor of the permalink', () => {
    const local = {
      ...data,
      permalink: 'http://127.0.0.1:4321/0.2/partial-data/?calc-x=%7B%7D#calc-x',
      context: { ...context, site: 'https://ai-guidance.dimpact.org/' },
    };
    expect(citedAddress(local)).toBe('https://ai-guidance.dimpact.org/0.2/partial-data/?calc-x=%7B%7D#calc-x');
    expect(citationText(local)).toMatch(/Accessed 2026-11-28\. https:\/\/ai-guidance\.dimpact\.org\/0\.2\/partial-data\/\?calc-x=/);
    // Without a site, or before the island knows its address, the permalink stands as it is.
    expect(citedAddress(data)).toBe('https://x.test/');
    expect(citedAddress({ ...local, permalink: '' })).toBe('');
  });
});
