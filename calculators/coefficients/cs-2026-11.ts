/** Coefficient set cs-2026-11: pinned by guidance 0.2 (current). Immutable: a correction is a new set. */
import { ecologits091 } from './ecologits.ts';
import type { CoefficientSet } from './schema.ts';
import {
  counterfactualCoefficients,
  deviceCoefficients,
  devicePresets,
  gridCoefficients,
  gridPresets,
  infrastructureCoefficients,
  mediaCoefficients,
  mediaPresets,
  modelClassCoefficients,
  modelClasses,
  networkCoefficients,
} from './shared.ts';

export const cs202611: CoefficientSet = {
  id: 'cs-2026-11',
  title: 'Coefficient set November 2026 (EcoLogits v0.9.1)',
  pinnedBy: '0.2',
  published: '2026-11-01',
  description:
    'EcoLogits v0.9.1 parametric inference coefficients (batching, 16-bit memory sizing, power-of-two GPU counts, H100 and p5.48xlarge hardware, 3-year life) with the shared grid, PUE, network, device and media coefficients.',
  changes: [
    'Per-token GPU energy now falls with batch size (alpha x exp(beta x B) x P + gamma at B = 64) instead of the linear v0.8.2 fit.',
    'Memory sizing uses 16-bit weights and rounds the GPU count up to a power of two.',
    'Server power excluding GPUs 1.2 kW (was 1 kW); embodied 5,700 kg per server and 164 kg per H100 (was 3,000 and 143 kg); life 3 years (was 5).',
  ],
  coefficients: [
    ...ecologits091,
    ...gridCoefficients,
    ...infrastructureCoefficients,
    ...networkCoefficients,
    ...deviceCoefficients,
    ...modelClassCoefficients,
    ...mediaCoefficients,
    ...counterfactualCoefficients,
  ],
  grids: gridPresets,
  devices: devicePresets,
  media: mediaPresets,
  modelClasses,
};
