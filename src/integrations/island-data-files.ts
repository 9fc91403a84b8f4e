/**
 * The islands' props as files of their own (why: src/islands/shared/island-data.ts). Registers the
 * `client:visible-data` directive that loads them (src/islands/shared/visible-data.ts); during `astro build`
 * keeps a store the island wrappers add their props to while pages render, and when the build is done writes
 * each distinct props file once, gzipped, named by a hash of its content: the same worked example on a
 * chapter and on the workbench is one file, and a file's address changes whenever its content does, so a
 * host may cache it for ever.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ISLAND_DATA_STORE, type IslandDataStore } from '../islands/shared/island-data-store.ts';
import { islandDataHref } from '../lib/paths.ts';

/** The build's store, with the files it has been given: address to JSON text. */
type FileStore = IslandDataStore & { files: Map<string, string> };

export function createIslandDataStore(): FileStore {
  const files = new Map<string, string>();
  return {
    files,
    add(json) {
      // 16 hex digits of SHA-256: a collision among a site's few hundred files is not a practical concern.
      const href = islandDataHref(createHash('sha256').update(json).digest('hex').slice(0, 16));
      files.set(href, json);
      return href;
    },
  };
}

/** Writes each file of `files` under `dir`, gzipped; returns how many. */
export function writeIslandData(dir: string, files: Map<string, string>): number {
  for (const [href, json] of files) {
    const path = join(dir, href);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, gzipSync(json, { level: 9 }));
  }
  return files.size;
}

type Global = { [ISLAND_DATA_STORE]?: FileStore };

export function islandDataFiles(): AstroIntegration {
  const global = globalThis as Global;
  return {
    name: 'island-data-files',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        // A path, not a URL: Astro hands the entrypoint to esbuild as an import specifier.
        const entrypoint = fileURLToPath(new URL('../islands/shared/visible-data.ts', import.meta.url));
        addClientDirective({ name: 'visible-data', entrypoint });
      },
      'astro:build:start': () => {
        global[ISLAND_DATA_STORE] = createIslandDataStore();
      },
      'astro:build:done': ({ dir, logger }) => {
        const store = global[ISLAND_DATA_STORE];
        delete global[ISLAND_DATA_STORE];
        if (!store) throw new Error('island-data-files: the store opened at the start of the build is gone');
        logger.info(`wrote ${writeIslandData(fileURLToPath(dir), store.files)} island props files`);
      },
    },
  };
}
