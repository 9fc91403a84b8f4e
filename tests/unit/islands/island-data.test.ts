import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataElementId, openingResult, propsOf, setPropsApart } from '../../../src/islands/shared/island-data.ts';
import type { IslandProps } from '../../../src/islands/shared/types.ts';
import { ISLAND_DATA_STORE } from '../../../src/islands/shared/island-data-store.ts';
import { createIslandDataStore } from '../../../src/integrations/island-data-files.ts';

const props = (island: string, note: string): IslandProps<unknown, { note: string }> =>
  ({
    context: { island },
    fields: [{ kind: 'number', path: 'a', label: 'A', unit: 'Wh', min: 0, max: 1, help: note }],
    input: { a: 0.5 },
    outcome: { ok: true, view: { note }, coefficientIds: [], sourceIds: ['s'] },
    coefficients: [],
  }) as unknown as IslandProps<unknown, { note: string }>;

/** A page holding these data blocks, as far as propsOf reads one (the engine's tests run in Node, without a DOM). */
const pageWith = (blocks: Record<string, string>) =>
  vi.stubGlobal('document', { getElementById: (id: string) => (id in blocks ? { textContent: blocks[id] } : null) });

/** Reads the island's props as the browser would: from the data block on the page. */
const inBrowser = <P extends object>(id: string, json: string, hydrate: { propsOnPage: string }): P => {
  pageWith({ [id]: json });
  return propsOf<P>(hydrate);
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the props an island hydrates from', () => {
  it('leave the hydration attribute: the island is hydrated with the id of the data block that holds them', () => {
    const given = props('boundary-explorer', 'figure');
    const apart = setPropsApart(given);
    expect(apart.hydrate).toEqual({ propsOnPage: 'calc-boundary-explorer-data' });
    expect(apart.directive).toEqual({ id: dataElementId('boundary-explorer') });
    // No build store open (as in the dev server): the block goes on the page.
    expect(apart.block?.id).toBe(dataElementId('boundary-explorer'));
    expect(JSON.parse(apart.block!.json)).toEqual(given);
  });

  it('go to a file of the build while a build is open, and no block goes on the page', () => {
    const store = createIslandDataStore();
    vi.stubGlobal(ISLAND_DATA_STORE, store);
    const given = props('counterfactual', 'in a file');
    const apart = setPropsApart(given);
    expect(apart.block).toBeUndefined();
    expect(apart.directive.id).toBe(dataElementId('counterfactual'));
    expect(apart.directive.src).toMatch(/^\/_data\/islands\/[0-9a-f]{16}\.json\.gz$/);
    // The file holds the same JSON the server rendered from.
    expect(JSON.parse(store.files.get(apart.directive.src!)!)).toEqual(given);
    expect(propsOf<typeof given>(apart.hydrate)).toEqual(given);
    // The same props again (the workbench showing a chapter's example) are the same file; other props another.
    expect(setPropsApart(props('counterfactual', 'in a file')).directive.src).toBe(apart.directive.src);
    expect(setPropsApart(props('counterfactual', 'elsewhere')).directive.src).not.toBe(apart.directive.src);
    expect(store.files.size).toBe(2);
  });

  it('are the same at build time and in the browser, and read once per page', () => {
    const given = props('counterfactual', 'same');
    const apart = setPropsApart(given);
    // At build time (the server render): the props set apart for that id, as the JSON gives them.
    const built = propsOf<typeof given>(apart.hydrate);
    expect(built).toEqual(given);
    const read = inBrowser<typeof given>(apart.block!.id, apart.block!.json, apart.hydrate);
    expect(read).toEqual(built);
    expect(openingResult(read)).toEqual(given.outcome);
    // Every later render gets the same object (hooks compare props by identity).
    expect(propsOf<typeof given>(apart.hydrate)).toBe(read);
  });

  it('are written as JSON that no text in them can close the element with', () => {
    const { block } = setPropsApart(props('training-amortisation', '</script><script>alert(1)</script><!--'));
    expect(block!.json).not.toContain('<');
    expect(JSON.parse(block!.json).outcome.view.note).toBe('</script><script>alert(1)</script><!--');
  });

  it('are taken as given when passed directly (tests render islands so)', () => {
    const given = props('data-quality-tiers', 'x');
    expect(propsOf(given)).toBe(given);
    expect(openingResult(given)).toBe(given.outcome);
  });

  it('name what is missing: an island without a result, or a data block not on the page', () => {
    const { outcome: _, ...without } = props('disclosure-builder', 'y');
    expect(() => setPropsApart(without)).toThrow(/"disclosure-builder": no worked-example result/);
    expect(() => openingResult(without)).toThrow(/"disclosure-builder": its props carry no opening result/);
    pageWith({});
    expect(() => propsOf({ propsOnPage: 'calc-nowhere-data' })).toThrow(/#calc-nowhere-data is missing from the page/);
  });
});
