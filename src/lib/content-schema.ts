/**
 * The zod schemas for every kind of guidance content: the version manifest, chapter front matter and
 * the glossary. They are the single source of truth: `src/content.config.ts` uses them for Astro's
 * collections, the content guard uses them before a build starts, and the tests use them on fixtures.
 * Messages are written for the author who broke the rule.
 */
import { z } from 'astro/zod';
import { calculatorNames, isCalculatorName, type CalculatorName } from './calculators.ts';
import { generatedPages } from './paths.ts';
import { equations, type EquationName } from '../../calculators/equations.ts';

/** A version id such as `0.1` or `1.0`: digits, one dot, digits. */
export const versionIdSchema = z
  .string()
  .regex(/^\d+\.\d+$/, { message: 'expected a version id of the form "0.2" (digits, a dot, digits)' });

/** A calendar date written YYYY-MM-DD (kept as a string so it is never shifted by time zones). */
export const isoDateSchema = z.string().refine(
  (value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  },
  { message: 'expected a real calendar date written YYYY-MM-DD' },
);

/** Lower-case words joined by hyphens: used for chapter ids, calculator names and glossary ids. */
export const kebabIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected lower-case words joined by hyphens, e.g. "training-and-inference"' });

export const versionStatuses = ['draft', 'current', 'superseded', 'withdrawn'] as const;
export type VersionStatus = (typeof versionStatuses)[number];

/** A calculator name from src/lib/calculators.ts, the one list of the calculators chapters may embed. */
export const calculatorNameSchema = z.custom<CalculatorName>(isCalculatorName, {
  message: `expected calculator names from: ${calculatorNames.join(', ')}`,
});

/** A computed figure an erratum moved: which example, which quantity, its old and new value. */
export const movedFigureSchema = z.object({
  /** The example's frozen-result file under tests/golden/<version>/, e.g. "inference/article-drafting.json". */
  example: z
    .string()
    .regex(/^[a-z]+\/[a-z0-9.-]+\.json$/, { message: 'expected a frozen-result path such as "inference/article-drafting.json"' }),
  /** The quantity inside it, e.g. "perUnit.emissionsG.central" or "warnings" (empty for a whole example). */
  path: z.string(),
  /** Old and new value as JSON text; absent when the example or quantity was added or removed. */
  old: z.string().optional(),
  new: z.string().optional(),
});
export type MovedFigure = z.infer<typeof movedFigureSchema>;

/** A correction to a released version, recorded by `npm run guidance -- erratum`. */
export const erratumSchema = z.object({
  /** When the correction was published, YYYY-MM-DD. */
  date: isoDateSchema,
  /** The slug of the corrected chapter (its file name without .mdx); absent for a correction of results only. */
  chapter: kebabIdSchema.optional(),
  /** Computed figures the correction moved (an erratum of results), each with its old and new value. */
  figures: z.array(movedFigureSchema).optional(),
  /** How many further computed values moved (element breakdowns), recorded in tests/golden/ but not listed. */
  alsoMoved: z.number().int().positive().optional(),
  /**
   * Entries of the source registry the correction changed, by id (an erratum of references): the registry
   * is shared by every version, so its corrections reach a released version's references page and citations.
   */
  sources: z.array(z.string().min(1)).min(1).optional(),
  /** What was corrected, in a sentence a reader understands ("Table 2: the PUE for site B read 1.6; it is 1.16"). */
  what: z.string().min(10, { message: 'expected a sentence of at least 10 characters saying what was corrected' }),
  /** Why: the evidence or the mistake behind the correction. */
  why: z.string().min(10, { message: 'expected a sentence of at least 10 characters saying why it was corrected' }),
});
export type Erratum = z.infer<typeof erratumSchema>;

/**
 * A known issue of a released version that an erratum cannot correct (a method the next version
 * changes), shown on its changes page. The conformance test requires one for every computable
 * provision a released version's examples break.
 */
export const knownIssueSchema = z.object({
  /** The provision it concerns, by that version's numbering (e.g. "4.6"), when there is one. */
  provision: z.string().optional(),
  /** Examples affected, as "model/example". */
  examples: z.array(z.string()).default([]),
  /** What is wrong, in a sentence a reader understands. */
  what: z.string().min(10, { message: 'expected a sentence of at least 10 characters saying what the issue is' }),
  /** The version that resolves it, when one does. */
  resolvedIn: versionIdSchema.optional(),
});
export type KnownIssue = z.infer<typeof knownIssueSchema>;

/** File names a chapter may not use: the pages every version generates besides its chapters. */
export const reservedChapterSlugs = Object.values(generatedPages);

export const versionEntrySchema = z
  .object({
    /** The version id, also its URL segment (`/0.2/`). Never reused. */
    id: versionIdSchema,
    /** A short name for the version, e.g. "Consultation draft". */
    title: z.string().min(3, { message: 'expected a title of at least 3 characters' }),
    /** draft: not adopted yet; current: the one version in force; superseded: a newer version exists; withdrawn: must not be used. */
    status: z.enum(versionStatuses, { message: `expected one of: ${versionStatuses.join(', ')}` }),
    /** Release date (for a draft, the date the draft was opened). */
    released: isoDateSchema,
    /** One paragraph for the versions page and the contents page. */
    summary: z.string().min(40, { message: 'expected a one-paragraph summary of at least 40 characters' }),
    /** The calculator coefficient set this version's calculators use (calculators/coefficients/). */
    coefficientSet: z.string().regex(/^cs-\d{4}-\d{2}$/, { message: 'expected a coefficient set id such as "cs-2026-11"' }),
    /** Why the version was withdrawn; required when status is withdrawn. */
    withdrawnReason: z.string().optional(),
    /** When the version was withdrawn (YYYY-MM-DD); set by `npm run guidance -- withdraw`. */
    withdrawnDate: isoDateSchema.optional(),
    /** For a version opened with `new-draft`: the version its text started from. Defaults to none. */
    draftedFrom: versionIdSchema.optional(),
    /** What changed in this version, one item per change, shown on its changes page and in the releases feed. Defaults to none. */
    releaseNotes: z.array(z.string().min(3)).default([]),
    /** Corrections published after release (newest last). Defaults to none. */
    errata: z.array(erratumSchema).default([]),
    /** Issues of a released version that only a later version resolves. Defaults to none. */
    knownIssues: z.array(knownIssueSchema).default([]),
  })
  .refine((entry) => entry.errata.every((e) => e.chapter !== undefined || (e.figures?.length ?? 0) > 0 || e.sources !== undefined), {
    message: 'an erratum names its corrected chapter, the figures it moved or the source entries it corrected',
    path: ['errata'],
  })
  .refine((entry) => entry.status !== 'withdrawn' || (entry.withdrawnReason ?? '').trim().length > 0, {
    message: 'a withdrawn version needs a withdrawnReason saying why readers must not use it',
    path: ['withdrawnReason'],
  })
  .refine((entry) => entry.status !== 'draft' || entry.errata.length === 0, {
    message: 'a draft has no errata: correct the draft text directly',
    path: ['errata'],
  });

export const manifestSchema = z
  .object({
    $comment: z.string().optional(),
    versions: z.array(versionEntrySchema).min(1, { message: 'expected at least one version' }),
  })
  .superRefine((manifest, ctx) => {
    const current = manifest.versions.filter((v) => v.status === 'current');
    if (current.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['versions'],
        message: `expected exactly one version with status "current", found ${current.length}${current.length ? ` (${current.map((v) => v.id).join(', ')})` : ''}`,
      });
    }
    const seen = new Set<string>();
    manifest.versions.forEach((version, index) => {
      if (seen.has(version.id)) {
        ctx.addIssue({ code: 'custom', path: ['versions', index, 'id'], message: `version id "${version.id}" is listed twice` });
      }
      seen.add(version.id);
      version.errata.forEach((erratum, j) => {
        if (erratum.date < version.released) {
          ctx.addIssue({
            code: 'custom',
            path: ['versions', index, 'errata', j, 'date'],
            message: `an erratum cannot predate the release of version ${version.id} (${version.released})`,
          });
        }
      });
      if (version.draftedFrom && !manifest.versions.some((v) => v.id === version.draftedFrom)) {
        ctx.addIssue({
          code: 'custom',
          path: ['versions', index, 'draftedFrom'],
          message: `"${version.draftedFrom}" is not a version in the manifest`,
        });
      }
    });
  });

export type VersionEntry = z.infer<typeof versionEntrySchema>;
/** The manifest as written on disk (defaults not yet applied), which the release tool edits. */
export type VersionEntryInput = z.input<typeof versionEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

export const chapterFrontmatterSchema = z.object({
  /** The page heading. */
  title: z.string().min(3, { message: 'expected a title of at least 3 characters' }),
  /** One sentence for search results and the page's meta description. */
  description: z.string().min(20, { message: 'expected a one-sentence description of at least 20 characters' }),
  /** Stable identity of the chapter across versions (renames keep it). */
  chapterId: kebabIdSchema,
  /** Position in the version's contents; unique within a version. */
  order: z
    .number({ message: 'expected a whole number such as 3' })
    .int({ message: 'expected a whole number such as 3' })
    .min(1, { message: 'expected a whole number of 1 or more' }),
  /** One paragraph shown on the version's contents page. */
  summary: z.string().min(40, { message: 'expected a one-paragraph summary of at least 40 characters' }),
  /** When the working group last reviewed the chapter. */
  lastReviewed: z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), isoDateSchema),
  /** Calculators embedded in, or relevant to, the chapter. Defaults to none. */
  relatedCalculators: z.array(calculatorNameSchema).default([]),
  /** chapterIds of older versions that this chapter replaces (renames, merges); used by the version switcher. */
  previousChapterIds: z.array(kebabIdSchema).default([]),
});
export type ChapterFrontmatter = z.infer<typeof chapterFrontmatterSchema>;

export const glossaryTermSchema = z.object({
  /** The anchor on the glossary page and the id `<Term id>` links to. */
  id: kebabIdSchema,
  /** The term as displayed, e.g. "Power usage effectiveness (PUE)". */
  term: z.string().min(2),
  /** One to three plain sentences. */
  definition: z.string().min(20, { message: 'expected a definition of at least 20 characters' }),
  /** Related term ids. */
  seeAlso: z.array(kebabIdSchema).default([]),
});

export const glossarySchema = z.object({ terms: z.array(glossaryTermSchema).min(1) }).superRefine((glossary, ctx) => {
  const ids = new Set(glossary.terms.map((t) => t.id));
  glossary.terms.forEach((term, index) => {
    if (glossary.terms.findIndex((t) => t.id === term.id) !== index) {
      ctx.addIssue({ code: 'custom', path: ['terms', index, 'id'], message: `glossary id "${term.id}" is defined twice` });
    }
    term.seeAlso.forEach((other, j) => {
      if (!ids.has(other)) {
        ctx.addIssue({ code: 'custom', path: ['terms', index, 'seeAlso', j], message: `"${other}" is not a term in this glossary` });
      }
    });
  });
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Glossary = z.infer<typeof glossarySchema>;

/**
 * The rulebook: every provision of a version, stated once, in `content/guidance/<version>/rules.yaml`.
 * Chapters render a provision with `<Requirement id="BND-1" />`; the requirements explorer and the
 * compare pages read the same data. Versions before 0.3 have no rulebook: their provisions are written
 * inline in the chapters.
 */

/** A provision id: two to five capital letters, a hyphen and a number. Never reused for another rule. */
export const ruleIdSchema = z
  .string()
  .regex(/^[A-Z]{2,5}-[1-9]\d*$/, { message: 'expected a rule id of two to five capital letters, a hyphen and a number, e.g. "BND-3"' });

/** The normative levels, each with the one verb a provision of that level uses. */
export const ruleLevels = ['shall', 'should', 'may'] as const;
export type RuleLevel = (typeof ruleLevels)[number];
export const ruleLevelLabels: Record<RuleLevel, string> = { shall: 'Requirement', should: 'Recommendation', may: 'Permission' };

/** Who a provision concerns: the filter vocabulary of the requirements explorer and the self-assessment. */
export const ruleAudiences = ['practitioner', 'reporting-lead', 'procurement', 'working-group'] as const;
export type RuleAudience = (typeof ruleAudiences)[number];
export const ruleAudienceLabels: Record<RuleAudience, string> = {
  practitioner: 'Practitioners (editorial, product and engineering teams making an estimate)',
  'reporting-lead': 'Sustainability and reporting leads',
  procurement: 'Procurement and supplier management',
  'working-group': 'The working group (contributions, aggregation and publication)',
};

/** A provision number of a version before the rulebook, e.g. "2.10" (chapter number, dot, sequence). */
export const legacyProvisionIdSchema = z
  .string()
  .regex(/^\d+\.\d+$/, { message: 'expected the number of a provision of the earlier version, e.g. "2.10"' });

export const ruleSchema = z
  .object({
    /** Stable id, also the anchor of the provision on its chapter page (`#BND-1`). */
    id: ruleIdSchema,
    /** shall: a requirement; should: a recommendation; may: a permission. */
    level: z.enum(ruleLevels, { message: `expected one of: ${ruleLevels.join(', ')}` }),
    /** The slug of the chapter that states the provision (its file name without .mdx). */
    chapter: kebabIdSchema,
    /** A short name for lists and filters, without a final full stop. */
    title: z
      .string()
      .min(3, { message: 'expected a short title of at least 3 characters' })
      .max(80, { message: 'expected a short title of at most 80 characters' })
      .refine((t) => !/\.$/.test(t.trim()), { message: 'expected a title without a final full stop' }),
    /**
     * The provision, one paragraph. It may contain <Cite id="…" loc="…" />, <Term id="…">words</Term>,
     * links written [words](../chapter/) and other rule ids such as RPT-1, which become links.
     */
    text: z.string().min(20, { message: 'expected the provision text, at least 20 characters' }),
    /** Who the provision concerns; at least one. */
    audiences: z
      .array(z.enum(ruleAudiences, { message: `expected audiences from: ${ruleAudiences.join(', ')}` }))
      .min(1, { message: `expected at least one audience from: ${ruleAudiences.join(', ')}` })
      .refine((list) => new Set(list).size === list.length, { message: 'expected each audience once' }),
    /** Numbers of the provisions of the previous version (`replacesVersion`) that this one replaces. Defaults to none. */
    replaces: z.array(legacyProvisionIdSchema).default([]),
  })
  .superRefine((rule, ctx) => {
    const words = (rule.text.toLowerCase().match(/\b(shall|should|must)\b/g) ?? []) as string[];
    if (rule.level !== 'may' && !words.includes(rule.level)) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: `expected a "${rule.level}" provision to use the word "${rule.level}"` });
    }
    if (rule.level === 'may' && !/\bmay\b/i.test(rule.text)) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'expected a "may" provision to use the word "may"' });
    }
    if (rule.level === 'may' && words.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'expected a permission ("may") without "shall", "should" or "must"; make it a requirement or a recommendation instead',
      });
    }
    if (rule.level === 'should' && words.includes('shall')) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'expected a recommendation ("should") without "shall"; split it into two provisions',
      });
    }
    if (words.includes('must')) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'expected "shall" rather than "must": the guidance uses only shall, should and may normatively',
      });
    }
  });
export type Rule = z.infer<typeof ruleSchema>;

/** A provision of the previous version that no rule of this version replaces, with the reason. */
export const retiredProvisionSchema = z.object({
  /** The provision's number in the previous version. */
  id: legacyProvisionIdSchema,
  /** Why it was dropped, or where its content went (for example "now explanatory text in the quick start"). */
  reason: z.string().min(10, { message: 'expected a sentence of at least 10 characters saying why the provision was dropped' }),
});

export const rulebookSchema = z
  .object({
    /** The version whose numbered provisions `replaces` and `retired` refer to (the version before this one). */
    replacesVersion: versionIdSchema.optional(),
    /** Provisions of `replacesVersion` that no rule replaces. Defaults to none. */
    retired: z.array(retiredProvisionSchema).default([]),
    /** Every provision of the version, in reading order. */
    rules: z.array(ruleSchema).min(1, { message: 'expected at least one rule' }),
  })
  .superRefine((book, ctx) => {
    const first = new Map<string, number>();
    book.rules.forEach((rule, index) => {
      const earlier = first.get(rule.id);
      if (earlier !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `rule id "${rule.id}" is used twice (also rules.${earlier}); each provision is stated once`,
        });
      else first.set(rule.id, index);
    });
    const replaced = new Set(book.rules.flatMap((r) => r.replaces));
    book.retired.forEach((retired, index) => {
      if (replaced.has(retired.id))
        ctx.addIssue({
          code: 'custom',
          path: ['retired', index, 'id'],
          message: `provision ${retired.id} is listed as retired but a rule also replaces it`,
        });
    });
    if (!book.replacesVersion && (replaced.size || book.retired.length)) {
      ctx.addIssue({
        code: 'custom',
        path: ['replacesVersion'],
        message: 'expected the version whose provision numbers "replaces" and "retired" refer to, e.g. "0.2"',
      });
    }
  });
export type Rulebook = z.infer<typeof rulebookSchema>;

/**
 * The equations annex: every equation the calculators use, in `content/guidance/<version>/equations.yaml`,
 * printed on /<version>/equations/ as MathML. Each names the engine function that computes it
 * (calculators/equations.ts); the content guard checks its sources, coefficients and chapter, and
 * tests/unit/equations-annex.test.ts evaluates its worked example with that function.
 */
const texSchema = z.string().min(1, { message: 'expected a TeX expression' });

export const equationSymbolSchema = z.object({
  /** The symbol as TeX, e.g. "P_{\\mathrm{act}}". */
  symbol: texSchema,
  meaning: z.string().min(3, { message: 'expected what the symbol stands for' }),
  /** The unit in words or symbols ("Wh", "FLOP/s", "fraction"). */
  unit: z.string().min(1, { message: 'expected a unit ("count" or "fraction" for pure numbers)' }),
});

export const equationNameSchema = z.custom<EquationName>((value) => typeof value === 'string' && Object.hasOwn(equations, value), {
  message: `expected the name of a function in calculators/equations.ts: ${Object.keys(equations).join(', ')}`,
});

export const equationSchema = z.object({
  /** Stable id, also the anchor on the annex page (`#eq-decode-time`). */
  id: kebabIdSchema,
  title: z.string().min(3, { message: 'expected a short title' }),
  tex: texSchema,
  /** What the equation says and when the calculators use it, in plain words. */
  explanation: z.string().min(20, { message: 'expected a plain explanation of at least 20 characters' }),
  symbols: z.array(equationSymbolSchema).min(1, { message: 'expected the symbols the equation introduces' }),
  /** The engine function that computes it. */
  function: equationNameSchema,
  /** Source ids (calculators/coefficients/sources.ts) for the equation itself. */
  sources: z.array(z.string()).min(1, { message: 'expected at least one source id' }),
  /** Coefficient ids of the version's coefficient set that feed it. Defaults to none. */
  coefficients: z.array(z.string()).default([]),
  /** The chapter that discusses it (its slug). */
  chapter: kebabIdSchema,
  /** A worked number: the function's arguments in parameter order, and the result it gives. */
  worked: z.object({
    arguments: z
      .array(z.object({ symbol: texSchema, value: z.number().refine(Number.isFinite, { message: 'expected a finite number' }) }))
      .min(1),
    result: z.number().refine(Number.isFinite, { message: 'expected a finite number' }),
    unit: z.string().min(1),
  }),
});
export type Equation = z.infer<typeof equationSchema>;

export const equationsAnnexSchema = z
  .object({
    sections: z
      .array(
        z.object({
          id: kebabIdSchema,
          title: z.string().min(3),
          /** One paragraph introducing the section. */
          intro: z.string().min(20, { message: 'expected an introduction of at least 20 characters' }),
          equations: z.array(equationSchema).min(1, { message: 'expected at least one equation' }),
        }),
      )
      .min(1, { message: 'expected at least one section' }),
  })
  .superRefine((annex, ctx) => {
    const first = new Map<string, string>();
    annex.sections.forEach((section, i) =>
      section.equations.forEach((equation, j) => {
        const earlier = first.get(equation.id);
        if (earlier)
          ctx.addIssue({
            code: 'custom',
            path: ['sections', i, 'equations', j, 'id'],
            message: `equation id "${equation.id}" is used twice (also ${earlier})`,
          });
        else first.set(equation.id, `sections.${i}.equations.${j}`);
      }),
    );
  });
export type EquationsAnnex = z.infer<typeof equationsAnnexSchema>;
