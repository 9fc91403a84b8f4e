/**
 * The worked example's result an island opens with, kept out of its hydration props. Astro writes every
 * prop of a hydrated component into an HTML attribute in its own typed encoding ([0, value] around every
 * value, then HTML-escaped): the result, most of an island's props, came to about 70 kB per island and
 * 150 kB on a workbench. The wrapper writes it once as a JSON data block beside the island instead
 * (IslandResult.astro), and the island reads it from there when it first renders: at build time from this
 * module, in the browser from the page. The same object either way, so hydration matches.
 */
import type { IslandProps, ViewOutcome } from './types.ts';
import { islandAnchor } from './url-state.ts';

/** The id of an island's result element: one island of each calculator per page, as its anchor already requires. */
export const resultElementId = (island: string) => `${islandAnchor(island)}-result`;

const atBuild = new Map<string, ViewOutcome<unknown>>();

/**
 * Build time, in the island's wrapper: the props to hydrate with (without the result), and the element id
 * and JSON of the result for IslandResult.astro. `<` is escaped so no text in it can close the element.
 */
export function setResultApart<I, V>(props: IslandProps<I, V>): { props: IslandProps<I, V>; id: string; json: string } {
  const { outcome, ...rest } = props;
  if (!outcome) throw new Error(`Island "${props.context.island}": no worked-example result to set apart`);
  const id = resultElementId(props.context.island);
  atBuild.set(id, outcome);
  return { props: rest, id, json: JSON.stringify(outcome).replace(/</g, '\\u003c') };
}

/** The result the island opens with: its prop when given one (tests), else the one set apart for it. */
export function openingResult<V>(props: IslandProps<unknown, V>): ViewOutcome<V> {
  if (props.outcome) return props.outcome;
  const id = resultElementId(props.context.island);
  const outcome = typeof document === 'undefined' ? atBuild.get(id) : JSON.parse(document.getElementById(id)?.textContent ?? 'null');
  if (!outcome) throw new Error(`Island "${props.context.island}": its result element #${id} is missing`);
  return outcome as ViewOutcome<V>;
}
