/**
 * Every equation the engine uses, by name: the one function that computes it. The guidance's equations
 * annex (content/guidance/<version>/equations.yaml) names these functions beside each printed equation,
 * and tests/unit/equations-annex.test.ts evaluates the annex's worked numbers with them, so the printed
 * text and the code cannot drift apart.
 */
import { emissionsG } from './core/units.ts';
import { deviceEmbodiedG, netChangePerPeriod, netChangePerTask, topDownPerTaskG } from './counterfactual/equations.ts';
import {
  embodiedPerAcceleratorHourG,
  embodiedPerRequestG,
  gpuEnergyPerTokenWh,
  gpusToHoldWeights,
  latencyPerTokenS,
  serverEnergyWh,
} from './inference/ecologits.ts';
import {
  decodeGpuSeconds,
  deviceEnergyWh,
  elementFromSharesWh,
  energyIntensityNetworkWh,
  gpuSecondsToWh,
  impliedOverheadWh,
  marginalNetworkWh,
  networkPowerModelWh,
  overheadWh,
  prefillFlop,
  prefillGpuSeconds,
  speechEnergyWh,
} from './inference/equations.ts';
import { amortisedPerUnit, breakEvenVolume, sciEmbodiedShareG, shareOfUsePerUnit, trainingDynamicEnergyWh } from './training/allocation.ts';

export const equations = {
  emissionsG,
  decodeGpuSeconds,
  prefillFlop,
  prefillGpuSeconds,
  gpuSecondsToWh,
  gpuEnergyPerTokenWh,
  latencyPerTokenS,
  gpusToHoldWeights,
  serverEnergyWh,
  embodiedPerRequestG,
  embodiedPerAcceleratorHourG,
  overheadWh,
  impliedOverheadWh,
  elementFromSharesWh,
  energyIntensityNetworkWh,
  networkPowerModelWh,
  marginalNetworkWh,
  deviceEnergyWh,
  speechEnergyWh,
  sciEmbodiedShareG,
  trainingDynamicEnergyWh,
  amortisedPerUnit,
  shareOfUsePerUnit,
  breakEvenVolume,
  netChangePerTask,
  netChangePerPeriod,
  deviceEmbodiedG,
  topDownPerTaskG,
} as const satisfies Record<string, (...args: number[]) => number>;

export type EquationName = keyof typeof equations;
