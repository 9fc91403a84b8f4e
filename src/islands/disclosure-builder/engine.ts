/**
 * Disclosure builder engine chunk: the disclosure model with the inference model. A statement may disclose a
 * training or fine-tuning run instead; the training model then loads on demand (`ready`), so a reader who
 * discloses inference, as most do, loads neither it nor the counterfactual model.
 */
import { disclosureEvaluator, type DisclosureModels } from '../../../calculators/disclosure/build.ts';
import { evaluateInference } from '../../../calculators/inference/model.ts';
import type { DisclosureInput, DisclosureStatement } from '../../../calculators/disclosure/index.ts';
import type { InputRecord } from '../../../calculators/core/result.ts';
import type { BoundaryStatement } from '../../../calculators/inference/statement.ts';
import { coefficientMeta } from '../shared/coefficient-meta.ts';
import type { IslandEngine, ViewOutcome } from '../shared/types.ts';

/** Only what the island shows: the statement, its Markdown and the input records. */
export interface DisclosureView {
  statement: DisclosureStatement;
  markdown: string;
  inputs: InputRecord[];
  warnings: string[];
  /** The boundary statement of an inference statement (for the below-minimum warning beside the switches). */
  boundaryStatement?: BoundaryStatement;
}

/** The models a statement can run; the training model joins when a statement first needs it. */
const models: DisclosureModels = { inference: evaluateInference };
const evaluateDisclosure = disclosureEvaluator(models);

/** Beside the choice of statement when the training model could not be fetched (offline, or the site moved). */
export const TRAINING_NOT_LOADED =
  'The training model could not be loaded, so a training statement cannot be written now: check the connection and choose it again, or disclose the use of a model.';

export function runDisclosure(input: DisclosureInput, coefficientSet: string): ViewOutcome<DisclosureView> {
  // The engine would refuse with its own words ("Model must be inference here"), which blame the choice rather than the network.
  if (input.model === 'training' && !models.training) return { ok: false, errors: [{ path: 'model', message: TRAINING_NOT_LOADED }] };
  const outcome = evaluateDisclosure(input, { coefficientSet });
  if (!outcome.ok) return outcome;
  const r = outcome.result;
  const boundary = r.source.model === 'inference' ? { boundaryStatement: r.source.boundaryStatement } : {};
  return {
    ok: true,
    view: { statement: r.statement, markdown: r.markdown, inputs: r.inputs, warnings: r.warnings, ...boundary },
    coefficientIds: r.coefficientsUsed,
    sourceIds: r.sourceIds,
  };
}

export const engine: IslandEngine<DisclosureInput, DisclosureView> = {
  run: runDisclosure,
  coefficientMeta,
  // Not loaded (offline): run refuses the statement, and the error summary above the form says so.
  ready: async (input) => {
    if (input?.model === 'training' && !models.training)
      await import('../../../calculators/training/model.ts').then(
        (m) => void (models.training = m.evaluateTraining),
        () => undefined,
      );
  },
};
