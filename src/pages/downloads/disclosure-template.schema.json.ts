/** /downloads/disclosure-template.schema.json: the JSON Schema of a disclosure statement. */
import type { APIRoute } from 'astro';
import { templateJsonSchema } from '../../lib/data-template.ts';

export const GET: APIRoute = () =>
  new Response(templateJsonSchema(), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
