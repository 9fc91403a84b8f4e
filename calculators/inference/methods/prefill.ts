/**
 * Prefill inputs: registered only when the coefficient set counts input tokens and the request has
 * some. Both are coefficients shown in the assumptions register (fitted to Epoch AI's long-input figures).
 */
import type { FieldSpec } from '../../core/uncertain.ts';
import type { MethodContext } from '../source.ts';

const utilisationSpec: FieldSpec = { label: 'FLOP utilisation during prefill', unit: 'fraction', min: 0, max: 1, minExclusive: true };
const crossoverSpec: FieldSpec = {
  label: 'Context at which attention costs as much as the parameters',
  unit: 'tokens',
  min: 0,
  max: 1e9,
  minExclusive: true,
};

/** Input vector indexes of the prefill coefficients, or undefined when prefill is not counted. */
export interface PrefillInputs {
  iUtilisation: number;
  iCrossover: number;
}

export function registerPrefill(context: MethodContext): PrefillInputs | undefined {
  if (context.iInputTokens < 0) return undefined;
  const { c } = context;
  c.useSource('kaplan-2020');
  return {
    iUtilisation: c.fromCoefficient('estimate.prefillUtilisation', utilisationSpec, 'prefill-utilisation'),
    iCrossover: c.fromCoefficient('estimate.attentionCrossoverTokens', crossoverSpec, 'attention-crossover-tokens'),
  };
}
