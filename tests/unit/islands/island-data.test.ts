import { afterEach, describe, expect, it, vi } from 'vitest';
import { openingResult, propsOf } from '../../../src/islands/shared/island-data.ts';
import { setPropsApart } from '../../../src/islands/shared/island-data-server.ts';
import type { IslandProps } from '../../../src/islands/shared/types.ts';
import { ISLAND_DATA_STORE } from '../../../src/islands/shared/island-data-store.ts';
import { createIslandDataStore } from '../../../src/integrations/island-data-files.ts';

const props = (island: string, note: string): IslandProps<unknown, { note: string }> =>
  ({
    context: { island, version: '0.2', links: { references: '/0.2/references/' }, sources: { s: 'Source, 2025' } },
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
    // The island's anchor and a digest of its props.
    expect(apart.hydrate.propsOnPage).toMatch(/^calc-boundary-explorer-data-[0-9a-f]{12}$/);
    expect(apart.directive).toEqual({ id: apart.hydrate.propsOnPage });
    // No build store open (as in the dev server): the block goes on the page.
    expect(apart.block?.id).toBe(apart.hydrate.propsOnPage);
    expect(JSON.parse(apart.block!.json)).toEqual(given);
  });

  it("have an id of their own for other props of the same island, so pages rendered at once never read each other's", () => {
    const first = setPropsApart(props('counterfactual', 'page one'));
    const second = setPropsApart(props('counterfactual', 'page two'));
    expect(second.hydrate.propsOnPage).not.toBe(first.hydrate.propsOnPage);
    // Each island reads its own, whichever was set apart last.
    expect(openingResult(propsOf<ReturnType<typeof props>>(first.hydrate))).toMatchObject({ view: { note: 'page one' } });
    expect(openingResult(propsOf<ReturnType<typeof props>>(second.hydrate))).toMatchObject({ view: { note: 'page two' } });
    expect(setPropsApart(props('counterfactual', 'page one')).hydrate).toEqual(first.hydrate);
  });

  it('go to a file of the build, shared by versions, and the page keeps its own context, while a build is open', () => {
    const store = createIslandDataStore();
    vi.stubGlobal(ISLAND_DATA_STORE, store);
    const given = props('counterfactual', 'in a file');
    const apart = setPropsApart(given);
    expect(apart.block).toBeUndefined();
    expect(apart.directive.id).toBe(apart.hydrate.propsOnPage);
    expect(apart.directive.src).toMatch(/^\/_data\/islands\/[0-9a-f]{16}\.json\.gz$/);
    // The page carries its context but the sources; the file the rest, with the sources.
    const { sources, ...pageContext } = given.context;
    expect(apart.directive.context).toEqual(pageContext);
    const file = JSON.parse(store.files.get(apart.directive.src!)!);
    expect(file.context).toBeUndefined();
    expect(file.sources).toEqual(sources);
    // The server renders from what the browser joins: the props as given.
    expect(propsOf<typeof given>(apart.hydrate)).toEqual(given);
    // The same props again (the workbench showing a chapter's example) are the same file; other props another.
    expect(setPropsApart(props('counterfactual', 'in a file')).directive.src).toBe(apart.directive.src);
    expect(setPropsApart(props('counterfactual', 'elsewhere')).directive.src).not.toBe(apart.directive.src);
    // Another version's page with the same example: its own context and id, the same file.
    const later = {
      ...given,
      context: { ...given.context, version: '0.3', links: { ...given.context.links, references: '/0.3/references/' } },
    };
    const laterApart = setPropsApart(later);
    expect(laterApart.directive.src).toBe(apart.directive.src);
    expect(laterApart.hydrate.propsOnPage).not.toBe(apart.hydrate.propsOnPage);
    expect(propsOf<typeof later>(laterApart.hydrate)).toEqual(later);
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
