/**
 * Preloaded into `astro build` by `npm run build` (scripts/build.mjs: `node --import` this file): tells the
 * build, over the IPC channel, each HTML file Astro has finished writing, so that the hardening step can start
 * on it while Astro renders other pages.
 *
 * Why not Astro's log, which the build read before: its "written" part names no page of its own. Rendering
 * several pages at once (astro.config.mjs, `build.concurrency`), Astro interleaves one page's start with another
 * page's finishing time on one line, and a trial with four at once hardened pages before Astro wrote them,
 * which were then overwritten unhardened. The end of Astro's own write is the one certain signal, whatever the
 * concurrency. Astro 7 writes every page with `fs.promises.writeFile` (core/build/generate.js); should it stop
 * doing so, no page is reported, and the build hardens them all when Astro finishes (site-hardening.ts
 * `finish`): slower, never wrong.
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
