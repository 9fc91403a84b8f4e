import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createIslandDataStore, writeIslandData } from '../../../src/integrations/island-data-files.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the islands' props files", () => {
  it('are named by their content: the same props are one file, different props another', () => {
    const store = createIslandDataStore();
    const a = store.add('{"context":{"island":"counterfactual"},"input":{"hours":2}}');
    expect(store.add('{"context":{"island":"counterfactual"},"input":{"hours":2}}')).toBe(a);
    const b = store.add('{"context":{"island":"counterfactual"},"input":{"hours":3}}');
    expect(b).not.toBe(a);
    expect([a, b].every((href) => /^\/_data\/islands\/[0-9a-f]{16}\.json\.gz$/.test(href))).toBe(true);
    expect(store.files.size).toBe(2);
  });

  it('are written gzipped under the output folder, each once, at their addresses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'island-data-'));
    dirs.push(dir);
    const store = createIslandDataStore();
    const json = JSON.stringify({ outcome: { ok: true, view: { note: 'x'.repeat(2000) } } });
    const href = store.add(json);
    store.add(json);
    expect(writeIslandData(dir, store.files)).toBe(1);
    expect(readdirSync(join(dir, '_data/islands'))).toEqual([href.split('/').pop()]);
    const bytes = readFileSync(join(dir, href));
    expect(bytes.length).toBeLessThan(json.length / 10);
    expect(gunzipSync(bytes).toString('utf8')).toBe(json);
  });
});
