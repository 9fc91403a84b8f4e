/** /downloads/disclosure-template.csv: the disclosure columns with one worked row (current coefficient set). */
import type { APIRoute } from 'astro';
import { templateCsv } from '../../lib/data-template.ts';
import { currentVersion } from '../../lib/site-data.ts';

export const GET: APIRoute = () =>
  new Response(templateCsv(currentVersion().coefficientSet), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
