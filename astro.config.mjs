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
  // Four pages at a time: rendering one at a time, Astro waits on file writes for about a tenth of the render
  // (at 10 synthetic versions, concurrency 1, 2, 4 and 8 rendered in 3.75, 3.59, 3.41 and 3.65 s). Safe because
  // every island's props are kept under an id that carries a digest of them (src/islands/shared/
  // island-data-server.ts): pages in flight at once cannot read each other's. The build's search order and
  // output do not depend on it (scripts/build.mjs hands pages over in the order Astro starts them).
  build: { format: 'directory', concurrency: 4 },
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
