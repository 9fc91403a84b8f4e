/**
 * /compare/data/<id>.json.gz: one version's side of a comparison made in the browser (src/lib/compare-data.ts),
 * stored gzipped (about 160 kB of JSON a version, 48 kB gzipped) and inflated by the page
 * (src/lib/gzipped-json.ts, where the reason is).
 */
import type { APIRoute } from 'astro';
import { gzipSync } from 'node:zlib';
import { compareVersionData } from '../../../lib/compare-data.ts';
import { versionsNewestFirst } from '../../../lib/site-data.ts';

export function getStaticPaths() {
  return versionsNewestFirst().map((v) => ({ params: { version: v.id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(gzipSync(JSON.stringify(await compareVersionData(params.version!)), { level: 9 }), {
    headers: { 'content-type': 'application/gzip' },
  });
