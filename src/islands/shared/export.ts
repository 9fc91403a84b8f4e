/**
 * What an island's export is made of, and the citation its export bar shows. The files themselves (CSV,
 * JSON, Markdown) are written by export-files.ts, which the bar loads when a reader first asks for one: a
 * reader who never exports does not download that code. Pure; the date is passed in.
 */
import type { InputRecord, Interval } from '../../../calculators/core/result.ts';
import { PUBLISHER, WORK_TITLE } from '../../lib/citation.ts';
import type { Quantity } from '../../../calculators/core/format.ts';
import type { IslandContext } from './types.ts';

export interface ExportRow {
  label: string;
  quantity: Quantity;
  interval: Interval;
}

export interface ExportData {
  context: IslandContext;
  coefficientSet: string;
  date: string;
  permalink: string;
  rawInput: unknown;
  inputs: InputRecord[];
  results: ExportRow[];
  /** Extra notes (caveats) for the Markdown. */
  notes: string[];
  /** The boundary statement of the result (the AI step's in a comparison), printed by every export. */
  boundary?: string;
  /** Further structured output for the JSON download (e.g. the disclosure statement). */
  attachments?: Record<string, unknown>;
  /** What the reader typed or chose (CalculatorState.typed): only those inputs are "entered". */
  typed?: ReadonlySet<string>;
}

/** What every island's export takes from its calculator state: the same six fields, written once. */
export function stateExport(
  state: { coefficientSet: string; date: string; permalink: string; input: unknown; typed: ReadonlySet<string> },
  context: IslandContext,
): Pick<ExportData, 'context' | 'coefficientSet' | 'date' | 'permalink' | 'rawInput' | 'typed'> {
  return {
    context,
    coefficientSet: state.coefficientSet,
    date: state.date,
    permalink: state.permalink,
    rawInput: state.input,
    typed: state.typed,
  };
}

/** A further record the export bar offers (a model-card block, an "Environmental impact" section). */
export interface ExportRecord {
  /** What it is, after "Download" and "Copy": "model-card metadata (co2_eq_emissions)". */
  label: string;
  /** File name ending, after the export's base name: "model-card.yaml". */
  suffix: string;
  type: string;
  /** Its text, made when the reader asks for it (the model-card writers load then). */
  text: () => Promise<string>;
}

/**
 * The address a citation gives: the permalink moved to the site's public origin (context.site), so a result
 * cited from a preview or a local copy still resolves where readers will look. The address bar keeps the
 * address the reader is on.
 */
export function citedAddress(data: Pick<ExportData, 'permalink' | 'context'>): string {
  if (!data.permalink || !data.context.site) return data.permalink;
  try {
    const here = new URL(data.permalink);
    return new URL(`${here.pathname}${here.search}${here.hash}`, data.context.site).href;
  } catch {
    return data.permalink;
  }
}

export function citationText(data: ExportData): string {
  const year = data.date.slice(0, 4);
  return `${PUBLISHER} (${year}). ${data.context.title}: result computed with coefficient set ${data.coefficientSet}. In: ${WORK_TITLE}, version ${data.context.version} (${data.context.versionTitle}), released ${data.context.released}. Accessed ${data.date}. ${citedAddress(data)}`;
}
