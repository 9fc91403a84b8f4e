import { afterEach, describe, expect, it, vi } from 'vitest';
import { gzipSync } from 'node:zlib';
import visibleData from '../../../src/islands/shared/visible-data.ts';
import { LOAD_FAILED_TEXT, STATIC_NOTE_CLASS, STATIC_NOTE_TEXT } from '../../../src/islands/shared/static-note.ts';

/**
 * The directive in Node, with the few browser objects it touches stood in: an IntersectionObserver whose
 * callback the test calls, a document that makes elements, fetch, and an island element.
 */
function setUp({ response, withFile = true, context }: { response?: () => Promise<Response>; withFile?: boolean; context?: object } = {}) {
  const src = '/_data/islands/0123456789abcdef.json.gz';
  let seen: ((entries: { isIntersecting: boolean }[]) => void) | undefined;
  const observed: unknown[] = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: typeof seen) {
        seen = callback;
      }
      observe(target: unknown) {
        observed.push(target);
      }
      disconnect() {}
    },
  );
  vi.stubGlobal('document', {
    getElementById: () => null,
    createElement: (name: string) => ({ name, type: '', id: '', textContent: '' }),
  });
  const fetch = vi.fn(response ?? (async () => new Response(gzipSync('{"outcome":{"ok":true}}'))));
  vi.stubGlobal('fetch', fetch);
  const note = { textContent: STATIC_NOTE_TEXT };
  const placed: { id: string; type: string; textContent: string }[] = [];
  const island = {
    children: [{ part: 1 }, { part: 2 }],
    before: (block: (typeof placed)[number]) => placed.push(block),
    querySelector: (selector: string) => (selector === `.${STATIC_NOTE_CLASS}` ? note : null),
  };
  // What was on the page when hydration began: the island reads its props then.
  const atHydration: number[] = [];
  const hydrate = vi.fn(async () => {
    atHydration.push(placed.length);
  });
  const load = vi.fn(async () => hydrate);
  const value = { id: 'calc-counterfactual-data', ...(withFile ? { src } : {}), ...(context ? { context } : {}) };
  void visibleData(load, { name: 'Counterfactual', value } as never, island as never);
  const comeIntoView = async () => {
    seen!([{ isIntersecting: false }, { isIntersecting: true }]);
    await vi.waitFor(() => expect(hydrate.mock.calls.length + (note.textContent === LOAD_FAILED_TEXT ? 1 : 0)).toBe(1));
  };
  return {
    fetch,
    load,
    hydrate,
    atHydration,
    placed,
    note,
    observed,
    island,
    comeIntoView,
    notYet: () => seen!([{ isIntersecting: false }]),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('client:visible-data', () => {
  it('watches the island’s children and loads nothing until one is in view', () => {
    const { fetch, load, observed, island, notYet } = setUp();
    expect(observed).toEqual(island.children);
    notYet();
    expect(fetch).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
  });

  it('in view, fetches the props file beside the code, puts it before the island as the data block, then hydrates', async () => {
    const { fetch, load, hydrate, atHydration, placed, comeIntoView } = setUp();
    await comeIntoView();
    expect(atHydration).toEqual([1]);
    expect(fetch).toHaveBeenCalledWith('/_data/islands/0123456789abcdef.json.gz');
    expect(load).toHaveBeenCalledTimes(1);
    expect(placed).toEqual([
      { name: 'script', type: 'application/json', id: 'calc-counterfactual-data', textContent: '{"outcome":{"ok":true}}' },
    ]);
    expect(hydrate).toHaveBeenCalledTimes(1);
  });

  it('joins the file with the page’s own context (island-props-split.ts) into the data block', async () => {
    const { placed, comeIntoView } = setUp({
      response: async () => new Response(gzipSync('{"outcome":{"ok":true},"sources":{"s":"Source, 2025"}}')),
      context: { island: 'counterfactual', version: '0.2' },
    });
    await comeIntoView();
    expect(JSON.parse(placed[0]!.textContent)).toEqual({
      outcome: { ok: true },
      context: { island: 'counterfactual', version: '0.2', sources: { s: 'Source, 2025' } },
    });
  });

  it('without a file (the dev server, where the block is on the page) is client:visible', async () => {
    const { fetch, hydrate, placed, comeIntoView } = setUp({ withFile: false });
    await comeIntoView();
    expect(fetch).not.toHaveBeenCalled();
    expect(placed).toEqual([]);
    expect(hydrate).toHaveBeenCalledTimes(1);
  });

  it('when the props cannot be loaded, does not hydrate and says so in the island’s note', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const { hydrate, note, comeIntoView } = setUp({ response: async () => new Response('gone', { status: 404 }) });
      await comeIntoView();
      expect(note.textContent).toBe(LOAD_FAILED_TEXT);
      expect(hydrate).not.toHaveBeenCalled();
      // The failure still reaches the console, naming the file.
      await vi.waitFor(() => expect(unhandled).toHaveBeenCalled());
      expect(String(unhandled.mock.calls[0]![0])).toContain('/_data/islands/0123456789abcdef.json.gz: 404');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
