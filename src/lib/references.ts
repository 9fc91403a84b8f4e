/**
 * Turns the engine's source registry into the citations and reference list the guidance shows.
 * Pure apart from reading the registry.
 */
import { getSource, type Source } from '../../calculators/coefficients/sources';

export { getSource };
export type { Source };

/** "Elsworth et al., 2025" from "Elsworth, C. et al." and 2025. */
export function shortCitation(source: Source): string {
  const authors = source.authors.trim();
  const surnames = authors
    .replace(/\bet al\.?/i, '')
    .split(/\s*(?:&|;| and )\s*/)
    .map((part) => part.split(',')[0]?.trim() ?? '')
    .filter(Boolean);
  const etAl = /\bet al\b/i.test(authors) || surnames.length > 2;
  const names = etAl ? `${surnames[0]} et al.` : surnames.join(' & ');
  return `${names || authors}, ${source.year}`;
}

/** The anchor of a source on the references page. */
export const referenceAnchor = (id: string) => `ref-${id}`;

/** Every `<Cite id="…">` in a chapter body, in order of first appearance. */
export function citedIds(mdxBody: string): string[] {
  const ids: string[] = [];
  for (const match of mdxBody.matchAll(/<Cite\s+[^>]*id="([^"]+)"/g)) {
    const id = match[1];
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** A link to the DOI when there is one, else the URL. */
export function sourceHref(source: Source): string | undefined {
  return source.doi ? `https://doi.org/${source.doi}` : source.url;
}
