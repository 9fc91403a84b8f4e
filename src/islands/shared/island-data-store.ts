/**
 * Where a build keeps the islands' props files while Astro renders (src/integrations/island-data-files.ts
 * opens it at the start of `astro build` and writes its files when the build is done). Shared through
 * `globalThis` because the island wrappers run in Astro's bundled server code, a different module instance
 * from the integration's, in the same process. No store (the dev server, tests): props stay on the page.
 */

/** The key both sides find the store under. */
export const ISLAND_DATA_STORE = Symbol.for('genai-media-guidance.island-data-store');

export interface IslandDataStore {
  /** Keeps one island's props (JSON text) and returns the address the browser fetches them from. */
  add(json: string): string;
}

/** The open store during `astro build`, else undefined. */
export const islandDataStore = (): IslandDataStore | undefined =>
  (globalThis as { [ISLAND_DATA_STORE]?: IslandDataStore })[ISLAND_DATA_STORE];
