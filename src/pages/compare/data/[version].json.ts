/** /compare/data/<id>.json: one version's side of a comparison made in the browser (src/lib/compare-data.ts). */
import type { APIRoute } from 'astro';
import { compareVersionData } from '../../../lib/compare-data.ts';
import { versionsNewestFirst } from '../../../lib/site-data.ts';

export function getStaticPaths() {
  return versionsNewestFirst().map((v) => ({ params: { version: v.id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await compareVersionData(params.version!)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
