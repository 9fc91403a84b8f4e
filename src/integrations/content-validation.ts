/**
 * Whole-tree checks on the guidance content: each file against its schema, then the rules that span
 * files (one current version, unique chapter orders, manifest and folders in step). Pure: it takes the
 * parsed tree and returns problems, so tests can feed it fixtures and the build can print them.
 */
import type { z } from 'astro/zod';
import {
  chapterFrontmatterSchema,
  glossarySchema,
  kebabIdSchema,
  manifestSchema,
  reservedChapterSlugs,
  type ChapterFrontmatter,
  type Glossary,
  type Manifest,
} from '../lib/content-schema.ts';

export interface ChapterSource {
  /** Path relative to the project root, e.g. content/guidance/0.2/introduction.mdx */
  file: string;
  version: string;
  /** File name without extension: the URL slug. */
  slug: string;
  frontmatter: unknown;
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
}

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
      problems.push({ file: chapter.file, field: '(file name)', message: 'expected a file name of lower-case words joined by hyphens, e.g. training-and-inference.mdx' });
      continue;
    }
    if ((reservedChapterSlugs as readonly string[]).includes(chapter.slug)) {
      problems.push({ file: chapter.file, field: '(file name)', message: `"${chapter.slug}" is the address of a generated page (${reservedChapterSlugs.join(', ')}); choose another file name` });
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

  if (manifest) problems.push(...manifestFolderProblems(tree, manifest, chapters));

  return { problems, manifest, chapters, glossaries };
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
      if (!chapters.some((c) => c.version === version.id && c.slug === erratum.chapter)) {
        problems.push({
          file: tree.manifestFile,
          field: `versions.${index}.errata.${j}.chapter`,
          message: `expected the slug of a chapter of version ${version.id}, but content/guidance/${version.id}/${erratum.chapter}.mdx does not exist`,
        });
      }
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
function unreadableReason(value: unknown, missing = 'expected YAML front matter between two "---" lines at the top of the file'): string | null {
  if (value === undefined) return missing;
  if (value && typeof value === 'object') {
    const marker = value as { __yamlError?: string; __unreadable?: string };
    if (marker.__yamlError) return `expected valid YAML front matter: ${marker.__yamlError.split('\n')[0]}`;
    if (marker.__unreadable) return `expected valid JSON: ${marker.__unreadable}`;
  }
  return null;
}
