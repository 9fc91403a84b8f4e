/**
 * Coefficient set cs-2026-12: pinned by the guidance 0.3 draft. It may change while 0.3 is a draft; once
 * 0.3 is released it is frozen like every pinned set (a correction is then a new set).
 */
import { ecologits091 } from './ecologits.ts';
import type { CoefficientSet } from './schema.ts';
import {
  counterfactualCoefficients, deviceCoefficients, devicePresets, gridCoefficients, gridPresets,
  infrastructureCoefficients, mediaCoefficients, mediaPresets, modelClassCoefficients, modelClasses, networkCoefficients,
} from './shared.ts';

export const cs202612: CoefficientSet = {
  id: 'cs-2026-12',
  title: 'Coefficient set December 2026 (draft, for guidance 0.3)',
  pinnedBy: '0.3',
  published: '2026-12-01',
  description: 'EcoLogits v0.9.1 parametric inference coefficients with prefill of input tokens, proxy classes that sample serving conditions, bounds reported as bounds, a like-for-like counterfactual, a network power model and a speech-to-text method.',
  changes: [
    'Input tokens count: prefill compute is added to the FLOP, parametric and proxy methods.',
    'Proxy classes sample batch size and accelerator memory as well as parameters.',
    'A range given as a bound is reported as a minimum-maximum range; a distribution as P5-P95.',
    'The counterfactual counts the same boundary elements on both sides and takes the AI step’s draws as they are.',
  ],
  coefficients: [
    ...ecologits091, ...gridCoefficients, ...infrastructureCoefficients, ...networkCoefficients,
    ...deviceCoefficients, ...modelClassCoefficients, ...mediaCoefficients, ...counterfactualCoefficients,
  ],
  grids: gridPresets,
  devices: devicePresets,
  media: mediaPresets,
  modelClasses,
  method: {
    inputTokens: 'prefill',
    proxy: 'serving-range',
    bounds: 'bound-min-max',
    counterfactual: 'like-for-like',
    inferenceHandOff: 'samples',
  },
};
