/**
 * Astro content collections. The schemas come from src/lib/content-schema.ts (shared with the content
 * guard and the tests); the content guard has already checked the cross-file rules before this runs.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterFrontmatterSchema, equationsAnnexSchema, glossarySchema, rulebookSchema } from './lib/content-schema.ts';

// The glob loader would slugify "0.2/x.mdx" to "02/x"; keep the version's dot so 0.2 and 02 never mix.
const keepPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|json|yaml)$/, '');

const guidance = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/guidance', generateId: keepPath }),
  schema: chapterFrontmatterSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*/glossary.json', base: './content/guidance', generateId: keepPath }),
  schema: glossarySchema,
});

/** Each version's rulebook (content/guidance/<version>/rules.yaml); versions before 0.3 have none. */
const rulebook = defineCollection({
  loader: glob({ pattern: '*/rules.yaml', base: './content/guidance', generateId: keepPath }),
  schema: rulebookSchema,
});

/** Each version's equations annex (content/guidance/<version>/equations.yaml); versions before 0.3 have none. */
const equations = defineCollection({
  loader: glob({ pattern: '*/equations.yaml', base: './content/guidance', generateId: keepPath }),
  schema: equationsAnnexSchema,
});

export const collections = { guidance, glossary, rulebook, equations };
