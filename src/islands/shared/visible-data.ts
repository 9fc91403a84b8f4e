/**
 * `client:visible-data={directive}`: Astro's `client:visible`, plus the island's props. When the island
 * first comes into view, its code and (in a build) its props file are fetched side by side; the props go on
 * the page as the data block the island reads them from (island-data.ts), then the island hydrates. With
 * no `src` (the dev server) the block is on the page already and this is `client:visible`.
 *
 * Registered by src/integrations/island-data-files.ts; Astro inlines it (minified) on pages with an island,
 * and the build moves it with Astro's island runtime into one shared file (src/integrations/island-runtime.ts).
 * If the code or the props cannot be loaded, the island stays as the server rendered it (its worked
 * example's result, readable and correct, inputs disabled), its note says the calculator could not be
 * loaded, and the console names what failed.
 */
import type { ClientDirective } from 'astro';
import type { DataDirective } from './island-data.ts';
import { fetchText } from '../../lib/gzipped-json.ts';
import { joinProps } from './island-props-split.ts';
import { LOAD_FAILED_TEXT, STATIC_NOTE_CLASS } from './static-note.ts';

/**
 * Puts the props fetched from `src`, joined with the page's own `context` (island-props-split.ts), on the
 * page as the data block `id`, before the island.
 */
async function placeBlock(island: HTMLElement, { id, src, context }: DataDirective): Promise<void> {
  if (!src || document.getElementById(id)) return;
  const text = await fetchText(src);
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = id;
  block.textContent = context ? JSON.stringify(joinProps(JSON.parse(text), context as never)) : text;
  island.before(block);
}

const visibleData: ClientDirective = (load, options, island) => {
  // Astro types a directive's value as a string; this one is the object the wrapper gave (island-data.ts).
  const directive = options.value as unknown as DataDirective;
  const start = async () => {
    const [hydrate] = await Promise.all([load(), placeBlock(island, directive)]);
    await hydrate();
  };
  const failed = (error: unknown) => {
    const note = island.querySelector(`.${STATIC_NOTE_CLASS}`);
    if (note) note.textContent = LOAD_FAILED_TEXT;
    throw error;
  };
  // As Astro's own client:visible: the island element is `display: contents`, so its children are watched.
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    void start().catch(failed);
  });
  for (const child of island.children) observer.observe(child);
};

export default visibleData;

// Lets templates write the directive with its value checked (Astro's documented way to type a custom one).
declare module 'astro' {
  interface AstroClientDirectives {
    'client:visible-data'?: DataDirective;
  }
}
