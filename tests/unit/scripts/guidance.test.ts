/**
 * The release tool end to end, run in-process against temporary copies of content/: a full
 * draft -> release cycle (and a build of the resulting site), every refusal leaving the files
 * unchanged, a changed released file failing `check`, and an erratum passing it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProblems, runGuidance } from '../../../scripts/guidance/main.ts';
import { sha256 } from '../../../scripts/guidance/versions-lock.ts';
import { runGolden } from '../../../scripts/golden/cli.ts';
import { goldenText, resultsHash, storedResults } from '../../../scripts/golden/store.ts';

const projectRoot = join(import.meta.dirname, '../../..');
const temps: string[] = [];
afterAll(() => {
  while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
});

/** A temporary project root holding a copy of content/ (and, for the build, what Astro needs). */
function tempRoot(withSite = false): string {
  const root = mkdtempSync(join(tmpdir(), 'guidance-'));
  temps.push(root);
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(projectRoot, 'CITATION.cff'), join(root, 'CITATION.cff'));
  // Lock the copy afresh, so these tests exercise the tool whatever state the real lock is in
  // (tests/content/versions-lock.test.ts checks the real one).
  rmSync(join(root, 'content/versions.lock.json'), { force: true });
  // Start from the released versions only: the cycle below opens its own draft, and only one may be open.
  const manifestPath = join(root, 'content/versions.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { versions: { id: string; status: string }[] };
  for (const draft of manifest.versions.filter((v) => v.status === 'draft'))
    rmSync(join(root, 'content/guidance', draft.id), { recursive: true });
  manifest.versions = manifest.versions.filter((v) => v.status !== 'draft');
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  const out: string[] = [];
  runGuidance(['init-lock'], { root, out: (l) => out.push(l), err: (l) => out.push(l) });
  if (withSite) {
    for (const item of ['src', 'scripts', 'calculators', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(projectRoot, item), join(root, item), { recursive: true });
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  }
  return root;
}

async function run(root: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runGuidance(argv, { root, today: '2027-03-01', out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Hash of every file under content/: proves a refused command changed nothing. */
function snapshot(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else parts.push(`${path.slice(root.length)}:${sha256(readFileSync(path))}`);
    }
  };
  walk(join(root, 'content'));
  return parts.join('\n');
}

const readManifest = (root: string) => JSON.parse(readFileSync(join(root, 'content/versions.json'), 'utf8'));
const editManifest = (root: string, edit: (m: any) => void) => {
  const manifest = readManifest(root);
  edit(manifest);
  writeFileSync(join(root, 'content/versions.json'), `${JSON.stringify(manifest, null, 2)}\n`);
};
const editFile = (path: string, edit: (text: string) => string) => writeFileSync(path, edit(readFileSync(path, 'utf8')));
type LockedForTest = { resultsHash?: string; references?: Record<string, string> };
const editLock = (root: string, edit: (lock: { versions: Record<string, LockedForTest> }) => void) => {
  const path = join(root, 'content/versions.lock.json');
  const lock = JSON.parse(readFileSync(path, 'utf8'));
  edit(lock);
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
};

/**
 * Makes the lock disagree with the registry about one entry, as it does after the entry is corrected in
 * sources.ts: the tests run against the project's registry, so the locked side is the one moved.
 */
const staleReference = (root: string, version: string, source: string) =>
  editLock(root, (lock) => (lock.versions[version]!.references![source] = 'f'.repeat(64)));

/** Opens draft 0.3 and makes it releasable: a summary, release notes and a real edit to one chapter. */
async function prepareDraft(root: string) {
  expect((await run(root, 'new-draft')).code).toBe(0);
  editFile(join(root, 'content/guidance/0.3/partial-data.mdx'), (text) =>
    text.replace(
      /\n## /,
      '\nThis paragraph was added in draft 0.3 to explain how to report an estimate that mixes measured and modelled figures.\n\n## ',
    ),
  );
  editManifest(root, (m) => {
    const draft = m.versions.find((v: { id: string }) => v.id === '0.3');
    draft.title = 'Second consultation draft';
    draft.summary = 'The second consultation draft: the same chapters as 0.2 with a clarified chapter on partial data.';
    draft.releaseNotes = ['Working with partial data: explains how to report an estimate that mixes measured and modelled figures.'];
  });
}

describe('guidance --help and check', () => {
  it('prints usage', async () => {
    const { code, out } = await run(projectRoot, '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/new-draft[\s\S]*release[\s\S]*withdraw[\s\S]*erratum[\s\S]*check/);
  });

  it('passes on a freshly locked copy of the real content', async () => {
    const { code, out, err } = await run(tempRoot(), 'check');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/no problems/);
  });

  it('rejects unknown commands and options without changing anything', async () => {
    const root = tempRoot();
    const before = snapshot(root);
    expect((await run(root, 'publish', '0.3')).code).toBe(1);
    expect((await run(root, 'release', '--force')).code).toBe(2);
    expect(snapshot(root)).toBe(before);
  });
});

describe('a full draft -> release cycle', () => {
  it('opens a draft, releases it and leaves a site that builds', async () => {
    const root = tempRoot(true);
    await prepareDraft(root);
    let manifest = readManifest(root);
    expect(manifest.versions.find((v: { id: string }) => v.id === '0.3')).toMatchObject({
      status: 'draft',
      draftedFrom: '0.2',
      coefficientSet: 'cs-2026-11',
    });
    expect(existsSync(join(root, 'content/guidance/0.3/partial-data.mdx'))).toBe(true);
    expect(checkProblems(root)).toEqual([]);

    const released = await run(root, 'release', '0.3', '--date', '2027-03-01');
    expect(released.err).toBe('');
    expect(released.code).toBe(0);
    manifest = readManifest(root);
    expect(manifest.versions.map((v: { id: string; status: string }) => `${v.id}:${v.status}`)).toEqual([
      '0.1:superseded',
      '0.2:superseded',
      '0.3:current',
    ]);
    expect(manifest.versions[2].released).toBe('2027-03-01');
    const lock = JSON.parse(readFileSync(join(root, 'content/versions.lock.json'), 'utf8'));
    expect(lock.versions['0.3']).toMatchObject({ released: '2027-03-01', coefficientSet: 'cs-2026-11' });
    expect(Object.keys(lock.versions['0.3'].files)).toContain('content/guidance/0.3/partial-data.mdx');
    // Its computed results are frozen too, and recorded in the lock.
    expect(lock.versions['0.3'].resultsHash).toMatch(/^[0-9a-f]{64}$/);
    // And the entries of its references page, which a later registry correction changes only by erratum.
    expect(Object.keys(lock.versions['0.3'].references)).toContain('elsworth-2025');
    expect(existsSync(join(root, 'tests/golden/0.3/inference/article-drafting.json'))).toBe(true);
    expect((await run(root, 'check')).code).toBe(0);
    const cff = readFileSync(join(root, 'CITATION.cff'), 'utf8');
    expect(cff).toMatch(/^version: "0\.3"$/m);
    expect(cff).toMatch(/edition: "Version 0\.3 \(Second consultation draft\)"/);
    expect(cff).toMatch(/^date-released: "2027-03-01"$/m);
    expect(cff).toMatch(/^url: "https:\/\/ai-guidance\.dimpact\.org\/0\.3\/"$/m);

    const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: '' },
    });
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const changes = readFileSync(join(root, 'dist/0.3/changes/index.html'), 'utf8');
    expect(changes).toMatch(/<ins><span class="visually-hidden">[^<]*<\/span>This paragraph was added in draft 0\.3/);
    expect(changes).toContain('Working with partial data: explains how to report');
    expect(readFileSync(join(root, 'dist/0.2/partial-data/index.html'), 'utf8')).toMatch(/href="\/0\.3\/partial-data\/"/);
    expect(existsSync(join(root, 'dist/compare/0.1...0.3/index.html'))).toBe(true);
    expect(readFileSync(join(root, 'dist/releases.xml'), 'utf8')).toContain('Version 0.3 released: Second consultation draft');
    // A whole site build: about 50 s alone on two cores, more beside the other test files.
  }, 240_000);
});

describe('refusals change nothing', () => {
  const refusals: [string, (root: string) => Promise<void> | void, string[], RegExp][] = [
    ['releasing a version that is already released', () => {}, ['release', '0.2'], /already released/],
    ['releasing a version that does not exist', () => {}, ['release', '0.9'], /no version "0.9"/],
    ['an id that is not a version id', () => {}, ['release', 'v1'], /not a valid version id/],
    ['a draft id that is not a version id', () => {}, ['new-draft', '--id', '0.3-beta'], /not a valid version id/],
    ['a new draft over a released version', () => {}, ['new-draft', '--id', '0.2'], /released versions cannot be edited/],
    ['a second draft', async (root) => void (await run(root, 'new-draft')), ['new-draft'], /already open/],
    [
      'a draft pinned to a set the engine does not define',
      () => {},
      ['new-draft', '--coefficient-set', 'cs-1999-01'],
      /not defined by the engine/,
    ],
    [
      'a draft pinned to a set a released version pins',
      () => {},
      ['new-draft', '--from', '0.2', '--coefficient-set', 'cs-2025-10'],
      /already pinned by version 0\.1/,
    ],
    [
      'releasing a draft without release notes',
      async (root) => {
        await run(root, 'new-draft');
        editManifest(root, (m) => (m.versions[2].summary = 'A real summary of the third version of the guidance, written before release.'));
      },
      ['release', '0.3'],
      /no release notes/,
    ],
    [
      'releasing a draft that fails check',
      async (root) => {
        await prepareDraft(root);
        editFile(join(root, 'content/guidance/0.3/partial-data.mdx'), (t) => t.replace(/^order: \d+$/m, 'order: three'));
      },
      ['release', '0.3'],
      /needs `check` to pass[\s\S]*partial-data\.mdx: field "order"/,
    ],
    [
      'releasing when a released file has changed',
      async (root) => {
        await prepareDraft(root);
        editFile(join(root, 'content/guidance/0.1/principles.mdx'), (t) => `${t}\nAn unrecorded edit.\n`);
      },
      ['release', '0.3'],
      /0\.1\/principles\.mdx: a file of released version 0\.1 has changed/,
    ],
    [
      'withdrawing the current version',
      () => {},
      ['withdraw', '0.2', '--reason', 'Replaced by something else entirely.'],
      /current version/,
    ],
    ['withdrawing without a reason', () => {}, ['withdraw', '0.1'], /give the reason/],
    [
      'an erratum for a draft',
      async (root) => void (await prepareDraft(root)),
      ['erratum', '0.3', '--chapter', 'partial-data', '--what', 'Fixed a typing error.', '--why', 'Reported by a reader.'],
      /is a draft/,
    ],
    [
      'an erratum with no correction made',
      () => {},
      ['erratum', '0.2', '--chapter', 'partial-data', '--what', 'Fixed a typing error.', '--why', 'Reported by a reader.'],
      /unchanged since it was locked/,
    ],
    [
      'an erratum of results for a version whose results are not frozen',
      () => {},
      ['erratum', '0.2', '--results', '--what', 'Corrected a figure.', '--why', 'Reported by a reader.'],
      /results are not frozen/,
    ],
    [
      'an erratum naming a chapter and results at once',
      () => {},
      ['erratum', '0.2', '--results', '--chapter', 'partial-data', '--what', 'Corrected a figure.', '--why', 'Reported by a reader.'],
      /two errata: --chapter or --results, not both/,
    ],
    [
      'an erratum of results for a draft',
      async (root) => void (await prepareDraft(root)),
      ['erratum', '0.3', '--results', '--what', 'Corrected a figure.', '--why', 'Reported by a reader.'],
      /is a draft; its results are written with `npm run golden -- 0\.3`/,
    ],
    [
      'an erratum for a chapter that does not exist',
      () => {},
      ['erratum', '0.2', '--chapter', 'nowhere', '--what', 'Fixed a typing error.', '--why', 'Reported by a reader.'],
      /does not exist/,
    ],
    [
      'an erratum of references when no entry the version lists has changed',
      () => {},
      ['erratum', '0.2', '--references', '--what', 'Corrected an entry.', '--why', 'Reported by a reader.'],
      /no entry on version 0\.2's references page differs from the one locked; correct calculators\/coefficients\/sources\.ts first/,
    ],
    [
      'an erratum of references for a draft',
      async (root) => void (await prepareDraft(root)),
      ['erratum', '0.3', '--references', '--what', 'Corrected an entry.', '--why', 'Reported by a reader.'],
      /version 0\.3 is a draft; its references page follows the registry/,
    ],
    [
      'an erratum of references that also names a chapter',
      (root) => staleReference(root, '0.2', 'ember-2024'),
      ['erratum', '0.2', '--references', '--chapter', 'partial-data', '--what', 'Corrected an entry.', '--why', 'Reported by a reader.'],
      /on their own: --references, not with --chapter or --results/,
    ],
    [
      'an erratum of references that does not say why',
      (root) => staleReference(root, '0.2', 'ember-2024'),
      ['erratum', '0.2', '--references', '--what', 'Corrected an entry.'],
      /say why with --why/,
    ],
    [
      'an erratum of references before the version has a locked reference list',
      (root) => editLock(root, (lock) => delete lock.versions['0.2']!.references),
      ['erratum', '0.2', '--references', '--what', 'Corrected an entry.', '--why', 'Reported by a reader.'],
      /0\.2's reference list is not locked yet; lock it once with `npm run guidance -- init-lock --references`/,
    ],
    ['locking reference lists that are all locked', () => {}, ['init-lock', '--references'], /already locked/],
    ['an invalid date', () => {}, ['withdraw', '0.1', '--reason', 'Superseded and misleading.', '--date', '2027-02-30'], /not a real date/],
    ['a second lock', () => {}, ['init-lock'], /already exists/],
  ];

  it.each(refusals)('refuses %s', async (_name, setup, argv, message) => {
    const root = tempRoot();
    await setup(root);
    const before = snapshot(root);
    const result = await run(root, ...argv);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/Nothing was changed/);
    expect(snapshot(root)).toBe(before);
  });
});

describe('frozen versions', () => {
  it('fails check when a released file changes, and passes once an erratum records it', async () => {
    const root = tempRoot();
    const file = join(root, 'content/guidance/0.2/partial-data.mdx');
    editFile(file, (t) => t.replace(/\n## /, '\nA corrected sentence that replaces a mistaken one.\n\n## '));
    const failing = await run(root, 'check');
    expect(failing.code).toBe(1);
    expect(failing.err).toMatch(
      /content\/guidance\/0\.2\/partial-data\.mdx: a file of released version 0\.2 has changed since it was locked/,
    );

    const recorded = await run(
      root,
      'erratum',
      '0.2',
      '--chapter',
      'partial-data',
      '--what',
      'Added a sentence on mixed estimates.',
      '--why',
      'Members asked how to report them.',
      '--date',
      '2027-01-15',
    );
    expect(recorded.err).toBe('');
    expect(recorded.code).toBe(0);
    // The real manifest may already hold errata for 0.2; the new one is recorded last.
    expect(readManifest(root).versions[1].errata.at(-1)).toEqual({
      date: '2027-01-15',
      chapter: 'partial-data',
      what: 'Added a sentence on mixed estimates.',
      why: 'Members asked how to report them.',
    });
    expect((await run(root, 'check')).code).toBe(0);
  });

  it('fails check when a computed figure moves, and passes once an erratum records it with its old and new value', async () => {
    const root = tempRoot();
    expect(runGolden(['--adopt', '0.2'], root, () => {})).toBe(0); // freeze 0.2's results in this copy
    // Pretend the released figure was different: the engine now "moves" it away from the frozen one.
    const golden = join(root, 'tests/golden/0.2/inference/translation.json');
    const frozen = JSON.parse(readFileSync(golden, 'utf8'));
    const live = frozen.perUnit.emissionsG.central;
    frozen.perUnit.emissionsG.central = live * 2;
    writeFileSync(golden, goldenText(frozen));
    editLock(root, (lock) => (lock.versions['0.2']!.resultsHash = resultsHash(storedResults(root, '0.2'))));

    const failing = await run(root, 'check');
    expect(failing.code).toBe(1);
    expect(failing.err).toMatch(
      /1 computed figure of released version 0\.2 moved \(inference\/translation\.json\); record a correction with `npm run guidance -- erratum 0\.2 --results/,
    );

    const recorded = await run(
      root,
      'erratum',
      '0.2',
      '--results',
      '--what',
      'The translation estimate now meets the minimum boundary.',
      '--why',
      'It left out idle capacity.',
      '--date',
      '2027-01-20',
    );
    expect(recorded.err).toBe('');
    expect(recorded.out).toMatch(/recorded 1 moved headline figure/);
    const erratum = readManifest(root).versions[1].errata.at(-1);
    expect(erratum).toEqual({
      date: '2027-01-20',
      what: 'The translation estimate now meets the minimum boundary.',
      why: 'It left out idle capacity.',
      // The moved interval is recorded whole: its central value moved, its ends are shown for context.
      figures: ['central', 'p5', 'p95'].map((end) => ({
        example: 'inference/translation.json',
        path: `perUnit.emissionsG.${end}`,
        old: String(end === 'central' ? live * 2 : frozen.perUnit.emissionsG[end]),
        new: String(end === 'central' ? live : frozen.perUnit.emissionsG[end]),
      })),
    });
    expect(JSON.parse(readFileSync(golden, 'utf8')).perUnit.emissionsG.central).toBe(live);
    expect((await run(root, 'check')).code).toBe(0);
    // Nothing moved any more: a second erratum of results is refused.
    expect(
      (await run(root, 'erratum', '0.2', '--results', '--what', 'Nothing new to correct here.', '--why', 'A repeated command.')).err,
    ).toMatch(/no computed figure of version 0\.2 has moved/);
  });

  it('fails check when an entry a released version lists differs from the lock, and passes once an erratum of references records it', async () => {
    const root = tempRoot();
    const locked = JSON.parse(readFileSync(join(root, 'content/versions.lock.json'), 'utf8'));
    staleReference(root, '0.2', 'ecologits-2025');
    staleReference(root, '0.2', 'ember-2024');
    // 0.1 does not list Ember: its lock's opinion of the entry does not matter, as readers of 0.1 never see it.
    editLock(root, (lock) => (lock.versions['0.1']!.references!['ember-2024'] = 'f'.repeat(64)));

    const failing = await run(root, 'check');
    expect(failing.code).toBe(1);
    expect(failing.err.match(/field "[^"]+": the entry of [^,]+, on the references page of released version [\d.]+/g)).toEqual([
      'field "ecologits-2025": the entry of ecologits-2025, on the references page of released version 0.2',
      'field "ember-2024": the entry of ember-2024, on the references page of released version 0.2',
    ]);
    expect(failing.err).toContain('`npm run guidance -- erratum 0.2 --references --what "…" --why "…"`');

    const recorded = await run(
      root,
      'erratum',
      '0.2',
      '--references',
      '--what',
      'EcoLogits and Ember are cited at the source.',
      '--why',
      'They were cited through republishers.',
      '--date',
      '2027-01-25',
    );
    expect(recorded.err).toBe('');
    expect(recorded.out).toMatch(/recorded corrected entries ecologits-2025, ember-2024 on the references page of version 0\.2/);
    expect(readManifest(root).versions[1].errata.at(-1)).toEqual({
      date: '2027-01-25',
      sources: ['ecologits-2025', 'ember-2024'],
      what: 'EcoLogits and Ember are cited at the source.',
      why: 'They were cited through republishers.',
    });
    // The list is locked again as the registry reads it now.
    const relocked = JSON.parse(readFileSync(join(root, 'content/versions.lock.json'), 'utf8'));
    expect(relocked.versions['0.2'].references).toEqual(locked.versions['0.2'].references);
    expect((await run(root, 'check')).code).toBe(0);
    expect(
      (await run(root, 'erratum', '0.2', '--references', '--what', 'Nothing new to correct here.', '--why', 'A repeated command.')).err,
    ).toMatch(/no entry on version 0\.2's references page differs/);
  });

  it('locks the reference lists of versions locked before the lock held them, once', async () => {
    const root = tempRoot();
    editLock(root, (lock) => {
      delete lock.versions['0.1']!.references;
      delete lock.versions['0.2']!.references;
    });
    expect(
      checkProblems(root)
        .map((p) => p.message)
        .filter((m) => /reference list of released version/.test(m)),
    ).toHaveLength(2);

    const adopted = await run(root, 'init-lock', '--references');
    expect(adopted.err).toBe('');
    expect(adopted.out).toMatch(/locked the reference lists of 0\.1 \(9 entries\), 0\.2 \(\d+ entries\)/);
    const lock = JSON.parse(readFileSync(join(root, 'content/versions.lock.json'), 'utf8'));
    // Each version locks what its own page lists: 0.1 cites no EcoLogits, 0.2 does.
    expect(Object.keys(lock.versions['0.1'].references)).not.toContain('ecologits-2025');
    expect(Object.keys(lock.versions['0.2'].references)).toEqual(expect.arrayContaining(['ecologits-2025', 'ember-2024', 'malmodin-2020']));
    expect((await run(root, 'check')).code).toBe(0);
  });

  it('fails check when frozen results are edited by hand', async () => {
    const root = tempRoot();
    runGolden(['--adopt', '0.2'], root, () => {});
    const golden = join(root, 'tests/golden/0.2/inference/translation.json');
    editFile(golden, (t) => t.replace('"title": "', '"title": "Edited: '));
    expect(
      checkProblems(root)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/the frozen results of version 0\.2 differ from what the lock recorded/);
    expect(
      (await run(root, 'erratum', '0.2', '--results', '--what', 'An edit made by hand to a file.', '--why', 'To show it is refused.')).err,
    ).toMatch(/differs from what the lock recorded: restore it/);
  });

  it('fails check when a file is added to or deleted from a released version', async () => {
    const root = tempRoot();
    cpSync(join(root, 'content/guidance/0.1/questions.mdx'), join(root, 'content/guidance/0.1/more-questions.mdx'));
    editFile(join(root, 'content/guidance/0.1/more-questions.mdx'), (t) =>
      t.replace(/^chapterId: .*$/m, 'chapterId: more-questions').replace(/^order: \d+$/m, 'order: 9'),
    );
    rmSync(join(root, 'content/guidance/0.1/contributing.mdx'));
    const problems = checkProblems(root).map((p) => `${p.file}: ${p.message}`);
    expect(problems.some((p) => /more-questions\.mdx: a file has been added to released version 0\.1/.test(p))).toBe(true);
    expect(problems.some((p) => /contributing\.mdx: a file of released version 0\.1 has been deleted/.test(p))).toBe(true);
  });

  it('fails check when a released version changes its coefficient pin', () => {
    const root = tempRoot();
    editManifest(root, (m) => (m.versions[0].coefficientSet = 'cs-2026-11'));
    expect(
      checkProblems(root)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/released pinning cs-2025-10/);
  });

  it('withdraws a superseded version, keeping its files', async () => {
    const root = tempRoot();
    const result = await run(
      root,
      'withdraw',
      '0.1',
      '--reason',
      'Its principles were replaced by the framework of 0.2.',
      '--date',
      '2027-02-01',
    );
    expect(result.code).toBe(0);
    expect(readManifest(root).versions[0]).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: 'Its principles were replaced by the framework of 0.2.',
      withdrawnDate: '2027-02-01',
    });
    expect(existsSync(join(root, 'content/guidance/0.1/principles.mdx'))).toBe(true);
    expect((await run(root, 'check')).code).toBe(0);
    expect((await run(root, 'withdraw', '0.1', '--reason', 'Again, for the same reason.')).err).toMatch(/already withdrawn/);
  });
});
