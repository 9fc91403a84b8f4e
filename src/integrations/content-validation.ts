/**
 * Whole-tree checks on the guidance content: each file against its schema, then the rules that span
 * files (one current version, unique chapter orders, manifest and folders in step). Pure: it takes the
 * parsed tree and returns problems, so tests can feed it fixtures and the build can print them.
 */
import type { z } from 'astro/zod';
import {
  chapterFrontmatterSchema,
  equationsAnnexSchema,
  glossarySchema,
  kebabIdSchema,
  manifestSchema,
  reservedChapterSlugs,
  rulebookSchema,
  type ChapterFrontmatter,
  type EquationsAnnex,
  type Glossary,
  type Manifest,
  type Rulebook,
} from '../lib/content-schema.ts';
import { sourceIds } from '../../calculators/coefficients/sources.ts';
import { getCoefficientSet } from '../../calculators/coefficients/index.ts';
import { equations } from '../../calculators/equations.ts';
import { generatedPages } from '../lib/paths.ts';
import { texProblem } from '../lib/maths.ts';
import { legacyProvisions, ruleRefIds, rulebookRequirementIds, ruleTextProblems } from '../lib/rulebook.ts';

export interface ChapterSource {
  /** Path relative to the project root, e.g. content/guidance/0.2/introduction.mdx */
  file: string;
  version: string;
  /** File name without extension: the URL slug. */
  slug: string;
  frontmatter: unknown;
  /** The whole file, when read from disk (rulebook checks need the body). */
  source?: string;
}

export interface GlossarySource {
  file: string;
  version: string;
  data: unknown;
}

export interface ContentTree {
  manifestFile: string;
  manifest: unknown;
  /** Names of the folders under content/guidance/. */
  versionFolders: string[];
  chapters: ChapterSource[];
  glossaries: GlossarySource[];
  /** Each version's rules.yaml, parsed (or a marker saying why it could not be). Defaults to none. */
  rulebooks?: RulebookSource[];
  /** Each version's equations.yaml, parsed (or a marker). Defaults to none. */
  equationAnnexes?: DataFileSource[];
}

/** A version's YAML or JSON data file, parsed (or a marker saying why it could not be). */
export interface DataFileSource {
  file: string;
  version: string;
  data: unknown;
}
export type RulebookSource = DataFileSource;

export interface ContentProblem {
  file: string;
  /** Dotted path of the field, or "(file)" for a problem with the file as a whole. */
  field: string;
  message: string;
}

export interface ValidChapter extends ChapterSource {
  frontmatter: ChapterFrontmatter;
}

export interface ValidatedContent {
  problems: ContentProblem[];
  manifest: Manifest | null;
  chapters: ValidChapter[];
  glossaries: Map<string, Glossary>;
  rulebooks: Map<string, Rulebook>;
  equationAnnexes: Map<string, EquationsAnnex>;
}

/** Turns zod issues into problems that name the file, the field and what was expected. */
export function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length ? issue.path.map(String).join('.') : '(file)',
    message: issue.code === 'invalid_type' && issue.message.startsWith('Invalid input') ? `expected ${issue.expected}` : issue.message,
  }));
}

export function validateContentTree(tree: ContentTree): ValidatedContent {
  const problems: ContentProblem[] = [];

  const manifestUnreadable = unreadableReason(tree.manifest, 'expected the manifest file to exist and hold JSON');
  if (manifestUnreadable) problems.push({ file: tree.manifestFile, field: '(file)', message: manifestUnreadable });
  const manifestResult = manifestSchema.safeParse(tree.manifest);
  const manifest = manifestResult.success ? manifestResult.data : null;
  if (!manifestResult.success && !manifestUnreadable) problems.push(...zodProblems(tree.manifestFile, manifestResult.error));

  const chapters: ValidChapter[] = [];
  for (const chapter of tree.chapters) {
    const unreadable = unreadableReason(chapter.frontmatter);
    if (unreadable) {
      problems.push({ file: chapter.file, field: '(front matter)', message: unreadable });
      continue;
    }
    const parsed = chapterFrontmatterSchema.safeParse(chapter.frontmatter ?? {});
    if (!parsed.success) {
      problems.push(...zodProblems(chapter.file, parsed.error));
      continue;
    }
    if (!kebabIdSchema.safeParse(chapter.slug).success) {
      problems.push({
        file: chapter.file,
        field: '(file name)',
        message: 'expected a file name of lower-case words joined by hyphens, e.g. training-and-inference.mdx',
      });
      continue;
    }
    if ((reservedChapterSlugs as readonly string[]).includes(chapter.slug)) {
      problems.push({
        file: chapter.file,
        field: '(file name)',
        message: `"${chapter.slug}" is the address of a generated page (${reservedChapterSlugs.join(', ')}); choose another file name`,
      });
      continue;
    }
    chapters.push({ ...chapter, frontmatter: parsed.data });
  }

  problems.push(...crossChapterProblems(chapters));

  const glossaries = new Map<string, Glossary>();
  for (const glossary of tree.glossaries) {
    const parsed = glossarySchema.safeParse(glossary.data);
    if (parsed.success) glossaries.set(glossary.version, parsed.data);
    else problems.push(...zodProblems(glossary.file, parsed.error));
  }

  const rulebooks = new Map<string, Rulebook>();
  for (const rulebook of tree.rulebooks ?? []) {
    const unreadable = unreadableReason(rulebook.data, 'expected the rulebook file to hold YAML');
    if (unreadable) {
      problems.push({ file: rulebook.file, field: '(file)', message: unreadable });
      continue;
    }
    const parsed = rulebookSchema.safeParse(rulebook.data);
    if (parsed.success) rulebooks.set(rulebook.version, parsed.data);
    else problems.push(...zodProblems(rulebook.file, parsed.error));
  }
  problems.push(...rulebookProblems(tree, chapters, glossaries, rulebooks, manifest));

  const equationAnnexes = new Map<string, EquationsAnnex>();
  for (const annex of tree.equationAnnexes ?? []) {
    const unreadable = unreadableReason(annex.data, 'expected the equations annex to hold YAML');
    if (unreadable) {
      problems.push({ file: annex.file, field: '(file)', message: unreadable });
      continue;
    }
    const parsed = equationsAnnexSchema.safeParse(annex.data);
    if (!parsed.success) {
      problems.push(...zodProblems(annex.file, parsed.error));
      continue;
    }
    equationAnnexes.set(annex.version, parsed.data);
    problems.push(...equationProblems(annex.file, annex.version, parsed.data, tree, manifest));
  }

  if (manifest) problems.push(...manifestFolderProblems(tree, manifest, chapters));

  return { problems, manifest, chapters, glossaries, rulebooks, equationAnnexes };
}

/**
 * An annex refers only to things that exist: sources in the registry, coefficients of its version's
 * pinned set, chapters of its version; and each worked example gives its function at least the
 * arguments it requires (the test evaluates the numbers themselves).
 */
function equationProblems(
  file: string,
  version: string,
  annex: EquationsAnnex,
  tree: ContentTree,
  manifest: Manifest | null,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known = new Set<string>(sourceIds);
  const setId = manifest?.versions.find((v) => v.id === version)?.coefficientSet;
  const set = setId ? getCoefficientSet(setId) : undefined;
  const coefficientIds = new Set(set?.coefficients.map((c) => c.id) ?? []);
  const slugs = new Set(tree.chapters.filter((c) => c.version === version).map((c) => c.slug));
  annex.sections.forEach((section, i) =>
    section.equations.forEach((equation, j) => {
      const at = `sections.${i}.equations.${j}`;
      const tex = (field: string, value: string) => {
        const problem = texProblem(value);
        if (problem) problems.push({ file, field: `${at}.${field}`, message: `expected TeX that Temml can typeset: ${problem}` });
      };
      tex('tex', equation.tex);
      equation.symbols.forEach((s, k) => tex(`symbols.${k}.symbol`, s.symbol));
      equation.worked.arguments.forEach((a, k) => tex(`worked.arguments.${k}.symbol`, a.symbol));
      equation.sources.forEach((id, k) => {
        if (!known.has(id))
          problems.push({
            file,
            field: `${at}.sources.${k}`,
            message: `expected a source id from calculators/coefficients/sources.ts, but "${id}" is not one`,
          });
      });
      equation.coefficients.forEach((id, k) => {
        if (!set)
          problems.push({
            file,
            field: `${at}.coefficients.${k}`,
            message: `expected version ${version} to pin a coefficient set in the manifest before its annex names coefficients`,
          });
        else if (!coefficientIds.has(id))
          problems.push({
            file,
            field: `${at}.coefficients.${k}`,
            message: `expected a coefficient of set ${set.id}, but "${id}" is not one`,
          });
      });
      if (!slugs.has(equation.chapter))
        problems.push({
          file,
          field: `${at}.chapter`,
          message: `expected the slug of a chapter of version ${version}, but content/guidance/${version}/${equation.chapter}.mdx does not exist`,
        });
      const required = equations[equation.function].length;
      if (equation.worked.arguments.length < required) {
        problems.push({
          file,
          field: `${at}.worked.arguments`,
          message: `expected at least ${required} arguments for ${equation.function}, in its parameter order, but there are ${equation.worked.arguments.length}`,
        });
      }
    }),
  );
  return problems;
}

/**
 * Rules that span the rulebook and the chapters: each rule belongs to a chapter of its version and is
 * rendered there exactly once; its text cites, links and refers only to things that exist; the numbers it
 * replaces are provisions of the version it names; and chapters refer only to rules that exist.
 */
function rulebookProblems(
  tree: ContentTree,
  chapters: ValidChapter[],
  glossaries: Map<string, Glossary>,
  rulebooks: Map<string, Rulebook>,
  manifest: Manifest | null,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileOf = new Map((tree.rulebooks ?? []).map((r) => [r.version, r.file]));
  const versions = new Set([...tree.chapters.map((c) => c.version), ...fileOf.keys()]);
  // Chapters and glossaries are taken as read, valid or not, so a broken front matter or glossary is
  // reported once, by its own check, rather than again as a dangling rule.
  const termIdsOf = (version: string) => {
    const raw = tree.glossaries.find((g) => g.version === version)?.data as { terms?: { id?: unknown }[] } | undefined;
    const parsed = glossaries.get(version);
    return new Set(parsed ? parsed.terms.map((t) => t.id) : (Array.isArray(raw?.terms) ? raw.terms : []).map((t) => String(t?.id)));
  };
  for (const version of versions) {
    const inVersion = tree.chapters.filter(
      (c) =>
        c.version === version && kebabIdSchema.safeParse(c.slug).success && !(reservedChapterSlugs as readonly string[]).includes(c.slug),
    );
    const rulebook = rulebooks.get(version);
    const file = fileOf.get(version) ?? `content/guidance/${version}/rules.yaml`;
    const body = (c: ChapterSource) => (c.source ?? '').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');

    if (!rulebook) {
      if (fileOf.has(version)) continue; // the file itself is invalid: already reported
      for (const chapter of inVersion) {
        for (const use of [...rulebookRequirementIds(body(chapter)), ...ruleRefIds(body(chapter))]) {
          problems.push({
            file: chapter.file,
            field: `(line ${use.line})`,
            message: `expected a rulebook ${file} defining "${use.id}", but version ${version} has none`,
          });
        }
      }
      continue;
    }

    const ruleIds = new Set(rulebook.rules.map((r) => r.id));
    const context = {
      sourceIds: new Set<string>(sourceIds),
      termIds: termIdsOf(version),
      ruleIds,
      chapterSlugs: new Set([...inVersion.map((c) => c.slug), ...Object.values(generatedPages)]),
    };
    const rendered = new Map<string, string[]>();
    for (const chapter of inVersion) {
      for (const use of rulebookRequirementIds(body(chapter))) {
        const rule = rulebook.rules.find((r) => r.id === use.id);
        if (!rule)
          problems.push({
            file: chapter.file,
            field: `(line ${use.line})`,
            message: `expected <Requirement id="…" /> to name a rule in ${file}, but "${use.id}" is not one`,
          });
        else if (rule.chapter !== chapter.slug)
          problems.push({
            file: chapter.file,
            field: `(line ${use.line})`,
            message: `expected rule ${use.id} to be rendered in its own chapter, ${rule.chapter}.mdx; link to it with <RuleRef id="${use.id}" /> instead`,
          });
        rendered.set(use.id, [...(rendered.get(use.id) ?? []), chapter.file]);
      }
      for (const use of ruleRefIds(body(chapter))) {
        if (!ruleIds.has(use.id))
          problems.push({
            file: chapter.file,
            field: `(line ${use.line})`,
            message: `expected <RuleRef id="…" /> to name a rule in ${file}, but "${use.id}" is not one`,
          });
      }
    }

    const old = rulebook.replacesVersion;
    const oldNumbers = old
      ? new Set(
          legacyProvisions(tree.chapters.filter((c) => c.version === old).map((c) => ({ slug: c.slug, body: body(c) }))).map((p) => p.id),
        )
      : new Set<string>();
    if (old && (old === version || (manifest && !manifest.versions.some((v) => v.id === old)))) {
      problems.push({
        file,
        field: 'replacesVersion',
        message: `expected an earlier version listed in the manifest, but "${old}" is not one`,
      });
    }

    rulebook.rules.forEach((rule, index) => {
      if (!inVersion.some((c) => c.slug === rule.chapter)) {
        problems.push({
          file,
          field: `rules.${index}.chapter`,
          message: `expected the slug of a chapter of version ${version}, but content/guidance/${version}/${rule.chapter}.mdx does not exist`,
        });
      } else {
        const where = rendered.get(rule.id) ?? [];
        if (where.length === 0)
          problems.push({
            file,
            field: `rules.${index}.id`,
            message: `expected <Requirement id="${rule.id}" /> in content/guidance/${version}/${rule.chapter}.mdx, but the rule is never rendered`,
          });
        if (where.length > 1)
          problems.push({
            file,
            field: `rules.${index}.id`,
            message: `expected rule ${rule.id} to be rendered once, but it is rendered ${where.length} times; link to it with <RuleRef id="${rule.id}" /> elsewhere`,
          });
      }
      for (const message of ruleTextProblems(rule.text, context)) problems.push({ file, field: `rules.${index}.text`, message });
      rule.replaces.forEach((number, j) => {
        if (old && oldNumbers.size && !oldNumbers.has(number))
          problems.push({
            file,
            field: `rules.${index}.replaces.${j}`,
            message: `expected the number of a provision of version ${old}, but "${number}" is not one`,
          });
      });
    });
    rulebook.retired.forEach((retired, index) => {
      if (old && oldNumbers.size && !oldNumbers.has(retired.id))
        problems.push({
          file,
          field: `retired.${index}.id`,
          message: `expected the number of a provision of version ${old}, but "${retired.id}" is not one`,
        });
    });
  }
  return problems;
}

/** Chapter orders and chapterIds are unique within a version. */
function crossChapterProblems(chapters: ValidChapter[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byVersion = groupBy(chapters, (c) => c.version);
  for (const [, inVersion] of byVersion) {
    for (const key of ['order', 'chapterId'] as const) {
      const firstFile = new Map<string | number, string>();
      for (const chapter of inVersion) {
        const value = chapter.frontmatter[key];
        const earlier = firstFile.get(value);
        if (earlier) {
          problems.push({
            file: chapter.file,
            field: key,
            message: `expected ${key} to be unique within version ${chapter.version}, but ${JSON.stringify(value)} is also used by ${earlier}`,
          });
        } else firstFile.set(value, chapter.file);
      }
    }
  }
  return problems;
}

/** Every version folder is in the manifest, every manifest version has a folder with chapters. */
function manifestFolderProblems(tree: ContentTree, manifest: Manifest, chapters: ValidChapter[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const listed = new Set(manifest.versions.map((v) => v.id));
  for (const folder of tree.versionFolders) {
    if (!listed.has(folder)) {
      problems.push({
        file: `content/guidance/${folder}/`,
        field: '(folder)',
        message: `expected every version folder to be listed in ${tree.manifestFile}, but "${folder}" is not`,
      });
    }
  }
  const folders = new Set(tree.versionFolders);
  manifest.versions.forEach((version, index) => {
    if (!folders.has(version.id)) {
      problems.push({
        file: tree.manifestFile,
        field: `versions.${index}.id`,
        message: `expected a folder content/guidance/${version.id}/ for version "${version.id}", but there is none`,
      });
    } else if (!chapters.some((c) => c.version === version.id) && !tree.chapters.some((c) => c.version === version.id)) {
      problems.push({
        file: `content/guidance/${version.id}/`,
        field: '(folder)',
        message: `expected at least one .mdx chapter in version "${version.id}"`,
      });
    }
    version.errata.forEach((erratum, j) => {
      // An erratum of computed results only names no chapter; its figures are checked against the frozen results.
      if (erratum.chapter !== undefined && !chapters.some((c) => c.version === version.id && c.slug === erratum.chapter)) {
        problems.push({
          file: tree.manifestFile,
          field: `versions.${index}.errata.${j}.chapter`,
          message: `expected the slug of a chapter of version ${version.id}, but content/guidance/${version.id}/${erratum.chapter}.mdx does not exist`,
        });
      }
      // An erratum of references links each corrected entry on the version's references page.
      (erratum.sources ?? []).forEach((source, k) => {
        if (!(sourceIds as readonly string[]).includes(source))
          problems.push({
            file: tree.manifestFile,
            field: `versions.${index}.errata.${j}.sources.${k}`,
            message: `expected a source id from calculators/coefficients/sources.ts, but "${source}" is not one`,
          });
      });
    });
  });
  return problems;
}

export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file}: ${p.field === '(file)' ? '' : `field "${p.field}": `}${p.message}`);
  return `The guidance content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k) ?? [];
    list.push(item);
    groups.set(k, list);
  }
  return groups;
}

/** Files that could not be read or parsed carry a marker from content-files.ts; say so plainly. */
function unreadableReason(
  value: unknown,
  missing = 'expected YAML front matter between two "---" lines at the top of the file',
): string | null {
  if (value === undefined) return missing;
  if (value && typeof value === 'object') {
    const marker = value as { __yamlError?: string; __unreadable?: string };
    if (marker.__yamlError) return `expected valid YAML: ${marker.__yamlError.split('\n')[0]}`;
    if (marker.__unreadable) return `expected valid JSON: ${marker.__unreadable}`;
  }
  return null;
}
