// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { dropHarmlessWarnings } from './src/integrations/build-log.ts';
import { chunkFileName, noPreloadHelper } from './src/integrations/client-bundle.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { siteHardening } from './src/integrations/site-hardening.ts';

// SITE_URL is the public address the site is deployed at; citations and canonical links use it.
// Without it, citations show site-relative paths.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx(), react(), siteHardening()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    // Drops only the warnings src/integrations/build-log.ts lists as harmless, each with its reason.
    build: { rolldownOptions: { onLog: dropHarmlessWarnings } },
    // The browser's bundles: no module-preload helper, shared chunks named for what they hold (why: client-bundle.ts).
    plugins: [noPreloadHelper()],
    environments: { client: { build: { rolldownOptions: { output: { chunkFileNames: chunkFileName } } } } },
  },
});
