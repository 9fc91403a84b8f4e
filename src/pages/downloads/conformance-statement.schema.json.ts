/** /downloads/conformance-statement.schema.json: the JSON Schema of a conformance statement (requirements explorer). */
import type { APIRoute } from 'astro';
import { conformanceStatementJsonSchema } from '../../lib/conformance-statement.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(conformanceStatementJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
