/**
 * The self-assessment of the requirements explorer and the conformance statement it exports: one zod
 * schema (also published as /downloads/conformance-statement.schema.json), its Markdown, JSON and CSV
 * forms, and reading a statement back, mapping one written for an earlier version to this version's ids
 * through the rulebook's `replaces`. Framework-free: the explorer's browser module, the JSON Schema route
 * and the tests use it.
 */
import Papa from 'papaparse';
import * as z from 'zod/mini';
import type { RuleLevel } from './content-schema.ts';
import type { Provision } from './provisions.ts';

export const STATEMENT_SCHEMA_VERSION = '1.0';
export const STATEMENT_SCHEMA_PATH = '/downloads/conformance-statement.schema.json';

/** How far an organisation meets a provision. */
export const statusLabels = {
  met: 'Met',
  'partly-met': 'Partly met',
  'not-met': 'Not met',
  'not-applicable': 'Not applicable',
  'not-assessed': 'Not assessed',
} as const;
export type AssessmentStatus = keyof typeof statusLabels;
export const statuses = Object.keys(statusLabels) as [AssessmentStatus, ...AssessmentStatus[]];
/** The four answers a reader gives (not-assessed is the absence of one). */
export const answers = statuses.filter((s) => s !== 'not-assessed');

/** Evidence: a web address (http or https) or a reference without a scheme ("Board paper 2026-14"); never javascript: and the like. */
export const EVIDENCE_PATTERN = /^(?:https?:\/\/\S+|(?![A-Za-z][A-Za-z0-9+.-]*:).*)$/;

export const assessmentSchema = z.object({
  /** The provision's id in the statement's guidance version ("BND-3", or "2.3" in 0.2). */
  id: z
    .string({ error: 'Each provision needs its id' })
    .check(z.regex(/^(?:[A-Z]{2,5}-[1-9]\d*|\d+\.\d+)$/, { error: 'A provision id looks like BND-3 (or 2.3 in version 0.2)' })),
  /** Its level, as the guidance states it (informative). */
  level: z.optional(z.enum(['shall', 'should', 'may'], { error: 'Level must be shall, should or may' })),
  /** Its title, as the guidance states it (informative). */
  title: z.optional(z.string().check(z.maxLength(200, { error: 'A title is at most 200 characters' }))),
  /** met, partly-met, not-met, not-applicable or not-assessed. */
  status: z.enum(statuses, { error: `Status must be one of: ${statuses.join(', ')}` }),
  /** What is in place, or why not (plain text). */
  note: z.optional(z.string().check(z.maxLength(2000, { error: 'A note is at most 2,000 characters' }))),
  /** A link to the evidence (http or https), or a reference to a document. */
  evidence: z.optional(
    z.string().check(
      z.maxLength(500, { error: 'An evidence link is at most 500 characters' }),
      z.regex(EVIDENCE_PATTERN, {
        error: 'Evidence must be a web address starting with https:// (or http://), or a document reference without a scheme',
      }),
    ),
  ),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const conformanceStatementSchema = z
  .object({
    /** The JSON Schema this statement follows. */
    $schema: z.optional(z.string()),
    /** Version of the statement format. */
    schemaVersion: z.literal(STATEMENT_SCHEMA_VERSION, { error: `schemaVersion must be "${STATEMENT_SCHEMA_VERSION}"` }),
    /** The guidance version assessed against, e.g. "0.3". */
    guidanceVersion: z
      .string({ error: 'The statement must name its guidance version' })
      .check(z.regex(/^\d+\.\d+$/, { error: 'The guidance version looks like 0.3' })),
    /** Who assessed itself (optional). */
    organisation: z.optional(z.string().check(z.maxLength(200, { error: 'The organisation is at most 200 characters' }))),
    /** What was assessed: a service, a team, a report (optional). */
    scope: z.optional(z.string().check(z.maxLength(500, { error: 'The scope is at most 500 characters' }))),
    /** When the assessment was last changed, YYYY-MM-DD. */
    assessed: z
      .string({ error: 'The statement must give the date it was assessed' })
      .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'The date assessed is written YYYY-MM-DD' })),
    /** One entry per provision of the version (or per provision assessed). */
    provisions: z
      .array(assessmentSchema, { error: 'The statement must list its provisions' })
      .check(z.maxLength(1000, { error: 'A statement lists at most 1,000 provisions' })),
  })
  .check(
    z.superRefine((statement, ctx) => {
      const seen = new Set<string>();
      statement.provisions.forEach((p, index) => {
        if (seen.has(p.id))
          ctx.issues.push({
            code: 'custom',
            path: ['provisions', index, 'id'],
            message: `Provision ${p.id} is listed twice`,
            input: undefined,
          });
        seen.add(p.id);
      });
    }),
  );
export type ConformanceStatement = z.infer<typeof conformanceStatementSchema>;

/** JSON Schema (draft 2020-12) of a conformance statement, from the zod schema. */
export function conformanceStatementJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Conformance statement: a self-assessment against the provisions of a version of the guidance',
    description:
      'Exported by the requirements explorer of the guidance (/<version>/requirements/). Generated from the zod schema in src/lib/conformance-statement.ts; the CSV export has one row per provision with the same fields.',
    ...(z.toJSONSchema(conformanceStatementSchema, { unrepresentable: 'any' }) as Record<string, unknown>),
  };
}

/** What the explorer page gives its script: the version, its provisions and the maps from earlier versions. */
export interface AssessmentPageData {
  version: { id: string; status: string };
  provisions: { id: string; level: RuleLevel; title?: string }[];
  /** For each earlier version with provisions: each of its ids to this version's ids, and the reasons of those retired. */
  earlier: { id: string; map: Record<string, string[]>; retired: Record<string, string> }[];
}

export function assessmentPageData(
  version: { id: string; status: string; provisions: readonly Provision[] },
  earlier: readonly { id: string; map: Map<string, string[]>; retired: Map<string, string> }[],
): AssessmentPageData {
  return {
    version: { id: version.id, status: version.status },
    provisions: version.provisions.map((p) => (p.title ? { id: p.id, level: p.level, title: p.title } : { id: p.id, level: p.level })),
    earlier: earlier.map((e) => ({ id: e.id, map: Object.fromEntries(e.map), retired: Object.fromEntries(e.retired) })),
  };
}

/** What the explorer keeps: the statement's header and an answer per assessed provision. */
export interface AssessmentState {
  organisation?: string;
  scope?: string;
  assessed: string;
  answers: Record<string, { status: AssessmentStatus; note?: string; evidence?: string }>;
}

/** The full statement: every provision of the version, in order, "not-assessed" where there is no answer. */
export function statementOf(state: AssessmentState, page: AssessmentPageData): ConformanceStatement {
  return {
    schemaVersion: STATEMENT_SCHEMA_VERSION,
    guidanceVersion: page.version.id,
    ...(state.organisation ? { organisation: state.organisation } : {}),
    ...(state.scope ? { scope: state.scope } : {}),
    assessed: state.assessed,
    provisions: page.provisions.map((p) => {
      const answer = Object.hasOwn(state.answers, p.id) ? state.answers[p.id] : undefined;
      return {
        id: p.id,
        level: p.level,
        ...(p.title ? { title: p.title } : {}),
        status: answer?.status ?? 'not-assessed',
        ...(answer?.note ? { note: answer.note } : {}),
        ...(answer?.evidence ? { evidence: answer.evidence } : {}),
      };
    }),
  };
}

/** The state a statement for this very version holds. */
export function stateOf(statement: ConformanceStatement): AssessmentState {
  const answersById: AssessmentState['answers'] = {};
  for (const p of statement.provisions) {
    if (p.status === 'not-assessed' && !p.note && !p.evidence) continue;
    answersById[p.id] = { status: p.status, ...(p.note ? { note: p.note } : {}), ...(p.evidence ? { evidence: p.evidence } : {}) };
  }
  return {
    ...(statement.organisation ? { organisation: statement.organisation } : {}),
    ...(statement.scope ? { scope: statement.scope } : {}),
    assessed: statement.assessed,
    answers: answersById,
  };
}

/** Counts per status, for the summary line. */
export function statusCounts(statement: ConformanceStatement): Record<AssessmentStatus, number> {
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<AssessmentStatus, number>;
  for (const p of statement.provisions) counts[p.status] += 1;
  return counts;
}

const md = (text: string) => text.replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1').replace(/\r?\n/g, '<br>');

/** The statement as Markdown: a header, the counts and a table of every provision. */
export function statementMarkdown(statement: ConformanceStatement): string {
  const counts = statusCounts(statement);
  const lines = [
    `# Conformance statement: guidance version ${statement.guidanceVersion}`,
    '',
    ...(statement.organisation ? [`Organisation: ${md(statement.organisation)}  `] : []),
    ...(statement.scope ? [`Scope: ${md(statement.scope)}  `] : []),
    `Assessed: ${statement.assessed}  `,
    `Provisions: ${statement.provisions.length}; ${statuses.map((s) => `${statusLabels[s].toLowerCase()} ${counts[s]}`).join(', ')}.`,
    '',
    '| Provision | Level | Title | Status | Note | Evidence |',
    '|---|---|---|---|---|---|',
  ];
  for (const p of statement.provisions) {
    const evidence = p.evidence
      ? /^https?:\/\//.test(p.evidence)
        ? `<${p.evidence.replace(/[<>\s|]/g, encodeURIComponent)}>`
        : md(p.evidence)
      : '';
    lines.push(`| ${p.id} | ${p.level ?? ''} | ${md(p.title ?? '')} | ${statusLabels[p.status]} | ${md(p.note ?? '')} | ${evidence} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The statement as JSON, naming its schema. */
export function statementJson(statement: ConformanceStatement, schemaUrl: string): string {
  return `${JSON.stringify({ $schema: schemaUrl, ...statement }, null, 2)}\n`;
}

export const statementCsvColumns = [
  'guidanceVersion',
  'id',
  'level',
  'title',
  'status',
  'note',
  'evidence',
  'organisation',
  'scope',
  'assessed',
] as const;

const csvCell = (value: string | undefined) => {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`; // spreadsheet formula guard, undone on import
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The statement as CSV: one row per provision, the guidance version on every row. */
export function statementCsv(statement: ConformanceStatement): string {
  const rows = statement.provisions.map((p) =>
    [
      statement.guidanceVersion,
      p.id,
      p.level,
      p.title,
      p.status,
      p.note,
      p.evidence,
      statement.organisation,
      statement.scope,
      statement.assessed,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[statementCsvColumns.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Most bytes an imported statement may have. */
export const MAX_STATEMENT_BYTES = 2_000_000;

export type ImportOutcome =
  { ok: true; state: AssessmentState; from: string; mapped: boolean; notes: string[] } | { ok: false; message: string };

const refuse = (message: string): ImportOutcome => ({ ok: false, message });
const unguard = (text: string) => text.replace(/^'(?=[=+\-@\t\r])/, '');

/** A statement read from CSV text (rows as the CSV export writes them), or a message saying why not. */
function fromCsv(text: string): unknown {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const fields = parsed.meta.fields ?? [];
  const missing = ['guidanceVersion', 'id', 'status'].filter((c) => !fields.includes(c));
  if (missing.length) throw new Error(`The CSV file has no ${missing.join(', ')} column: export the statement again from the explorer`);
  if (parsed.errors.length)
    throw new Error(`The CSV file cannot be read at row ${(parsed.errors[0]!.row ?? 0) + 2}: check its quotation marks and commas`);
  const rows = parsed.data;
  if (!rows.length) throw new Error('The CSV file has no provisions');
  const first = rows[0]!;
  const versions = new Set(rows.map((r) => r.guidanceVersion));
  if (versions.size > 1) throw new Error('The CSV file mixes guidance versions: a statement is for one version');
  const optional = (value: string | undefined) => (value && value.trim() ? unguard(value) : undefined);
  return {
    schemaVersion: STATEMENT_SCHEMA_VERSION,
    guidanceVersion: first.guidanceVersion,
    ...(optional(first.organisation) ? { organisation: optional(first.organisation) } : {}),
    ...(optional(first.scope) ? { scope: optional(first.scope) } : {}),
    assessed: optional(first.assessed) ?? new Date().toISOString().slice(0, 10),
    provisions: rows.map((r) => {
      const entry: Record<string, string> = { id: r.id ?? '', status: r.status ?? '' };
      for (const key of ['level', 'title', 'note', 'evidence'] as const) {
        const value = optional(r[key]);
        if (value !== undefined) entry[key] = value;
      }
      return entry;
    }),
  };
}

const issueText = (issue: { path: PropertyKey[]; message: string }, raw: unknown) => {
  const [first, index] = issue.path;
  if (first === 'provisions' && typeof index === 'number') {
    const id = (raw as { provisions?: { id?: unknown }[] }).provisions?.[index]?.id;
    return `${typeof id === 'string' && /^[A-Z0-9.-]{1,12}$/.test(id) ? `Provision ${id}` : `Provision ${index + 1}`}: ${issue.message}`;
  }
  return issue.message;
};

/** Several answers for one provision (an old provision merged into one new id): the most cautious reading. */
function mergeAnswers(
  list: { from: string; status: AssessmentStatus; note?: string; evidence?: string }[],
): AssessmentState['answers'][string] | undefined {
  const given = list.filter((a) => a.status !== 'not-assessed');
  if (!given.length) return undefined;
  const relevant = given.some((a) => a.status !== 'not-applicable') ? given.filter((a) => a.status !== 'not-applicable') : given;
  const kinds = new Set(relevant.map((a) => a.status));
  const status: AssessmentStatus =
    kinds.size === 1 ? relevant[0]!.status : kinds.has('met') || kinds.has('partly-met') ? 'partly-met' : 'not-met';
  const note = list
    .filter((a) => a.note || list.length > 1)
    .map((a) => (list.length > 1 ? `[${a.from}: ${statusLabels[a.status].toLowerCase()}] ${a.note ?? ''}`.trim() : a.note!))
    .join('\n')
    .slice(0, 2000);
  const evidence = list.find((a) => a.evidence)?.evidence;
  return { status, ...(note ? { note } : {}), ...(evidence ? { evidence } : {}) };
}

/**
 * Reads an imported statement. It is refused, with a message and no change, when it is not a statement,
 * breaks the schema, or is for a version that cannot be mapped to this one. A statement for an earlier
 * version is mapped to this version's ids; what cannot be carried over is listed in `notes`.
 */
export function readStatement(text: string, fileName: string, page: AssessmentPageData): ImportOutcome {
  if (text.length > MAX_STATEMENT_BYTES)
    return refuse('The file is larger than a conformance statement can be (2 MB): choose the JSON or CSV file the explorer exported');
  const body = text.replace(/^\uFEFF/, '').trim();
  let raw: unknown;
  try {
    raw = body.startsWith('{') || /\.json$/i.test(fileName) ? JSON.parse(body) : fromCsv(body);
  } catch (error) {
    return refuse(
      error instanceof SyntaxError
        ? 'The file is not valid JSON: choose the JSON or CSV file the explorer exported'
        : (error as Error).message,
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return refuse('The file is not a conformance statement: it has no guidanceVersion and provisions');
  const parsed = conformanceStatementSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => issueText(i, raw));
    return refuse(
      `The statement cannot be imported: ${issues.join('; ')}${parsed.error.issues.length > 3 ? `; and ${parsed.error.issues.length - 3} more problems` : ''}.`,
    );
  }
  const statement = parsed.data;
  const known = new Set(page.provisions.map((p) => p.id));
  if (statement.guidanceVersion === page.version.id) {
    const state = stateOf(statement);
    const unknown = Object.keys(state.answers).filter((id) => !known.has(id));
    for (const id of unknown) delete state.answers[id];
    return {
      ok: true,
      state,
      from: statement.guidanceVersion,
      mapped: false,
      notes: unknown.length ? [`Not in version ${page.version.id} (left out): ${unknown.join(', ')}.`] : [],
    };
  }
  const earlier = page.earlier.find((e) => e.id === statement.guidanceVersion);
  if (!earlier) {
    return refuse(
      `This statement is for version ${statement.guidanceVersion} of the guidance; this page is version ${page.version.id}. Import it on the requirements page of version ${statement.guidanceVersion}, or export a statement for this version.`,
    );
  }
  const incoming = new Map<string, { from: string; status: AssessmentStatus; note?: string; evidence?: string }[]>();
  const dropped: string[] = [];
  const unknownOld: string[] = [];
  for (const p of statement.provisions) {
    if (!Object.hasOwn(earlier.map, p.id)) {
      unknownOld.push(p.id);
      continue;
    }
    const targets = earlier.map[p.id]!.filter((id) => known.has(id));
    if (!targets.length) {
      if (p.status !== 'not-assessed')
        dropped.push(`${p.id}${Object.hasOwn(earlier.retired, p.id) ? ` (retired: ${earlier.retired[p.id]})` : ''}`);
      continue;
    }
    for (const id of targets)
      incoming.set(id, [
        ...(incoming.get(id) ?? []),
        { from: p.id, status: p.status, ...(p.note ? { note: p.note } : {}), ...(p.evidence ? { evidence: p.evidence } : {}) },
      ]);
  }
  const answersById: AssessmentState['answers'] = {};
  for (const [id, list] of incoming) {
    const merged = mergeAnswers(list);
    if (merged) answersById[id] = merged;
  }
  const fresh = page.provisions.filter((p) => !incoming.has(p.id)).map((p) => p.id);
  const notes = [
    `Mapped from version ${statement.guidanceVersion} to the ids of version ${page.version.id}: ${Object.keys(answersById).length} provisions answered. Where several earlier provisions became one, the most cautious answer was kept and each earlier answer is in the note. Review each mapped answer: the wording may have changed.`,
    ...(dropped.length ? [`Not carried over (no provision of version ${page.version.id} replaces them): ${dropped.join('; ')}.`] : []),
    ...(unknownOld.length ? [`Not provisions of version ${statement.guidanceVersion} (left out): ${unknownOld.join(', ')}.`] : []),
    ...(fresh.length ? [`New in version ${page.version.id} or without an earlier answer, so not assessed: ${fresh.join(', ')}.`] : []),
  ];
  const state: AssessmentState = {
    ...(statement.organisation ? { organisation: statement.organisation } : {}),
    ...(statement.scope ? { scope: statement.scope } : {}),
    assessed: statement.assessed,
    answers: answersById,
  };
  return { ok: true, state, from: statement.guidanceVersion, mapped: true, notes };
}
