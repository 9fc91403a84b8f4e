/** The provisions a comparison made in the browser reads: their words as a digest, which the diff compares. */
import { describe, expect, it } from 'vitest';
import { textDigest } from '../../../src/lib/compare-data.ts';
import { provisionChanges, type Provision, type VersionProvisions } from '../../../src/lib/provisions.ts';

const rule = (id: string, text: string): Provision => ({ id, anchor: id, level: 'shall', chapter: 'intro', text, replaces: [] });
const versions: VersionProvisions[] = [
  { id: '0.3', provisions: [rule('GEN-1', 'Name the version.'), rule('GEN-2', 'Say so.')], retired: [] },
  { id: '0.4', provisions: [rule('GEN-1', 'Name the version and the set.'), rule('GEN-2', 'Say so.')], retired: [] },
];
const digested = async (v: VersionProvisions) => ({
  ...v,
  provisions: await Promise.all(v.provisions.map(async (p) => ({ ...p, text: await textDigest(p.text) }))),
});

describe('compare data', () => {
  it('digests a provision’s words in 16 hexadecimal digits, equal exactly when the words are', async () => {
    expect(await textDigest('Say so.')).toMatch(/^[0-9a-f]{16}$/);
    expect(await textDigest('Say so.')).toBe(await textDigest('Say so.'));
    expect(await textDigest('Say so.')).not.toBe(await textDigest('Say so!'));
  });

  it('gives the provisions diff what the words give it', async () => {
    const words = provisionChanges(versions, '0.3', '0.4');
    const digests = provisionChanges(await Promise.all(versions.map(digested)), '0.3', '0.4');
    const ids = (c: typeof words) => ({
      changed: c.changed.map((x) => [x.to.id, x.what]),
      unchanged: c.unchanged.map((p) => p.id),
    });
    expect(ids(digests)).toEqual(ids(words));
    expect(ids(words)).toEqual({ changed: [['GEN-1', ['text changed']]], unchanged: ['GEN-2'] });
  });
});
