import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { WrittenPage } from '../../../scripts/site-checks/report-written-pages.ts';

const reporter = new URL('../../../scripts/site-checks/report-written-pages.ts', import.meta.url).href;

describe('report-written-pages: the build learns of each page once Astro has written it', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports each HTML file after its write has finished, by path or file URL, and no other file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'written-'));
    const a = join(dir, 'a.html');
    const b = join(dir, 'b.html');
    // As Astro writes pages (core/build/generate.js): fs.promises.writeFile with a file URL.
    const script = join(dir, 'writes.mjs');
    writeFileSync(
      script,
      `import fs from 'node:fs';
      await fs.promises.writeFile(new URL(${JSON.stringify(pathToFileURL(a).href)}), '<p>a</p>');
      await fs.promises.writeFile(${JSON.stringify(join(dir, 'data.json'))}, '{}');
      await fs.promises.writeFile(${JSON.stringify(b)}, '<p>b</p>');`,
    );
    const child = spawn(process.execPath, ['--import', reporter, script], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const reported: { path: string; content: string }[] = [];
    // The file is complete when it is reported: read it at once.
    child.on('message', ({ written }: WrittenPage) => reported.push({ path: written, content: readFileSync(written, 'utf8') }));
    const status = await new Promise((resolve) => child.once('close', resolve));
    expect(status).toBe(0);
    expect(reported).toEqual([
      { path: a, content: '<p>a</p>' },
      { path: b, content: '<p>b</p>' },
    ]);
  }, 30_000);

  it('changes nothing in a process started without the IPC channel', async () => {
    dir = mkdtempSync(join(tmpdir(), 'written-'));
    const script = join(dir, 'check.mjs');
    writeFileSync(script, `import fs from 'node:fs'; console.log(fs.promises.writeFile.name);`);
    const child = spawn(process.execPath, ['--import', reporter, script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await new Promise((resolve) => child.once('close', resolve));
    expect(out.trim()).toBe('writeFile');
  }, 30_000);
});
