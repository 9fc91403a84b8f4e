/**
 * The server side of an island's props (why they travel apart from the island: island-data.ts): run by each
 * island's wrapper (Island.astro) while Astro renders a page. Server only: it hashes with node:crypto.
 */
import { createHash } from 'node:crypto';
import { islandDataStore } from './island-data-store.ts';
import { dataElementId, keepForServerRender, type PropsApart } from './island-data.ts';
import { joinProps, splitProps } from './island-props-split.ts';
import type { IslandContext, ViewOutcome } from './types.ts';

/**
 * What to hydrate the island with, and where its props go: in a build, a file shared by the versions that
 * pin the same set (the directive's `src`) and the page's own context (the directive's `context`); else a
 * data block on the page, whose JSON has `<` escaped so no text in it can close the element. The data
 * element's id carries a digest of the props (dataElementId), and the server renders from the props the
 * browser will read, as JSON gives them.
 */
export function setPropsApart<P extends { context: IslandContext; outcome?: ViewOutcome<unknown> }>(props: P): PropsApart {
  if (!props.outcome) throw new Error(`Island "${props.context.island}": no worked-example result to open with`);
  const json = JSON.stringify(props);
  // 12 hex digits of SHA-256: the id need only differ between the few pages in flight at once.
  const id = dataElementId(props.context.island, createHash('sha256').update(json).digest('hex').slice(0, 12));
  const hydrate = { propsOnPage: id };
  const store = islandDataStore();
  if (store) {
    const { shared, page } = splitProps(JSON.parse(json) as P);
    const sharedJson = JSON.stringify(shared);
    keepForServerRender(id, joinProps<P>(JSON.parse(sharedJson), page));
    return { hydrate, directive: { id, src: store.add(sharedJson), context: page } };
  }
  keepForServerRender(id, JSON.parse(json));
  return { hydrate, directive: { id }, block: { id, json: json.replace(/</g, '\\u003c') } };
}
