/**
 * The rulebook's text and its links to the rest of the guidance: parsing a provision's inline markup,
 * checking it against what exists, writing provisions into chapter bodies (for diffs and citations),
 * finding the numbered provisions of versions written before the rulebook, and the map from those
 * numbers to rule ids. Pure: the registry, glossary and chapters are passed in.
 */
import { componentUses } from './mdx-tags.ts';
import type { Rule, RuleLevel, Rulebook } from './content-schema.ts';

/** One piece of a provision's text. */
export type RuleSegment =
  | { kind: 'text'; value: string }
  | { kind: 'cite'; id: string; loc?: string }
  | { kind: 'term'; id: string; text: string }
  | { kind: 'link'; href: string; text: string }
  | { kind: 'rule'; id: string };

export interface ParsedRuleText {
  segments: RuleSegment[];
  /** Markup the text may not contain, as the author wrote it. */
  unsupported: string[];
}

const RULE_ID = /\b[A-Z]{2,5}-[1-9]\d*\b/g;
const INLINE = /<Cite\s+id="([^"]+)"(?:\s+loc="([^"]*)")?\s*\/>|<Term\s+id="([^"]+)">([^<]+)<\/Term>|\[([^\]]+)\]\(([^)\s]+)\)/g;

/**
 * Splits a provision's text into plain text, citations, glossary links, Markdown links and references to
 * other rules (any token shaped like a rule id). Anything else that looks like markup (`<`, `{`, `}`, `*`,
 * backticks) is reported, so a provision renders exactly as written.
 */
export function parseRuleText(text: string): ParsedRuleText {
  const segments: RuleSegment[] = [];
  const unsupported: string[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    let last = 0;
    for (const match of value.matchAll(RULE_ID)) {
      if (match.index! > last) segments.push({ kind: 'text', value: value.slice(last, match.index) });
      segments.push({ kind: 'rule', id: match[0] });
      last = match.index! + match[0].length;
    }
    if (last < value.length) segments.push({ kind: 'text', value: value.slice(last) });
    for (const bad of value.match(/<[^>]*>?|[{}`]|\*\*?[^*]+\*\*?/g) ?? []) unsupported.push(bad);
  };
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    pushText(text.slice(last, match.index));
    if (match[1] !== undefined)
      segments.push(match[2] === undefined ? { kind: 'cite', id: match[1] } : { kind: 'cite', id: match[1], loc: match[2] });
    else if (match[3] !== undefined) segments.push({ kind: 'term', id: match[3], text: match[4]! });
    else segments.push({ kind: 'link', text: match[5]!, href: match[6]! });
    last = match.index! + match[0].length;
  }
  pushText(text.slice(last));
  return { segments, unsupported };
}

/** Plain words of a provision (citations dropped, links and terms kept as their words). */
export function ruleTextPlain(text: string): string {
  return parseRuleText(text)
    .segments.map((s) => (s.kind === 'text' ? s.value : s.kind === 'cite' ? '' : s.kind === 'rule' ? s.id : s.text))
    .join('')
    .replace(/\s+([.,;:)])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export interface RuleTextContext {
  sourceIds: ReadonlySet<string>;
  termIds: ReadonlySet<string>;
  ruleIds: ReadonlySet<string>;
  chapterSlugs: ReadonlySet<string>;
}

/** What in a provision's text points nowhere: unknown citations, terms, rules and chapters, and unsupported markup. */
export function ruleTextProblems(text: string, context: RuleTextContext): string[] {
  const { segments, unsupported } = parseRuleText(text);
  const problems = unsupported.map(
    (bad) =>
      `expected plain text with <Cite id="…" />, <Term id="…">…</Term>, [words](../chapter/) links and rule ids only, but found ${JSON.stringify(bad)}`,
  );
  for (const segment of segments) {
    if (segment.kind === 'cite' && !context.sourceIds.has(segment.id))
      problems.push(`expected a source id from calculators/coefficients/sources.ts, but found <Cite id="${segment.id}" />`);
    if (segment.kind === 'term' && !context.termIds.has(segment.id))
      problems.push(`expected a term id from this version's glossary.json, but found <Term id="${segment.id}">`);
    if (segment.kind === 'rule' && !context.ruleIds.has(segment.id))
      problems.push(`expected the id of a rule in this rulebook, but found "${segment.id}"`);
    if (segment.kind === 'link') {
      const target = /^\.\.\/([a-z0-9-]+)\/(?:#[\w-]+)?$/.exec(segment.href);
      if (!target) problems.push(`expected a link of the form ../<chapter>/, but found "${segment.href}"`);
      else if (!context.chapterSlugs.has(target[1]!))
        problems.push(`expected a link to a chapter or page of this version, but "${segment.href}" leads nowhere`);
    }
  }
  return problems;
}

/** `<Requirement id="…" />` uses in a chapter body: the rulebook form (no level, no content). */
export function rulebookRequirementIds(body: string): { id: string; line: number }[] {
  return [...body.matchAll(/<Requirement\s+id="([^"]+)"\s*\/>/g)].map((m) => ({
    id: m[1]!,
    line: body.slice(0, m.index).split('\n').length,
  }));
}

/** `<RuleRef id="…" />` uses in a chapter body: links from prose to a provision. */
export function ruleRefIds(body: string): { id: string; line: number }[] {
  return componentUses(body, ['RuleRef']).map((u) => ({ id: u.attributes.id ?? '', line: u.line }));
}

/**
 * A chapter body with each `<Requirement id="…" />` replaced by the provision's words, so that diffs,
 * citation lists and word counts see what the reader sees. Bodies without the rulebook form are unchanged.
 */
export function expandRequirementTags(body: string, rulebook: Rulebook | undefined): string {
  if (!rulebook) return body;
  const byId = new Map(rulebook.rules.map((r) => [r.id, r]));
  return body
    .replace(/<Requirement\s+id="([^"]+)"\s*\/>/g, (tag, id: string) => {
      const rule = byId.get(id);
      return rule
        ? `<Requirement id="${rule.id}" level="${rule.level}">\n\n**${rule.id}: ${rule.title}.** ${rule.text}\n\n</Requirement>`
        : tag;
    })
    .replace(/<RuleRef\s+id="([^"]+)"\s*\/>/g, (_tag, id: string) => id);
}

/** A numbered provision of a version written before the rulebook. */
export interface LegacyProvision {
  id: string;
  level: RuleLevel;
  /** The slug of the chapter it is in. */
  chapter: string;
}

/** The inline `<Requirement id="2.1" level="shall">` provisions of a version's chapters, in chapter order. */
export function legacyProvisions(chapters: readonly { slug: string; body: string }[]): LegacyProvision[] {
  return chapters.flatMap((chapter) =>
    componentUses(chapter.body, ['Requirement'])
      .filter((u) => u.attributes.level)
      .map((u) => ({ id: u.attributes.id ?? '', level: u.attributes.level as RuleLevel, chapter: chapter.slug })),
  );
}

/** Sorts provision numbers such as 2.9 and 2.10 numerically. */
export function compareProvisionNumbers(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/** One row of the map from the previous version's numbered provisions to this version's rules. */
export interface ProvisionMapRow {
  old: LegacyProvision;
  /** The rules that replace it (several when it was split), in rulebook order. */
  rules: Rule[];
  /** Why it was dropped, when no rule replaces it. */
  retiredReason?: string;
}

/**
 * Every numbered provision of the previous version with the rules that replace it, or the reason it was
 * retired. Provisions the rulebook does not mention get neither (the content tests forbid that).
 */
export function provisionMap(old: readonly LegacyProvision[], rulebook: Rulebook): ProvisionMapRow[] {
  const retired = new Map(rulebook.retired.map((r) => [r.id, r.reason]));
  return [...old]
    .sort((a, b) => compareProvisionNumbers(a.id, b.id))
    .map((provision) => {
      const rules = rulebook.rules.filter((r) => r.replaces.includes(provision.id));
      const reason = retired.get(provision.id);
      return reason === undefined ? { old: provision, rules } : { old: provision, rules, retiredReason: reason };
    });
}

/** Counts for a rulebook: provisions in total and per level. */
export function rulebookCounts(rulebook: Rulebook): { total: number } & Record<RuleLevel, number> {
  const count = (level: RuleLevel) => rulebook.rules.filter((r) => r.level === level).length;
  return { total: rulebook.rules.length, shall: count('shall'), should: count('should'), may: count('may') };
}
