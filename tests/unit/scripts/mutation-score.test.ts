import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Mutant = { status: string; statusReason?: string };
const STATIC_SKIPPED = 'Static mutant (and "ignoreStatic" was enabled)';

/** Runs scripts/mutation-score.mjs on a report whose calculators/core/ holds these mutants and every other target folder 85 % killed. */
function score(core: Mutant[]) {
  const others = ['inference', 'training', 'counterfactual', 'disclosure'].map((folder) => [
    `calculators/${folder}/model.ts`,
    { mutants: [...Array(17).fill({ status: 'Killed' }), ...Array(3).fill({ status: 'Survived' })] },
  ]);
  const files = Object.fromEntries([['calculators/core/stats.ts', { mutants: core }], ...others]);
  const path = join(mkdtempSync(join(tmpdir(), 'mutation-score-')), 'mutation.json');
  writeFileSync(path, JSON.stringify({ files }));
  const run = spawnSync(process.execPath, ['scripts/mutation-score.mjs', path], { encoding: 'utf8' });
  const row = run.stdout.split('\n').find((line) => line.startsWith('calculators/core/'))!;
  return { status: run.status, row: row.split(/\s{2,}/), stdout: run.stdout };
}

const killed = (n: number): Mutant[] => Array(n).fill({ status: 'Killed' });

describe('mutation-score.mjs', () => {
  it('scores killed and timed-out mutants against survivors and uncovered ones, and passes a folder at the target', () => {
    const { status, row, stdout } = score([...killed(7), { status: 'Timeout' }, { status: 'Survived' }, { status: 'NoCoverage' }]);
    expect(row.slice(0, 4)).toEqual(['calculators/core/', '80.0 %', '8', '1']);
    expect(stdout).toContain('Every folder with a target is at or above 80 %.');
    expect(status).toBe(0);
  });

  it('counts mutants disabled in the code apart, without calling the folder partial', () => {
    const { status, row } = score([
      ...killed(9),
      { status: 'Survived' },
      { status: 'Ignored', statusReason: 'speed only, the ranks are equal' },
    ]);
    // folder, score, killed, survived, no coverage, not run, disabled, not counted, verdict
    expect(row).toEqual(['calculators/core/', '90.0 %', '9', '1', '0', '0', '1', '0', 'ok']);
    expect(status).toBe(0);
  });

  it('says a folder whose static mutants were skipped is not a full pass', () => {
    const { status, row, stdout } = score([...killed(9), { status: 'Survived' }, { status: 'Ignored', statusReason: STATIC_SKIPPED }]);
    expect(row.slice(5, 7)).toEqual(['1', '0']);
    expect(stdout).toMatch(/Static mutants not run \(--ignore-static\) in calculators\/core\/ \(1\)/);
    expect(status).toBe(1);
  });

  it('fails a folder under the target', () => {
    const { status, row } = score([...killed(7), ...Array(3).fill({ status: 'Survived' })]);
    expect(row.at(-1)).toBe('UNDER 80 %');
    expect(status).toBe(1);
  });
});
