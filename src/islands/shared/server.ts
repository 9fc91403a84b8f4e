/**
 * Build-time helpers for islands: the page context and the props of a worked example. Imports the
 * source registry, so it must only be imported by .astro files and tests, never by an island component.
 */
import { coefficientSetIds, latestCoefficientSetId } from '../../../calculators/coefficients/index.ts';
import { sources } from '../../../calculators/coefficients/sources.ts';
import { memoised } from '../../lib/build-memo.ts';
import { chapterHref } from '../../lib/paths.ts';
import { shortCitation } from '../../lib/references.ts';
import { coefficientMeta } from './coefficient-meta.ts';
import type { FieldDef, IslandContext, IslandEngine, IslandProps } from './types.ts';

export interface VersionInfo {
  id: string;
  title: string;
  released: string;
  coefficientSet: string;
  /** The version's glossary explains the range wording ("likely range", "full range"). */
  hasGlossary?: boolean;
  /** The provision advising against the top-down per-capita method, as this version numbers it. */
  topDownProvision?: { label: string; chapter: string; anchor: string };
}

/**
 * The number of the provision advising against the top-down per-capita method in the versions before
 * the rulebook (0.1, 0.2); a rulebook names the rule that `replaces` it.
 */
const LEGACY_TOP_DOWN_PROVISION = '4.5';
const LEGACY_TOP_DOWN_CHAPTER = 'counterfactuals-and-rebound';

/** What islands need to know about the page's version, from the version's data. */
export function versionInfo(version: {
  id: string;
  title: string;
  released: string;
  coefficientSet: string;
  glossary?: unknown;
  rulebook?: { rules: { id: string; chapter: string; replaces: string[] }[] } | undefined;
}): VersionInfo {
  const rule = version.rulebook?.rules.find((r) => r.replaces.includes(LEGACY_TOP_DOWN_PROVISION));
  return {
    id: version.id,
    title: version.title,
    released: version.released,
    coefficientSet: version.coefficientSet,
    hasGlossary: Boolean(version.glossary),
    topDownProvision: rule
      ? { label: `provision ${rule.id}`, chapter: rule.chapter, anchor: rule.id }
      : { label: `requirement ${LEGACY_TOP_DOWN_PROVISION}`, chapter: LEGACY_TOP_DOWN_CHAPTER, anchor: `req-${LEGACY_TOP_DOWN_PROVISION}` },
  };
}

export interface MethodologyLink {
  /** Chapter slug in the version, e.g. "boundaries-and-functional-units". */
  slug: string;
  /** Heading anchor within the chapter, without #. */
  anchor?: string;
  label: string;
}

let sourceLabels: Record<string, string> | undefined;
function allSourceLabels(): Record<string, string> {
  sourceLabels ??= Object.fromEntries(Object.values(sources).map((s) => [s.id, shortCitation(s)]));
  return sourceLabels;
}

export function islandContext(options: {
  island: string;
  title: string;
  exampleId: string;
  version: VersionInfo;
  methodology: MethodologyLink;
  site?: string | undefined;
}): IslandContext {
  const { version, methodology } = options;
  const context: IslandContext = {
    island: options.island,
    title: options.title,
    exampleId: options.exampleId,
    version: version.id,
    versionTitle: version.title,
    released: version.released,
    coefficientSet: version.coefficientSet,
    latestCoefficientSet: latestCoefficientSetId,
    coefficientSets: [...coefficientSetIds],
    links: {
      methodology: `${chapterHref(version.id, methodology.slug)}${methodology.anchor ? `#${methodology.anchor}` : ''}`,
      methodologyLabel: methodology.label,
      coefficients: chapterHref(version.id, 'coefficients'),
      references: chapterHref(version.id, 'references'),
      workbench: chapterHref(version.id, 'calculator'),
      ...(version.hasGlossary ? { uncertainty: `${chapterHref(version.id, 'glossary')}#uncertainty-interval` } : {}),
      ...(version.topDownProvision
        ? {
            topDownProvision: {
              label: version.topDownProvision.label,
              href: `${chapterHref(version.id, version.topDownProvision.chapter)}#${version.topDownProvision.anchor}`,
            },
          }
        : {}),
    },
    sources: allSourceLabels(),
    builtOn: new Date().toISOString().slice(0, 10),
  };
  if (options.site) context.site = options.site;
  return context;
}

/** Evaluates the worked example at build time; a failing example is a build error, not a broken page. */
export function islandProps<I, V>(context: IslandContext, fields: FieldDef[], input: I, engine: IslandEngine<I, V>): IslandProps<I, V> {
  const outcome = memoised([context.island, context.coefficientSet, input], () => engine.run(input, context.coefficientSet));
  if (!outcome.ok) {
    throw new Error(
      `Calculator "${context.island}", example "${context.exampleId}" (version ${context.version}): the engine refused the worked example: ${outcome.errors.map((e) => `${e.path || 'input'}: ${e.message}`).join('; ')}`,
    );
  }
  return { context, fields, input, outcome, coefficients: coefficientMeta(context.coefficientSet, outcome.coefficientIds) };
}

/**
 * What an island's prepare.ts gives the registry (src/islands/registry.ts): its form for the coefficient
 * set the page pins, how a worked example of its model becomes its input, and its engine chunk.
 */
export interface IslandDefinition<Example, Input, View> {
  fields(coefficientSet: string): FieldDef[];
  /** Further build-time props the component takes for this set and version (lists of tasks, models, presets). */
  extras?(coefficientSet: string, version: VersionInfo): object | undefined;
  /** The island's input for a worked example; throws when the example does not suit the island. */
  input(example: Example, where: { exampleId: string; version: VersionInfo }): Input;
  engine: IslandEngine<Input, View>;
}

/** The worked example a chapter names; an unknown id stops the build with the ids that exist. */
export function requireExample<Input>(
  island: string,
  examples: Readonly<Record<string, { input: unknown }>>,
  exampleId: string,
): { input: Input } {
  const example = examples[exampleId];
  if (!example)
    throw new Error(`Calculator "${island}": unknown example "${exampleId}". Known examples: ${Object.keys(examples).join(', ')}`);
  return example as { input: Input };
}
