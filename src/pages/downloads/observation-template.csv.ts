/** /downloads/observation-template.csv: the observation template's columns with one example row. */
import type { APIRoute } from 'astro';
import { exampleObservation, observationsCsv } from '../../../calculators/contribution/index.ts';

export const GET: APIRoute = () =>
  new Response(observationsCsv([exampleObservation]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
