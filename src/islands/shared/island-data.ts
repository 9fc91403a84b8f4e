/**
 * An island's props, kept out of the attribute Astro hydrates it from. Astro writes every prop of a hydrated
 * component into an HTML attribute in its own typed encoding ([0, value] around every value, then
 * HTML-escaped, so each quote becomes `&quot;`): the worked example's result, the fields, the coefficients'
 * labels and the links came to 20-60 kB per island and about 340 kB per guidance version, the largest part
 * of a version's pages after their text. The island's wrapper writes them once as a plain JSON data block
 * beside the island instead (IslandData.astro), about 45 % smaller, and hydrates the island with only that
 * block's id. The island reads its props from there when it first renders: at build time from this module,
 * in the browser from the page. Both sides read the same JSON, so hydration matches.
 */
import type { IslandContext, IslandProps, ViewOutcome } from './types.ts';
import { islandAnchor } from './url-state.ts';

/** What Astro serialises for a hydrated island: the id of the data block that holds its props. */
export interface PropsOnPage {
  propsOnPage: string;
}

/** The id of an island's data element: one island of each calculator per page, as its anchor already requires. */
export const dataElementId = (island: string) => `${islandAnchor(island)}-data`;

const atBuild = new Map<string, unknown>();
const inBrowser = new Map<string, unknown>();

/**
 * Build time, in the island's wrapper: what to hydrate the island with, and the element id and JSON of its
 * props for IslandData.astro. `<` is escaped so no text in it can close the element.
 */
export function setPropsApart<P extends { context: IslandContext; outcome?: ViewOutcome<unknown> }>(
  props: P,
): { hydrate: PropsOnPage; id: string; json: string } {
  if (!props.outcome) throw new Error(`Island "${props.context.island}": no worked-example result to open with`);
  const id = dataElementId(props.context.island);
  const json = JSON.stringify(props);
  // The server renders from the JSON too, so what it renders from is exactly what the browser will read.
  atBuild.set(id, JSON.parse(json));
  return { hydrate: { propsOnPage: id }, id, json: json.replace(/</g, '\\u003c') };
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
