/**
 * Which sources a version's references page lists, and what each entry reads as there. Pure apart from
 * reading the engine's registry and examples, so the build (site-data.ts) and the release tool, which
 * locks a released version's entries, work from one definition and cannot disagree about the list.
 */
import { models, type ModelId } from '../../calculators/index.ts';
import { parseExampleKey } from '../../calculators/core/example.ts';
import type { EquationsAnnex } from './content-schema.ts';
import { chapterExampleKeys } from './chapter-examples.ts';
import { splitCitations } from './cited-text.ts';
import { coefficientSourceIds, requireCoefficientSet } from './coefficients.ts';
import { citationLabels, citationYear, citedIds, getSource } from './references.ts';

/** Why a source is on a version's references page: cited in its text, or only by what its pages compute. */
export type CitedBy = 'text' | 'example' | 'equations' | 'coefficients';

export interface ReferenceListInput {
  /** The version's chapters: MDX bodies with their provisions written in, and the calculators each relates to. */
  chapters: readonly { body: string; relatedCalculators: readonly string[] }[];
  /** The version's equations annex, when it has one. */
  equations?: EquationsAnnex;
  /** The coefficient set the version pins. */
  coefficientSet: string;
}

/**
 * Every source a version's pages cite, each with the first reason in the order text, worked examples,
 * equations annex, coefficients (their sources, and those the set's notes and changes name). The
 * coefficient set counts only when the version has calculators, as only then does it show the set.
 */
export function referenceSourceIds({ chapters, equations, coefficientSet }: ReferenceListInput): Map<string, CitedBy> {
  const exampleSources = (key: string) => {
    const { model, example } = parseExampleKey(key);
    const examples = models[model as ModelId]?.examples as Record<string, { sourceIds: string[] }> | undefined;
    return examples?.[example]?.sourceIds ?? [];
  };
  const labels = citationLabels();
  const inNotes = (note: string) => splitCitations(note, labels).flatMap((s) => ('sourceId' in s ? [s.sourceId] : []));
  const withCalculators = chapters.some((c) => c.relatedCalculators.length > 0);
  const set = withCalculators ? requireCoefficientSet(coefficientSet) : undefined;
  const coefficientText = set ? [set.description, ...set.changes, ...set.coefficients.map((c) => c.note)] : [];
  const reasons: [CitedBy, string[]][] = [
    ['text', chapters.flatMap((c) => citedIds(c.body))],
    ['example', chapters.flatMap((c) => chapterExampleKeys(c.body)).flatMap(exampleSources)],
    ['equations', (equations?.sections ?? []).flatMap((s) => s.equations.flatMap((e) => e.sources))],
    ['coefficients', set ? [...coefficientSourceIds(set.id), ...coefficientText.flatMap(inNotes)] : []],
  ];
  const result = new Map<string, CitedBy>();
  for (const [reason, ids] of reasons) for (const id of ids) if (!result.has(id)) result.set(id, reason);
  return result;
}

/**
 * The fields of a source's entry that its references page prints, as one string: authors, the year as
 * cited (with its letter when another source shares authors and year), title, venue, DOI, address and
 * note. A change to any of them changes what readers of every version listing the source see; undefined
 * when the registry has no such source.
 */
export function referenceEntryText(id: string): string | undefined {
  const source = getSource(id);
  if (!source) return undefined;
  const { authors, title, venue, doi, url, note } = source;
  return JSON.stringify({ authors, year: citationYear(source), title, venue, doi: doi ?? null, url: url ?? null, note });
}
