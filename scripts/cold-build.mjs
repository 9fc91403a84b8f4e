// What both build benchmarks (bench-site.mjs and bench-starlight.mjs) clear before every build they time, so
// each is a build from nothing, as in CI. Astro keeps the parsed content of the last build (its data store)
// and Vite its dependency cache under node_modules; a build of the same content again reuses them. The
// benchmarks' copies of this project link the project's own node_modules, so this clears the project's
// caches too (a cache only: the next build remakes it); Starlight's live in its install folder.
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const ASTRO_CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'];

/** Removes the last build's output and Astro's and Vite's caches in the site folder `dir`. */
export function clearBuildCaches(dir) {
  for (const name of ASTRO_CACHES) rmSync(join(dir, name), { recursive: true, force: true });
}
