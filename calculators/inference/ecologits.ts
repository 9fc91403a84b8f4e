/**
 * EcoLogits parametric request model (ecologits-2025, methodology v0.9.1; the v0.8.2 coefficients of
 * ecologits-082 fit the same form with beta = 0 and batch size 1).
 */
import { coefficient, coefficientCentral } from '../coefficients/registry.ts';
import type { CoefficientSet } from '../coefficients/schema.ts';
import { S_PER_H as imported_S_PER_H } from '../core/units.ts';

// Local bindings for names used inside sampling loops: under some module runners (vitest's) an
// imported binding is a getter, which costs more than the arithmetic at 10,000 samples.
const S_PER_H = imported_S_PER_H;

export interface ParametricCoefficients {
  energyAlpha: number;
  energyBeta: number;
  energyGamma: number;
  latencyAlpha: number;
  latencyBeta: number;
  latencyGamma: number;
  defaultBatchSize: number;
  batchModelled: boolean;
  quantisationBits: number;
  memoryOverhead: number;
  gpuMemoryGb: number;
  powerOfTwo: boolean;
  serverGpus: number;
  serverPowerW: number;
  gpuEmbodiedKg: number;
  serverEmbodiedKg: number;
  lifespanYears: number;
  lifespanS: number;
}

export const parametricCoefficientIds = [
  'ecologits-energy-alpha',
  'ecologits-energy-beta',
  'ecologits-energy-gamma',
  'ecologits-latency-alpha',
  'ecologits-latency-beta',
  'ecologits-latency-gamma',
  'ecologits-batch-size',
  'ecologits-batch-modelled',
  'ecologits-quantisation-bits',
  'ecologits-memory-overhead',
  'ecologits-gpu-memory-gb',
  'ecologits-gpu-count-power-of-two',
  'ecologits-server-gpus',
  'ecologits-server-power-w',
  'ecologits-gpu-embodied-kg',
  'ecologits-server-embodied-kg',
  'ecologits-lifespan-years',
] as const;

export function parametricCoefficients(set: CoefficientSet): ParametricCoefficients {
  const v = (id: string) => coefficientCentral(coefficient(set, id));
  const lifespanYears = v('ecologits-lifespan-years');
  return {
    energyAlpha: v('ecologits-energy-alpha'),
    energyBeta: v('ecologits-energy-beta'),
    energyGamma: v('ecologits-energy-gamma'),
    latencyAlpha: v('ecologits-latency-alpha'),
    latencyBeta: v('ecologits-latency-beta'),
    latencyGamma: v('ecologits-latency-gamma'),
    defaultBatchSize: v('ecologits-batch-size'),
    batchModelled: v('ecologits-batch-modelled') === 1,
    quantisationBits: v('ecologits-quantisation-bits'),
    memoryOverhead: v('ecologits-memory-overhead'),
    gpuMemoryGb: v('ecologits-gpu-memory-gb'),
    powerOfTwo: v('ecologits-gpu-count-power-of-two') === 1,
    serverGpus: v('ecologits-server-gpus'),
    serverPowerW: v('ecologits-server-power-w'),
    gpuEmbodiedKg: v('ecologits-gpu-embodied-kg'),
    serverEmbodiedKg: v('ecologits-server-embodied-kg'),
    lifespanYears,
    // 365-day years: 3 years = 94,608,000 s as in EcoLogits.
    lifespanS: lifespanYears * 365 * 24 * S_PER_H,
  };
}

/** Embodied gCO2e per accelerator-hour implied by a set's hardware (server share + one GPU over the life). */
export function embodiedGPerAcceleratorHour(c: ParametricCoefficients): number {
  return embodiedPerAcceleratorHourG(c.serverEmbodiedKg, c.serverGpus, c.gpuEmbodiedKg, c.lifespanYears);
}

/** GPUs needed to hold the weights (ecologits-2025 steps 4-5), at the set's precision and GPU memory. */
export function gpusNeeded(c: ParametricCoefficients, totalParamsB: number): number {
  return gpusFor(c, totalParamsB, c.quantisationBits, c.gpuMemoryGb);
}

/** GPUs needed at a given weight precision (bits) and memory per accelerator (GB). */
export function gpusFor(c: ParametricCoefficients, totalParamsB: number, bits: number, gpuMemoryGb: number): number {
  return gpusToHoldWeights(totalParamsB, bits, gpuMemoryGb, c.memoryOverhead, c.powerOfTwo ? 1 : 0);
}

/**
 * ecologits-2025 steps 4-5: GPUs to hold the weights, ceil(overhead · P_tot · bits / 8 / GB per GPU),
 * rounded up to a power of two when `powerOfTwo` is 1 (v0.9).
 */
export function gpusToHoldWeights(
  totalParamsB: number,
  bits: number,
  gpuMemoryGb: number,
  memoryOverhead: number,
  powerOfTwo: number,
): number {
  const memoryGb = (memoryOverhead * totalParamsB * bits) / 8;
  const count = Math.max(1, Math.ceil(memoryGb / gpuMemoryGb - 1e-9));
  return powerOfTwo === 1 ? 2 ** Math.ceil(Math.log2(count) - 1e-12) : count;
}

export interface ParametricRequest {
  gpus: number;
  latencyS: number;
  /** All GPUs, before PUE, Wh. */
  gpuEnergyWh: number;
  /** Server excluding GPUs, shared over the batch, before PUE, Wh. */
  serverEnergyWh: number;
  /** Embodied emissions allocated to the request, gCO2e. */
  embodiedG: number;
  /** GPU-hours attributed to the request (GPUs x latency / batch). */
  acceleratorHours: number;
}

/** ecologits-2025 steps 1-2: GPU energy per output token per GPU, Wh: α · e^(β·B) · P_act + γ. */
export function gpuEnergyPerTokenWh(alpha: number, beta: number, gamma: number, activeParamsB: number, batchSize: number): number {
  return alpha * Math.exp(beta * batchSize) * activeParamsB + gamma;
}

/** ecologits-2025 step 3: generation latency per output token, s: α_L · P_act + β_L · B + γ_L. */
export function latencyPerTokenS(alphaL: number, betaL: number, gammaL: number, activeParamsB: number, batchSize: number): number {
  return alphaL * activeParamsB + betaL * batchSize + gammaL;
}

/** ecologits-2025 step 6: server energy excluding GPUs, Wh, shared over the batch: ΔT/3,600 · W · GPUs/8 / B. */
export function serverEnergyWh(latencyS: number, serverPowerW: number, gpus: number, serverGpus: number, batchSize: number): number {
  return ((latencyS / 3_600) * serverPowerW * (gpus / serverGpus)) / batchSize;
}

/** ecologits-2025 steps 10-11: embodied emissions allocated to a request, g: ΔT · I / (life s · B), I in kg. */
export function embodiedPerRequestG(latencyS: number, embodiedKg: number, lifespanS: number, batchSize: number): number {
  return (latencyS * embodiedKg * 1_000) / (lifespanS * batchSize);
}

/** Embodied emissions per accelerator-hour by time share (gsf-sci-2024), g: (I_server/GPUs + I_GPU) · 1,000 / life h. */
export function embodiedPerAcceleratorHourG(
  serverEmbodiedKg: number,
  serverGpus: number,
  gpuEmbodiedKg: number,
  lifespanYears: number,
): number {
  return ((serverEmbodiedKg / serverGpus + gpuEmbodiedKg) * 1_000) / (lifespanYears * 8_760);
}

/**
 * One request (ecologits-2025 §1.1 steps 1-11). Writes into `out` to avoid allocation in sampling loops.
 * `bits` and `gpuMemoryGb` default to the set's (16 bits and 80 GB in v0.9.1); proxy classes sample them.
 */
export function parametricRequest(
  c: ParametricCoefficients,
  activeParamsB: number,
  totalParamsB: number,
  outputTokens: number,
  batchSize: number,
  latencyCapS: number,
  out: ParametricRequest,
  bits = c.quantisationBits,
  gpuMemoryGb = c.gpuMemoryGb,
): ParametricRequest {
  const batch = c.batchModelled ? batchSize : c.defaultBatchSize;
  const total = Math.max(totalParamsB, activeParamsB); // total parameters can never be below active
  // Step 1-2: GPU energy per output token per GPU, Wh (alpha e^(beta B) P_act + gamma).
  const energyPerTokenWh = gpuEnergyPerTokenWh(c.energyAlpha, c.energyBeta, c.energyGamma, activeParamsB, batch);
  const gpus = gpusFor(c, total, bits, gpuMemoryGb);
  // Step 3: latency per token, capped by a measured request latency.
  const latencyS = Math.min(
    outputTokens * latencyPerTokenS(c.latencyAlpha, c.latencyBeta, c.latencyGamma, activeParamsB, batch),
    latencyCapS,
  );
  // Step 2 and 7: GPU energy for the request (PUE applied by the caller).
  const gpuEnergyWh = Math.max(0, gpus * outputTokens * energyPerTokenWh);
  // Steps 10-11: embodied server + GPUs, allocated by latency over life x batch.
  const embodiedKg = (gpus / c.serverGpus) * c.serverEmbodiedKg + gpus * c.gpuEmbodiedKg;
  out.gpus = gpus;
  out.latencyS = latencyS;
  out.gpuEnergyWh = gpuEnergyWh;
  // Step 6: server energy excluding GPUs, shared over the batch.
  out.serverEnergyWh = serverEnergyWh(latencyS, c.serverPowerW, gpus, c.serverGpus, batch);
  out.embodiedG = embodiedPerRequestG(latencyS, embodiedKg, c.lifespanS, batch);
  out.acceleratorHours = (gpus * latencyS) / batch / S_PER_H;
  return out;
}
