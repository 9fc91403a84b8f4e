// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { dropHarmlessWarnings } from './src/integrations/build-log.ts';
import { chunkFileName, codeSplitting, noPreloadHelper } from './src/integrations/client-bundle.ts';
import { preactInTheBrowser } from './src/integrations/browser-runtime.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { islandDataFiles } from './src/integrations/island-data-files.ts';
import { siteOrigin } from './src/lib/site-origin.ts';

// The public address canonical links and citations use: the default in src/lib/site-origin.ts, or
// SITE_URL at build time for a deployment elsewhere (README, "Deploying").
const site = siteOrigin(process.env.SITE_URL);

export default defineConfig({
  site,
  // FEEDBACK_TO: where "Comment on this" links (on the current version and drafts) send a pre-filled message:
  // an e-mail address, or an issue-tracker address with {title} and {body} (src/lib/feedback.ts; README,
  // "Deploying"). Unset: no links.
  env: { schema: { FEEDBACK_TO: envField.string({ context: 'server', access: 'public', optional: true }) } },
  trailingSlash: 'always',
  // One page at a time, though four at once rendered a tenth quicker (3.41 s against 3.75 s at 10 synthetic
  // versions): the islands' wrappers set their props aside under an id unique within a page only
  // (src/islands/shared/island-data.ts), and the island reads them back after awaits in which, with several
  // pages in flight, another page could set its own. Four at once gave byte-identical builds in three
  // comparisons, but nothing rules the mix-up out. Raise this only once that lookup is per page.
  build: { format: 'directory', concurrency: 1 },
  // The built pages are hardened (CSP and more) by `npm run build` after Astro: src/integrations/site-hardening.ts.
  // Islands' props as files of their own, loaded with the island: src/integrations/island-data-files.ts.
  integrations: [contentGuard(), mdx(), react(), islandDataFiles()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    // Drops only the warnings src/integrations/build-log.ts lists as harmless, each with its reason.
    build: { rolldownOptions: { onLog: dropHarmlessWarnings } },
    // The browser's bundles: the islands on Preact's React layer (why: browser-runtime.ts), no module-preload
    // helper, what every island loads grouped, chunks named for what they hold (why: client-bundle.ts).
    plugins: [preactInTheBrowser(), noPreloadHelper()],
    environments: { client: { build: { rolldownOptions: { output: { chunkFileNames: chunkFileName, codeSplitting } } } } },
  },
});
