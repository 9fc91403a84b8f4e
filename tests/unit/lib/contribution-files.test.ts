/** Reading contribution files (CSV through Papa Parse, JSON) and checking them row by row. */
import { describe, expect, it } from 'vitest';
import { checkContributionText, errorsOf, findingsOf, formatOf, warningsOf } from '../../../src/lib/contribution-files.ts';
import {
  exampleObservation,
  observationColumns,
  observationsCsv,
  OBSERVATION_TEMPLATE_VERSION,
} from '../../../calculators/contribution/index.ts';

const good = observationsCsv([exampleObservation, { ...exampleObservation, energyPerUnit: 0.5 }]);

describe('contribution files', () => {
  it('knows CSV and JSON by name', () => {
    expect([formatOf('a.CSV'), formatOf('b.json'), formatOf('c.xlsx')]).toEqual(['csv', 'json', undefined]);
  });

  it('reads the template back without a problem, rows numbered as a spreadsheet does', () => {
    const check = checkContributionText(good, 'csv');
    expect(check.columns).toEqual(observationColumns);
    expect(errorsOf(check)).toEqual([]);
    expect(check.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(check.rows[1]!.observation!.energyPerUnit).toBe(0.5);
  });

  it('reports a missing column and stops; reports extra columns and broken rows by row and column', () => {
    const missing = checkContributionText('useCase,notes\ntranscription,x\n', 'csv');
    expect(missing.stopped).toBe(true);
    expect(errorsOf(missing).map((i) => i.column)).toContain('energyPerUnit');
    const [header, row] = good.split('\r\n');
    const extra = checkContributionText(`${header},contact\r\n${row},jane@example.org\r\n${row},x,y\r\n`, 'csv');
    expect(warningsOf(extra)).toEqual([expect.objectContaining({ row: 1, column: `column ${observationColumns.length + 1}` })]);
    expect(findingsOf(extra)).toEqual([expect.objectContaining({ row: 2, column: 'contact', kind: 'email' })]);
    expect(errorsOf(extra)).toEqual([
      expect.objectContaining({ row: 3, column: '(row)', message: expect.stringMatching(/more cells than the header/) }),
    ]);
  });

  it('refuses what is not a contribution with a message', () => {
    expect(errorsOf(checkContributionText('{"observations": 3}', 'json'))[0]!.message).toMatch(/templateVersion/);
    expect(errorsOf(checkContributionText('{not json', 'json'))[0]!.message).toBe('The file is not valid JSON');
    expect(errorsOf(checkContributionText('\u0000\u0001PK', 'csv'))[0]!.message).toMatch(/not text/);
    const hostile = JSON.stringify({
      templateVersion: OBSERVATION_TEMPLATE_VERSION,
      observations: [{ ...exampleObservation, __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } }],
    });
    const check = checkContributionText(hostile, 'json');
    expect(errorsOf(check)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('checks 50,000 rows, reporting progress', () => {
    const row = good.split('\r\n')[1]!;
    const text = `${observationColumns.join(',')}\n${Array.from({ length: 50_000 }, () => row).join('\n')}\n`;
    const progress: number[] = [];
    const started = performance.now();
    const check = checkContributionText(text, 'csv', { onProgress: (share) => progress.push(share), progressEvery: 5000 });
    const ms = performance.now() - started;
    expect(check.rows).toHaveLength(50_000);
    expect(errorsOf(check)).toEqual([]);
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress.at(-1)).toBe(1);
    console.log(`50,000 CSV rows checked in ${Math.round(ms)} ms (Node)`);
  });
});
