/** Disclosure builder engine chunk: the disclosure model (it can run any model; here inference). */
import { evaluateDisclosure } from '../../../calculators/disclosure/index.ts';
import type { DisclosureInput, DisclosureStatement } from '../../../calculators/disclosure/index.ts';
import type { InputRecord } from '../../../calculators/core/result.ts';
import { coefficientMeta } from '../shared/coefficient-meta.ts';
import type { IslandEngine, ViewOutcome } from '../shared/types.ts';

/** Only what the island shows: the statement, its Markdown and the input records. */
export interface DisclosureView {
  statement: DisclosureStatement;
  markdown: string;
  inputs: InputRecord[];
  warnings: string[];
}

export function runDisclosure(input: DisclosureInput, coefficientSet: string): ViewOutcome<DisclosureView> {
  const outcome = evaluateDisclosure(input, { coefficientSet });
  if (!outcome.ok) return outcome;
  const r = outcome.result;
  return { ok: true, view: { statement: r.statement, markdown: r.markdown, inputs: r.inputs, warnings: r.warnings }, coefficientIds: r.coefficientsUsed, sourceIds: r.sourceIds };
}

export const engine: IslandEngine<DisclosureInput, DisclosureView> = { run: runDisclosure, coefficientMeta };
