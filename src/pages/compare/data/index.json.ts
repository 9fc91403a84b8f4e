/** /compare/data/index.json: every version's chapters and the comparisons built as pages (src/lib/compare-data.ts). */
import type { APIRoute } from 'astro';
import { compareIndexData } from '../../../lib/compare-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await compareIndexData()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
