/**
 * An island's props, kept out of the attribute Astro hydrates it from. Astro writes every prop of a hydrated
 * component into an HTML attribute in its own typed encoding ([0, value] around every value, then
 * HTML-escaped, so each quote becomes `&quot;`): the worked example's result, the fields, the coefficients'
 * labels and the links came to 20-60 kB per island and about 340 kB per guidance version, the largest part
 * of a version's pages after their text. The island is hydrated with only the id of a plain JSON data block
 * holding them, and reads its props from that block when it first renders: at build time from this module,
 * in the browser from the page. Both sides read the same JSON, so hydration matches.
 *
 * Where the block comes from: in a build, the props are a file of their own (gzipped, named by their
 * content, so the chapter and the workbench showing the same example share one, and so do the versions that
 * pin the same coefficient set: island-props-split.ts), which the island's `client:visible-data` directive
 * (visible-data.ts) fetches when the island comes into view and puts on the page, joined with the page's own
 * context, as the block before hydrating it. The server side (setting the props apart) is
 * island-data-server.ts, which this module's browser half must not import (it hashes with node:crypto). Readers who never scroll to a calculator never load its props, and
 * the output of 10 versions is about 2 MB lighter (decision 0014). In the dev server and in tests, where there is no
 * build to write files into (island-data-store.ts), the wrapper writes the block on the page (IslandData.astro).
 */
import type { IslandProps, ViewOutcome } from './types.ts';
import { islandAnchor } from './url-state.ts';

/** What Astro serialises for a hydrated island: the id of the data block that holds its props. */
export interface PropsOnPage {
  propsOnPage: string;
}

/**
 * The id of an island's data element: the island's anchor and `key`, a digest of its props
 * (island-data-server.ts), so that two pages Astro renders at the same time, each with the same island but
 * other props, never share an id in the build's memory of what each island renders from (below).
 */
export const dataElementId = (island: string, key: string) => `${islandAnchor(island)}-data-${key}`;

/** The `client:visible-data` directive's value: the data block's id and, in a build, the file to fill it from. */
export interface DataDirective {
  id: string;
  /** The props every version pinning the same set shares, as a file (island-props-split.ts). */
  src?: string;
  /** The page's own part of the props, joined with the file's in the browser (island-props-split.ts). */
  context?: object;
}

/** What the island's wrapper renders from: see setPropsApart (island-data-server.ts). */
export interface PropsApart {
  /** The island's only prop. */
  hydrate: PropsOnPage;
  /** The value of the island's `client:visible-data` directive. */
  directive: DataDirective;
  /** The data block to write on the page (IslandData.astro), when the props have no file of their own. */
  block?: { id: string; json: string };
}

const atBuild = new Map<string, unknown>();
const inBrowser = new Map<string, unknown>();

/** Server side: the props the island with data element `id` renders from, exactly as the browser will read them. */
export function keepForServerRender(id: string, props: unknown): void {
  atBuild.set(id, props);
}

// The renderer may add its own props (React's children), so only the marker's presence counts.
const isOnPage = (given: object): given is PropsOnPage => typeof (given as Partial<PropsOnPage>).propsOnPage === 'string';

/**
 * An island's props: given directly (tests render islands so), or read from the island's data block. Read
 * once per page and kept, so every render of the island gets the same object.
 */
export function propsOf<P extends object>(given: P | PropsOnPage): P {
  if (!isOnPage(given)) return given;
  const id = given.propsOnPage;
  if (typeof document === 'undefined') {
    if (!atBuild.has(id)) throw new Error(`Island data #${id} was not set apart before the island rendered`);
    return atBuild.get(id) as P;
  }
  if (!inBrowser.has(id)) {
    const text = document.getElementById(id)?.textContent;
    if (!text) throw new Error(`Island data element #${id} is missing from the page`);
    inBrowser.set(id, JSON.parse(text));
  }
  return inBrowser.get(id) as P;
}

/** The result the island opens with (its worked example's), which every island's props carry. */
export function openingResult<V>(props: IslandProps<unknown, V>): ViewOutcome<V> {
  if (!props.outcome) throw new Error(`Island "${props.context.island}": its props carry no opening result`);
  return props.outcome;
}
