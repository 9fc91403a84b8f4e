/** Coefficient set cs-2025-10: pinned by guidance 0.1 (October 2025). Immutable: a correction is a new set. */
import { ecologits082 } from './ecologits.ts';
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

export const cs202510: CoefficientSet = {
  id: 'cs-2025-10',
  title: 'Coefficient set October 2025 (EcoLogits v0.8.2)',
  pinnedBy: '0.1',
  published: '2025-10-01',
  description:
    'EcoLogits v0.8.2 parametric inference coefficients (linear per-token energy, no batch term, 4-bit memory sizing, 1 kW server, 3,000 kg server and 143 kg GPU embodied, 5-year life) with the shared grid, PUE, network, device and media coefficients.',
  changes: ['First pinned set.'],
  coefficients: [
    ...ecologits082,
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
