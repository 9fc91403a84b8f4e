/** /downloads/observation-template.schema.json: the JSON Schema of a file of observations (contribution checker). */
import type { APIRoute } from 'astro';
import { observationJsonSchema } from '../../../calculators/contribution/schema.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(observationJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
