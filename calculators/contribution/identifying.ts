/**
 * Content that could identify a person or an organisation in a contribution (CON-1: no personal data, no
 * commercially sensitive terms). Pattern-based, so it flags for a person to review rather than proves:
 * e-mail addresses, web addresses, API keys and tokens, exact account or deployment ids, IP addresses,
 * organisation names from a list the contributor gives, and what looks like a personal name in free text.
 */

export const findingKinds = ['email', 'url', 'api-key', 'account-id', 'ip-address', 'organisation', 'personal-name'] as const;
export type FindingKind = (typeof findingKinds)[number];

export const findingLabels: Record<FindingKind, string> = {
  email: 'an e-mail address',
  url: 'a web address',
  'api-key': 'an API key or token',
  'account-id': 'an account, subscription or deployment id',
  'ip-address': 'an IP address',
  organisation: 'an organisation name from your list',
  'personal-name': 'what looks like a personal name',
};

/** A span of a text that could identify someone. */
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
}

const patterns: { kind: FindingKind; pattern: RegExp; generic?: true }[] = [
  { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  { kind: 'url', pattern: /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"']+/gi },
  // Keys with a known shape: OpenAI and Anthropic, AWS access keys, GitHub, Slack, Google, Hugging Face,
  // Stripe, JSON web tokens and bearer tokens.
  {
    kind: 'api-key',
    pattern:
      /\b(?:sk-(?:ant-|proj-)?[A-Za-z0-9_-]{16,}|AKIA[0-9A-Z]{16}|ASIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{30,}|hf_[A-Za-z0-9]{30,}|(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})|\bBearer\s+[A-Za-z0-9._~+/-]{16,}=*/g,
  },
  // Any other long string of letters and digits mixed (a secret, a hash, an opaque id).
  { kind: 'api-key', pattern: /\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{32,}\b/g, generic: true },
  {
    kind: 'account-id',
    pattern:
      /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\barn:aws[a-z-]*:[^\s,;]+|\b\d{12}\b|\b(?:projects|subscriptions|resourceGroups|deployments|accounts|organizations|tenants)\/[\w.-]+|\b(?:org|acct|proj|deployment|dep)[-_][A-Za-z0-9]{6,}\b|\b(?:account|deployment|subscription|tenant|project)[ _-]?(?:id|name)\s*[:=#]\s*\S+/gi,
  },
  { kind: 'ip-address', pattern: /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g },
];

const HONORIFIC = /\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\.?\s+[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+)?/g;
const CAPITALISED_RUN = /\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}\b/g;

/**
 * Capitalised words that start sentences or name products, places and months, so that "Google Cloud" or
 * "Measured In September" is not taken for a person. A name is flagged when a run of two or three
 * capitalised words remains after these are taken off its ends.
 */
const NOT_NAMES = new Set(
  (
    'a an and the this that these those we our they their it its he she his her you your i in on at of for from to by with per ' +
    'after before during over under about across into onto via each every all some any most no not only also then than when where while ' +
    'measured reported modelled estimated metered energy total average median monthly weekly daily annual figures figure data notes note ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'google microsoft amazon aws azure openai anthropic meta mistral nvidia apple ibm oracle cloud gemini claude llama gpt whisper bert ' +
    'europe european united kingdom states america north south east west central london paris berlin dublin frankfurt virginia oregon ireland ' +
    'france germany spain italy netherlands sweden norway finland denmark canada japan india china australia region grid zone ' +
    'speech text video audio image model models server servers cluster data centre center cpu gpu tpu ram api token tokens newsroom ' +
    'transcription translation summarisation summary summaries article articles dubbing voice tagging chat assistant service production ' +
    'small medium large frontier self hosted instance product feature batch inference training fine tuning pue scope location market based'
  ).split(' '),
);

function nameSpans(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(HONORIFIC))
    found.push({ kind: 'personal-name', start: match.index!, end: match.index! + match[0].length });
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = [...match[0].matchAll(/\S+/g)].map((w) => ({ word: w[0], start: match.index! + w.index! }));
    while (words.length && NOT_NAMES.has(words[0]!.word.toLowerCase())) words.shift();
    while (words.length && NOT_NAMES.has(words.at(-1)!.word.toLowerCase())) words.pop();
    if (words.length < 2 || words.some((w) => NOT_NAMES.has(w.word.toLowerCase()))) continue;
    found.push({ kind: 'personal-name', start: words[0]!.start, end: words.at(-1)!.start + words.at(-1)!.word.length });
  }
  return found;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The organisation names to look for, cleaned: one per entry, at least two characters, at most 200 names. */
export function organisationList(raw: string | readonly string[]): string[] {
  const names = (typeof raw === 'string' ? raw.split(/[\n;,]/) : raw).map((n) => n.trim()).filter((n) => n.length >= 2 && n.length <= 100);
  return [...new Set(names)].slice(0, 200);
}

/** A scanner for one run: compiles the organisation list once, then finds spans in any text. */
export function identifyingScanner(options: { organisations?: readonly string[] } = {}): (text: string) => Finding[] {
  const names = organisationList(options.organisations ?? []);
  const organisations = names.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : undefined;
  return (text: string) => {
    if (!text) return [];
    const found: (Finding & { generic?: true })[] = [];
    for (const { kind, pattern, generic } of patterns)
      for (const match of text.matchAll(pattern))
        found.push({ kind, start: match.index!, end: match.index! + match[0].length, ...(generic ? { generic } : {}) });
    if (organisations)
      for (const match of text.matchAll(organisations))
        found.push({ kind: 'organisation', start: match.index!, end: match.index! + match[0].length });
    found.push(...nameSpans(text));
    return mergeSpans(found);
  };
}

/**
 * Overlapping spans merged into one. Its kind is that of a specific pattern over the generic long-string
 * one (a UUID is an id before it is a long string), then the first in the order of `findingKinds`.
 */
function mergeSpans(found: (Finding & { generic?: true })[]): Finding[] {
  const sorted = [...found].sort(
    (a, b) =>
      a.start - b.start || Number(a.generic ?? 0) - Number(b.generic ?? 0) || findingKinds.indexOf(a.kind) - findingKinds.indexOf(b.kind),
  );
  const merged: (Finding & { generic?: true })[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (last.generic && !span.generic) {
        last.kind = span.kind;
        delete last.generic;
      }
    } else merged.push({ ...span });
  }
  return merged.map(({ kind, start, end }) => ({ kind, start, end }));
}

/** The text with each span replaced by "[removed]". */
export function redact(text: string, findings: readonly Finding[]): string {
  let out = '';
  let last = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < last) continue;
    out += `${text.slice(last, f.start)}[removed]`;
    last = f.end;
  }
  return out + text.slice(last);
}
