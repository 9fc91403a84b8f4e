import { afterEach, describe, expect, it, vi } from 'vitest';
import { gzipSync } from 'node:zlib';
import { fetchJson, fetchText, isGzip, textOf } from '../../../src/lib/gzipped-json.ts';

const json = JSON.stringify({ text: 'Émissions par requête — 0.24 Wh', list: Array.from({ length: 200 }, (_, i) => i) });
const plain = new TextEncoder().encode(json);
const gzipped = new Uint8Array(gzipSync(json));

/** A fetch that answers every request with `body` and `status`. */
const serving = (body: Uint8Array, status = 200) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body as Uint8Array<ArrayBuffer>, { status })),
  );

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('reading a JSON file stored gzipped', () => {
  it('knows gzip by its two-byte signature, not by the name', () => {
    expect(isGzip(gzipped)).toBe(true);
    expect(isGzip(plain)).toBe(false);
    expect(isGzip(new Uint8Array([0x1f]))).toBe(false);
    expect(isGzip(new Uint8Array())).toBe(false);
  });

  it('inflates gzip and passes text through, the same text either way (a host may inflate it first)', async () => {
    expect(gzipped.length).toBeLessThan(plain.length);
    expect(await textOf(gzipped)).toBe(json);
    expect(await textOf(plain)).toBe(json);
  });

  it('fetches, inflates and parses', async () => {
    serving(gzipped);
    expect(await fetchJson('/_data/islands/x.json.gz')).toEqual(JSON.parse(json));
    serving(plain);
    expect(await fetchText('/compare/data/0.2.json.gz')).toBe(json);
  });

  it('names the file when the request or the response fails, and a corrupt file fails rather than giving text', async () => {
    serving(plain, 404);
    await expect(fetchText('/_data/islands/gone.json.gz')).rejects.toThrow('/_data/islands/gone.json.gz: 404');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(fetchText('/_data/islands/offline.json.gz')).rejects.toThrow('/_data/islands/offline.json.gz: Failed to fetch');
    serving(gzipped.slice(0, 20));
    await expect(fetchJson('/_data/islands/cut.json.gz')).rejects.toThrow();
  });
});
