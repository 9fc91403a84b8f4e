/**
 * /coefficient-sets/<id>.json: each coefficient set as data, for the islands (src/islands/shared/
 * coefficient-data.ts), which fetch the one their page pins on first use instead of carrying every set in
 * their JavaScript. The JSON is the set as the engine holds it (its content hash is the pinned hash).
 */
import type { APIRoute } from 'astro';
import { listCoefficientSets } from '../../../calculators/coefficients/index.ts';
import type { CoefficientSet } from '../../../calculators/coefficients/schema.ts';

export function getStaticPaths() {
  return listCoefficientSets().map((set) => ({ params: { set: set.id }, props: { set } }));
}

export const GET: APIRoute<{ set: CoefficientSet }> = ({ props }) =>
  new Response(JSON.stringify(props.set), { headers: { 'content-type': 'application/json; charset=utf-8' } });
