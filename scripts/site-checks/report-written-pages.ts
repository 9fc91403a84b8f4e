/**
 * Preloaded into `astro build` by `npm run build` (scripts/build.mjs: `node --import` this file): tells the
 * build, over the IPC channel, each HTML file Astro has finished writing, so that the hardening step can start
 * on it while Astro renders other pages.
 *
 * Why not Astro's log, which the build read before: Astro renders several pages at once (astro.config.mjs,
 * `build.concurrency`), and then the log's "started" and "written" parts of different pages interleave on one
 * line, so a written time no longer names its page; a page named too early was hardened before Astro wrote
 * it, and then overwritten unhardened. The end of Astro's own write is the one certain signal. Astro 7 writes
 * every page with `fs.promises.writeFile` (core/build/generate.js); should it stop doing so, no page is
 * reported, and the build hardens them all when Astro finishes (site-hardening.ts `finish`): slower, never wrong.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The message sent for each written page: the file's absolute path. */
export interface WrittenPage {
  written: string;
}

const send = process.send?.bind(process);
if (send) {
  const writeFile = fs.promises.writeFile;
  fs.promises.writeFile = async function reportingWriteFile(...args: Parameters<typeof writeFile>) {
    await writeFile(...args);
    const [file] = args;
    const path = file instanceof URL ? fileURLToPath(file) : typeof file === 'string' ? file : undefined;
    if (path?.endsWith('.html')) send({ written: path } satisfies WrittenPage);
  };
}
