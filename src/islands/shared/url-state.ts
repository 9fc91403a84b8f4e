/**
 * Island state in the address: one query parameter per island (`?calc-boundary-explorer=…`), so several
 * islands on a page never collide. The value is JSON: { v: guidance version, cs: coefficient set, in: input }.
 * Everything read from the URL is treated as untrusted data: size-limited, parsed as JSON, shape-checked here
 * and then validated by the engine's schema. It is only ever rendered as text, never as HTML.
 */
export interface PinnedState<I = unknown> {
  /** Guidance version the link was made under. */
  version: string;
  /** Coefficient set the link was computed with. */
  coefficientSet: string;
  input: I;
}

export type DecodeOutcome<I> = { kind: 'absent' } | { kind: 'ok'; state: PinnedState<I> } | { kind: 'malformed' };

const MAX_LENGTH = 8_000;
const VERSION = /^\d+\.\d+$/;
const SET = /^cs-\d{4}-\d{2}$/;

export const paramName = (island: string) => `calc-${island}`;
/** The id of an island's section on its page: a permalink ends with it, so the browser opens the page at the calculator. */
export const islandAnchor = (island: string) => `calc-${island}`;

export function encodeState(state: PinnedState): string {
  return JSON.stringify({ v: state.version, cs: state.coefficientSet, in: state.input });
}

/** Reads one island's state from a query string (location.search). Never throws. */
export function decodeState<I = unknown>(search: string, island: string): DecodeOutcome<I> {
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get(paramName(island));
  } catch {
    return { kind: 'malformed' };
  }
  if (raw === null) return { kind: 'absent' };
  if (raw.length > MAX_LENGTH) return { kind: 'malformed' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'malformed' };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { kind: 'malformed' };
  const record = parsed as Record<string, unknown>;
  const { v, cs, in: input } = record;
  if (typeof v !== 'string' || !VERSION.test(v)) return { kind: 'malformed' };
  if (typeof cs !== 'string' || !SET.test(cs)) return { kind: 'malformed' };
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { kind: 'malformed' };
  return { kind: 'ok', state: { version: v, coefficientSet: cs, input: input as I } };
}

/**
 * The page address with this island's state set (other parameters kept) and the island's anchor as the
 * hash, so the link opens the page scrolled to the calculator before any JavaScript runs.
 */
export function withState(href: string, island: string, state: PinnedState): string {
  const url = new URL(href);
  url.searchParams.set(paramName(island), encodeState(state));
  url.hash = islandAnchor(island);
  return url.href;
}

/** The page address without this island's state. */
export function withoutState(href: string, island: string): string {
  const url = new URL(href);
  url.searchParams.delete(paramName(island));
  return url.href;
}
