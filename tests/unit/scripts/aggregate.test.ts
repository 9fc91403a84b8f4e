/**
 * `npm run guidance -- aggregate <folder>` on the fixture folder tests/fixtures/contributions: three good
 * contributors (two CSV, one JSON with energy in joules), a file with a wrong unit, one that is not
 * anonymised, a hostile one (markup, prototype keys) and one that is not JSON.
 */
import { mkdtempSync, readFileSync, existsSync, rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HELP, runGuidance } from '../../../scripts/guidance/main.ts';

const root = join(import.meta.dirname, '../../..');
const fixtures = 'tests/fixtures/contributions';
const temporary: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'aggregate-'));
  temporary.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await runGuidance(args, { root, today: '2026-12-01', out: (l) => lines.push(l), err: (l) => errors.push(l) });
  return { code, out: lines.join('\n'), err: errors.join('\n') };
}

describe('guidance aggregate', () => {
  it('is listed by --help', async () => {
    expect(HELP).toMatch(/^ {2}aggregate <folder>/m);
    expect((await run(['--help'])).out).toContain('aggregate <folder> [--out <folder>]');
  });

  it('pools the good files, and reports each bad one by name, row and column and leaves it out', async () => {
    const outDir = tempDir();
    const { code, out, err } = await run(['aggregate', fixtures, '--out', outDir]);
    expect(code).toBe(1);
    expect(err).toContain('c-4d0a.csv: row 3, column energyUnit: Energy unit must be one of: Wh, kWh, mWh, J');
    expect(err).toContain('c-5e1b.csv: row 2, column notes: an e-mail address');
    expect(err).toMatch(/c-6f2c\.json: row 1, column notes: Notes must be plain text/);
    expect(err).toContain('c-7a3e.json: column (file): The file is not valid JSON');
    expect(out).toContain('README.txt: not a .csv or .json file; ignored');
    expect(out).toContain('| transcription | audio-minute | measured | 4 | 3 | 0.5 Wh (0.38 to 0.61 Wh) | 75 % |');

    const report = JSON.parse(readFileSync(join(outDir, 'aggregate.json'), 'utf8'));
    expect(report.contributions.used).toBe(3);
    expect(report.contributions.notUsed.map((n: { file: string }) => n.file)).toEqual([
      'c-4d0a.csv',
      'c-5e1b.csv',
      'c-6f2c.json',
      'c-7a3e.json',
    ]);
    const transcription = report.groups.find(
      (g: { useCase: string; dataTier: string }) => g.useCase === 'transcription' && g.dataTier === 'measured',
    );
    // 0.38, 0.42, 0.5 (1,800 J) and 0.61 (0.00061 kWh) Wh: nothing from the files left out.
    expect(transcription).toMatchObject({
      observations: 4,
      contributors: 3,
      publishable: true,
      energyWhPerUnit: { median: 0.5, p5: 0.38, p95: 0.61 },
    });
    const summarisation = report.groups.find((g: { useCase: string }) => g.useCase === 'summarisation');
    expect(summarisation).toMatchObject({ contributors: 2, publishable: false });
    expect(summarisation.energyWhPerUnit).toBeUndefined();
    expect(readFileSync(join(outDir, 'aggregate.md'), 'utf8')).toContain('Contributions not used:');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes nothing when no file is usable', async () => {
    const folder = tempDir();
    mkdirSync(join(folder, 'in'));
    copyFileSync(join(root, fixtures, 'c-4d0a.csv'), join(folder, 'in', 'c-4d0a.csv'));
    const { code, err } = await run(['aggregate', join(folder, 'in')]);
    expect(code).toBe(1);
    expect(err).toMatch(/refused\. no usable contribution/);
    expect(existsSync(join(folder, 'in', 'summary'))).toBe(false);
  });

  it('asks for a folder', async () => {
    expect((await run(['aggregate'])).err).toMatch(/name the folder of contributions/);
    expect((await run(['aggregate', 'no/such/folder'])).err).toMatch(/is not a folder/);
  });
});
