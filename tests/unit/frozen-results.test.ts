/**
 * Released versions' numbers are frozen: every worked example and calculator a released version's
 * pages compute must give the results stored in tests/golden/<version>/, and those files must be the
 * ones the lock recorded. A figure may move only through an erratum
 * (`npm run guidance -- erratum <version> --results --what … --why …`), which rewrites the files,
 * records each moved figure on the version's changes page and refreshes the hash in the lock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { movedFigures } from '../../scripts/golden/compare.ts';
import { liveResults, resultsHash, storedResults } from '../../scripts/golden/store.ts';

const root = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'content/versions.json'), 'utf8')) as {
  versions: { id: string; status: string; coefficientSet: string }[];
};
const lock = JSON.parse(readFileSync(join(root, 'content/versions.lock.json'), 'utf8')) as {
  versions: Record<string, { resultsHash?: string }>;
};
const released = manifest.versions.filter((v) => v.status !== 'draft');

describe.each(released.map((v) => [v.id, v] as const))('released version %s', (id, version) => {
  it('has its frozen results recorded in the lock', () => {
    expect(lock.versions[id]?.resultsHash, `no resultsHash for ${id} in content/versions.lock.json`).toMatch(/^[0-9a-f]{64}$/);
    expect(
      resultsHash(storedResults(root, id)),
      `tests/golden/${id}/ differs from what the lock recorded: frozen results change only through an erratum`,
    ).toBe(lock.versions[id]?.resultsHash);
  });

  it('computes every figure exactly as frozen', () => {
    const moved = movedFigures(storedResults(root, id), liveResults(root, id, version.coefficientSet));
    const report = moved.map((m) => `  ${m.example} ${m.path}: ${m.old ?? '(none)'} -> ${m.new ?? '(none)'}`).join('\n');
    expect(
      moved,
      `version ${id}: released figures moved without an erratum:\n${report}\nRecord a correction with \`npm run guidance -- erratum ${id} --results --what "…" --why "…"\`, or undo the change.`,
    ).toEqual([]);
  });
});

describe('the comparison of frozen results', () => {
  const base = { title: 'An example', perUnit: { energyWh: { central: 0.3, p5: 0.2, p95: 0.4 } }, warnings: ['A flag.'] };
  it('reports a moved figure with its path, old and new value', () => {
    const after = { ...base, perUnit: { energyWh: { central: 0.31, p5: 0.2, p95: 0.4 } } };
    expect(movedFigures(new Map([['inference/x.json', base]]), new Map([['inference/x.json', after]]))).toEqual([
      { example: 'inference/x.json', path: 'perUnit.energyWh.central', old: '0.3', new: '0.31' },
    ]);
  });
  it('reports changed words and lists, and examples added or removed', () => {
    const after = { ...base, warnings: ['Another flag.'] };
    const moved = movedFigures(
      new Map([
        ['a.json', base],
        ['b.json', base],
      ]),
      new Map([
        ['a.json', after],
        ['c.json', base],
      ]),
    );
    expect(moved.map((m) => `${m.example}:${m.path}`)).toEqual(['a.json:warnings', 'b.json:', 'c.json:']);
    expect(moved[0]).toEqual({ example: 'a.json', path: 'warnings', old: '["A flag."]', new: '["Another flag."]' });
  });
  it('ignores differences in the last bits of a double', () => {
    const after = { ...base, perUnit: { energyWh: { central: 0.3 * (1 + 1e-15), p5: 0.2, p95: 0.4 } } };
    expect(movedFigures(new Map([['x.json', base]]), new Map([['x.json', after]]))).toEqual([]);
  });
});
