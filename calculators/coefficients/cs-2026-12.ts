/**
 * Coefficient set cs-2026-12: pinned by the guidance 0.3 draft. It may change while 0.3 is a draft; once
 * 0.3 is released it is frozen like every pinned set (a correction is then a new set).
 */
import {
  corrections,
  deviceEmbodiedCoefficients,
  mediaCoefficients2026,
  mediaPresets2026,
  networkPowerCoefficients,
  notEstimated2026,
  prefillCoefficients,
  reportedFigureCoefficients,
  revise,
  servingCoefficients,
  speechCoefficients,
  tierBandCoefficients,
  withReferenceFigures,
} from './additions-2026-12.ts';
import { ecologits091 } from './ecologits.ts';
import type { CoefficientSet } from './schema.ts';
import {
  counterfactualCoefficients,
  deviceCoefficients,
  devicePresets,
  gridCoefficients,
  gridPresets,
  infrastructureCoefficients,
  modelClassCoefficients,
  modelClasses,
  networkCoefficients,
} from './shared.ts';

const shared = [
  ...gridCoefficients,
  ...infrastructureCoefficients,
  ...networkCoefficients,
  ...deviceCoefficients,
  ...modelClassCoefficients,
  ...counterfactualCoefficients,
];

export const cs202612: CoefficientSet = {
  id: 'cs-2026-12',
  title: 'Coefficient set December 2026 (draft, for guidance 0.3)',
  pinnedBy: '0.3',
  published: '2026-11-29',
  description:
    'EcoLogits v0.9.1 parametric inference coefficients with prefill of input tokens, proxy classes that sample serving conditions, bounds reported as bounds, a like-for-like counterfactual, a network power model and a speech method, and corrected labels and notes.',
  changes: [
    'Input tokens count: prefill compute is added to the FLOP, parametric and proxy methods (fitted to Epoch AI’s long-input figures).',
    'Proxy classes sample batch size, accelerator memory and weight precision, and carry the spread between published methods; the large class contains Google’s and OpenAI’s reported figures.',
    'A range given as a bound is reported as a minimum-to-maximum range; a distribution as P5 to P95.',
    'The counterfactual counts the same boundary elements on both sides (people’s devices’ embodied emissions too) and takes the AI step’s draws as they are; its network transfer is marginal.',
    'A network power model (fixed power plus watts per Mbps, Malmodin 2020) beside the energy-intensity model.',
    'A speech method (accelerator time per second of audio, an assumption) for transcription and dubbing; chat is per session; presets for dubbing, video and AI summaries shown to readers.',
    'Boundary statements name every element of the guidance’s boundary: the four the calculators cannot estimate (storage; retrieval and vector search; orchestration and monitoring; end of life) are listed as excluded, with the reason.',
    'Corrections: the IEA factor is CO2 only (gCO2/kWh); Meta’s 0 g/kWh is derived; the notes on the default PUE and on the 490 W average accelerator power say where the figures come from; Ember’s grid intensities cite Ember rather than the sites that republish its data.',
  ],
  coefficients: [
    ...ecologits091,
    ...revise(shared, corrections),
    ...prefillCoefficients,
    ...servingCoefficients,
    ...reportedFigureCoefficients,
    ...networkPowerCoefficients,
    ...speechCoefficients,
    ...tierBandCoefficients,
    ...deviceEmbodiedCoefficients,
    ...mediaCoefficients2026,
  ],
  grids: gridPresets,
  devices: devicePresets,
  media: mediaPresets2026,
  modelClasses: withReferenceFigures(modelClasses),
  method: {
    inputTokens: 'prefill',
    proxy: 'serving-range',
    bounds: 'bound-min-max',
    counterfactual: 'like-for-like',
    inferenceHandOff: 'samples',
    notEstimated: notEstimated2026,
  },
};
