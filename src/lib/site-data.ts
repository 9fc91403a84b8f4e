/**
 * The one place pages get guidance data from: the manifest plus the content collections, shaped for
 * routes and layouts. Depends on astro:content, so it is used only at build time.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import manifestJson from '../../content/versions.json';
import { manifestSchema, type EquationsAnnex, type Glossary, type Rulebook, type VersionEntry } from './content-schema.ts';
import {
  expandRequirementTags,
  legacyProvisions,
  provisionMap,
  rulebookCounts,
  type LegacyProvision,
  type ProvisionMapRow,
} from './rulebook.ts';
import { compareChapters, type ChapterChange, type ChapterText } from './version-compare.ts';
import { builtComparisons, isBuilt } from './compare-pairs.ts';
import { referenceSourceIds, type CitedBy } from './reference-list.ts';
import { compareHref, compareInBrowserHref, type GeneratedPage } from './paths.ts';
import { sortChapters, type ChapterRef } from './navigation.ts';
import { versionProvisions, type Provision, type VersionProvisions } from './provisions.ts';

export const manifest = manifestSchema.parse(manifestJson);

export type ChapterEntry = CollectionEntry<'guidance'>;

export interface VersionData extends VersionEntry {
  chapters: ChapterEntry[];
  refs: ChapterRef[];
  glossary: Glossary | undefined;
  /** The version's rulebook (rules.yaml), or undefined for versions whose provisions are written inline. */
  rulebook: Rulebook | undefined;
  /** The version's equations annex (equations.yaml), or undefined for versions without one. */
  equations: EquationsAnnex | undefined;
}

/** Versions newest first. */
export function versionsNewestFirst(): VersionEntry[] {
  return [...manifest.versions].sort((a, b) => compareVersionIds(b.id, a.id));
}

export function compareVersionIds(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

export function currentVersion(): VersionEntry {
  const current = manifest.versions.find((v) => v.status === 'current');
  if (!current) throw new Error('content/versions.json: expected exactly one version with status "current"');
  return current;
}

/** The address of a comparison: its page when built, else the comparison made in the browser on /compare/. */
export function comparisonHref(from: string, to: string): string {
  return isBuilt(builtComparisonPairs(), from, to) ? compareHref(from, to) : compareInBrowserHref(from, to);
}

let builtPairs: [string, string][] | undefined;
/**
 * The comparisons built as pages (src/lib/compare-pairs.ts): ordered [from, to] ids, worked out once per
 * build from the manifest (/compare/ asks for every pair of versions).
 */
export function builtComparisonPairs(): [string, string][] {
  builtPairs ??= builtComparisons(
    versionsNewestFirst()
      .map((v) => v.id)
      .reverse(),
    currentVersion().id,
  );
  return builtPairs;
}

export function entryVersion(entry: ChapterEntry): string {
  return entry.id.split('/')[0] ?? '';
}

export function entrySlug(entry: ChapterEntry): string {
  return entry.id.split('/').slice(1).join('/');
}

export function toRef(entry: ChapterEntry): ChapterRef {
  return {
    version: entryVersion(entry),
    slug: entrySlug(entry),
    chapterId: entry.data.chapterId,
    order: entry.data.order,
    title: entry.data.title,
    previousChapterIds: entry.data.previousChapterIds,
  };
}

let cache: Map<string, VersionData> | undefined;

/** Every version with its sorted chapters and glossary. */
export async function loadVersions(): Promise<Map<string, VersionData>> {
  if (cache) return cache;
  const [entries, glossaries, rulebooks, annexes] = await Promise.all([
    getCollection('guidance'),
    getCollection('glossary'),
    getCollection('rulebook'),
    getCollection('equations'),
  ]);
  const result = new Map<string, VersionData>();
  for (const version of versionsNewestFirst()) {
    const chapters = sortChapters(entries.filter((e) => entryVersion(e) === version.id).map((e) => ({ e, order: e.data.order }))).map(
      (x) => x.e,
    );
    const glossaryEntry = glossaries.find((g) => g.id.split('/')[0] === version.id);
    const rulebookEntry = rulebooks.find((r) => r.id.split('/')[0] === version.id);
    const annexEntry = annexes.find((a) => a.id.split('/')[0] === version.id);
    result.set(version.id, {
      ...version,
      chapters,
      refs: chapters.map(toRef),
      glossary: glossaryEntry?.data,
      rulebook: rulebookEntry?.data,
      equations: annexEntry?.data,
    });
  }
  cache = result;
  return result;
}

export async function loadVersion(id: string): Promise<VersionData> {
  const version = (await loadVersions()).get(id);
  if (!version) throw new Error(`Unknown guidance version "${id}"`);
  return version;
}

/** The version released before `id` (by id), whatever its status; undefined for the first version. */
export function previousVersionId(id: string): string | undefined {
  return versionsNewestFirst().find((v) => compareVersionIds(v.id, id) < 0)?.id;
}

/** A chapter's MDX body with its rulebook provisions written in, as a reader sees them (for diffs and citations). */
export function chapterBody(version: Pick<VersionData, 'rulebook'>, entry: ChapterEntry): string {
  return expandRequirementTags(entry.body ?? '', version.rulebook);
}

/** A version's chapters with their MDX bodies (provisions written in), for the diffs. */
export function chapterTexts(version: VersionData): ChapterText[] {
  return version.chapters.map((entry) => ({ ...toRef(entry), body: chapterBody(version, entry) }));
}

/** The chapter texts of every version from `fromId` to `toId` inclusive, in that direction. */
export async function chapterChain(fromId: string, toId: string): Promise<ChapterText[][]> {
  const all = [...(await loadVersions()).values()];
  const ascending = compareVersionIds(fromId, toId) <= 0;
  const [low, high] = ascending ? [fromId, toId] : [toId, fromId];
  const between = all
    .filter((v) => compareVersionIds(v.id, low) >= 0 && compareVersionIds(v.id, high) <= 0)
    .sort((a, b) => compareVersionIds(a.id, b.id));
  return (ascending ? between : between.reverse()).map(chapterTexts);
}

const changesCache = new Map<string, Promise<ChapterChange[]>>();

/** What changed in the chapters from one version to another (compareChapters over chapterChain), computed once per pair. */
export function chapterChanges(fromId: string, toId: string): Promise<ChapterChange[]> {
  const key = `${fromId}>${toId}`;
  let changes = changesCache.get(key);
  if (!changes) {
    changes = chapterChain(fromId, toId).then(compareChapters);
    changesCache.set(key, changes);
  }
  return changes;
}

/** The map from a pre-rulebook version's numbered provisions to the rulebook of the version that replaces it. */
export interface ProvisionMapBetween {
  oldData: VersionData;
  newData: VersionData & { rulebook: Rulebook };
  oldProvisions: LegacyProvision[];
  rows: ProvisionMapRow[];
  counts: ReturnType<typeof rulebookCounts>;
}

/** The provision map between two versions, when one side's rulebook names the other as the version it replaces. */
export function provisionMapBetween(a: VersionData, b: VersionData): ProvisionMapBetween | undefined {
  const [oldData, newData] = b.rulebook?.replacesVersion === a.id ? [a, b] : a.rulebook?.replacesVersion === b.id ? [b, a] : [];
  if (!oldData || !newData?.rulebook) return undefined;
  const oldProvisions = legacyProvisions(oldData.chapters.map((c) => ({ slug: entrySlug(c), body: c.body ?? '' })));
  const rows = provisionMap(oldProvisions, newData.rulebook);
  return rows.length
    ? { oldData, newData: newData as VersionData & { rulebook: Rulebook }, oldProvisions, rows, counts: rulebookCounts(newData.rulebook) }
    : undefined;
}

/** A version has calculator pages (workbench, coefficients) when any of its chapters relates to a calculator. */
export function hasCalculators(version: Pick<VersionData, 'chapters'>): boolean {
  return version.chapters.some((chapter) => chapter.data.relatedCalculators.length > 0);
}

/**
 * getStaticPaths for a page every version may have (references, changes, print, glossary, ...): one path
 * per version that has it, each told which versions have the same page (for the version switcher).
 */
export async function versionPaths(has: (version: VersionData) => boolean = () => true) {
  const versions = [...(await loadVersions()).values()].filter(has);
  const availableIn = versions.map((v) => v.id);
  return versions.map((version) => ({ params: { version: version.id }, props: { version, availableIn } }));
}

/** Whether a version builds a generated page (glossary, coefficients, equations, ...): the one rule for routes, aliases and links. */
export function hasGeneratedPage(version: VersionData, slug: GeneratedPage): boolean {
  switch (slug) {
    case 'glossary':
      return Boolean(version.glossary);
    case 'equations':
      return Boolean(version.equations);
    case 'coefficients':
    case 'calculator':
      return hasCalculators(version);
    case 'requirements':
      return hasProvisions(version);
    case 'contribute':
      return hasContributionChecker(version);
    default:
      return true;
  }
}

/** getStaticPaths for the per-version calculator pages (workbench, coefficients). */
export const calculatorVersionPaths = () => versionPaths(hasCalculators);

export type { CitedBy };

const referenceCache = new Map<string, Map<string, CitedBy>>();

/**
 * Every source a version's pages cite (referenceSourceIds in reference-list.ts, shared with the release
 * tool): the entries of its references page (/<version>/references/), and so the ids a citation link on
 * the version's pages may point at.
 */
export function referenceSources(version: VersionData): Map<string, CitedBy> {
  const cached = referenceCache.get(version.id);
  if (cached) return cached;
  const result = referenceSourceIds({
    chapters: version.chapters.map((c) => ({ body: chapterBody(version, c), relatedCalculators: c.data.relatedCalculators })),
    equations: version.equations,
    coefficientSet: version.coefficientSet,
  });
  referenceCache.set(version.id, result);
  return result;
}

const provisionCache = new WeakMap<object, Provision[]>();

/** Every provision of a version, from its rulebook or from its chapters' inline provisions (read once per build). */
export function provisionsOf(version: Pick<VersionData, 'id' | 'rulebook' | 'chapters'>): Provision[] {
  const cached = provisionCache.get(version.chapters);
  if (cached) return cached;
  const provisions = versionProvisions({
    id: version.id,
    rulebook: version.rulebook,
    chapters: version.chapters.map((c) => ({ slug: entrySlug(c), body: c.body ?? '' })),
  });
  provisionCache.set(version.chapters, provisions);
  return provisions;
}

/** A version has a requirements explorer when it has provisions. */
export const hasProvisions = (version: Pick<VersionData, 'id' | 'rulebook' | 'chapters'>): boolean => provisionsOf(version).length > 0;

/** A version has the contribution checker when it has the chapter on contributing data. */
export const hasContributionChecker = (version: Pick<VersionData, 'chapters'>): boolean =>
  version.chapters.some((c) => c.data.chapterId === 'contributing-data');

/** A version's provisions with what its rulebook replaces, for mapping provisions across versions. */
export function versionProvisionsOf(v: Pick<VersionData, 'id' | 'rulebook' | 'chapters'>): VersionProvisions {
  return {
    id: v.id,
    provisions: provisionsOf(v),
    ...(v.rulebook?.replacesVersion ? { replacesVersion: v.rulebook.replacesVersion } : {}),
    retired: v.rulebook?.retired ?? [],
  };
}

/** Every version's provisions with what its rulebook replaces, for mapping provisions across versions. */
export async function allVersionProvisions(): Promise<VersionProvisions[]> {
  return [...(await loadVersions()).values()].map(versionProvisionsOf);
}
