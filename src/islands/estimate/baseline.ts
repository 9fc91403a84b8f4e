/**
 * The short form asks for a person's time without AI and treats an empty answer as "nothing to compare
 * with": the baseline is a person's work when a time is given and "nothing" (the AI output is additional)
 * when it is not. The device the reader chose for that work is kept either way.
 */
import type { CounterfactualInput } from '../../../calculators/counterfactual/index.ts';

export function withBaselineFromTime(input: CounterfactualInput): CounterfactualInput {
  const baseline = input.baseline as CounterfactualInput['baseline'] & {
    humanTimeH?: unknown;
    device?: { type?: 'laptop' | 'desktop-monitor' | 'smartphone' };
  };
  const time = baseline.humanTimeH as Extract<CounterfactualInput['baseline'], { kind: 'human' }>['humanTimeH'] | undefined;
  if (time === undefined)
    return baseline.kind === 'nothing' && !('humanTimeH' in baseline) ? input : { ...input, baseline: { kind: 'nothing' } };
  return { ...input, baseline: { kind: 'human', humanTimeH: time, device: baseline.device ?? { type: 'laptop' } } };
}
