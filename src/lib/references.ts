/**
 * Turns the engine's source registry into the citations and reference list the guidance shows.
 * Pure apart from reading the registry.
 */
import { getSource, sources, type Source } from '../../calculators/coefficients/sources.ts';
import { chapterHref, referenceAnchor } from './paths.ts';

export { getSource };
export type { Source };

const registryOrder = Object.values(sources);

/** "Elsworth et al., 2025" from "Elsworth, C. et al." and 2025; same authors and year get 2024a, 2024b. */
export function shortCitation(source: Source, registry: readonly Source[] = registryOrder): string {
  return `${citationAuthors(source)}, ${citationYear(source, registry)}`;
}

/** The year as cited: with a letter, in registry order, when another source has the same authors and year. */
export function citationYear(source: Source, registry: readonly Source[] = registryOrder): string {
  const twins = registry.filter((other) => other.year === source.year && citationAuthors(other) === citationAuthors(source));
  return twins.length > 1 ? `${source.year}${String.fromCharCode(97 + twins.findIndex((t) => t.id === source.id))}` : String(source.year);
}

// The build cites the same sources on every page of every version, and each citation's year compares its
// authors with every source's in the registry: the authors are worked out once per source (sources are never
// changed), which was most of a citation's time.
const authorsCited = new WeakMap<Source, string>();

function citationAuthors(source: Source): string {
  let cited = authorsCited.get(source);
  if (cited === undefined) {
    cited = authorsOf(source);
    authorsCited.set(source, cited);
  }
  return cited;
}

function authorsOf(source: Source): string {
  const authors = source.authors.replace(/\([^)]*\)/g, '').trim();
  // "Surname, I., Surname, I. & Surname, I.": split on "&", ";" and " and ", then on a comma that is
  // followed by the next "Surname," (initials are never followed by a comma-terminated word).
  const surnames = authors
    .replace(/\bet al\.?/i, '')
    .split(/\s*(?:&|;| and )\s*/)
    .flatMap((part) => part.split(/,\s+(?=[A-Z][\p{L}'’-]*,)/u))
    .map((part) => part.split(',')[0]?.trim() ?? '')
    .filter(Boolean);
  const etAl = /\bet al\b/i.test(authors) || surnames.length > 2;
  return (etAl ? `${surnames[0]} et al.` : surnames.join(' & ')) || authors;
}

export { referenceAnchor } from './paths.ts';

/**
 * The registry entries an erratum of references corrected, each by its short citation and its address on
 * the version's references page (an id the registry has dropped keeps its id as the label, with no link).
 */
export function correctedEntryLinks(version: string, ids: readonly string[]): { id: string; label: string; href?: string }[] {
  return ids.map((id) => {
    const source = getSource(id);
    return source
      ? { id, label: shortCitation(source), href: `${chapterHref(version, 'references')}#${referenceAnchor(id)}` }
      : { id, label: id };
  });
}

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

/** Short citations of every registered source by id, for splitCitations (src/lib/cited-text.ts). */
export function citationLabels(ids: Iterable<string> = Object.keys(sources)): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const id of ids) {
    const source = getSource(id);
    if (source) labels[id] = shortCitation(source);
  }
  return labels;
}
