/**
 * Parametric method (EcoLogits, ecologits-2025 v0.9.1; ecologits-082 in cs-2025-10) and the proxy tier,
 * which runs the same model over a model class's parameter range. Where the set says so, a proxy also
 * samples the serving conditions providers do not publish (batch size, accelerator memory, weight
 * precision) and the spread between published methods; and input tokens add prefill compute, at the
 * FLOP method's rate (EcoLogits v0.9.1 counts output tokens only).
 */
import type { FieldSpec } from '../../core/uncertain.ts';
import { embodiedGPerAcceleratorHour, parametricCoefficientIds, parametricRequest as imported_parametricRequest } from '../ecologits.ts';
import type { ParametricRequest } from '../ecologits.ts';
import { gpuSecondsToWh as imported_gpuSecondsToWh, prefillGpuSeconds as imported_prefillGpuSeconds } from '../equations.ts';
import { fields, type InferenceEstimate } from '../schema.ts';
import type { MethodContext, MethodResolution } from '../source.ts';
import { registerPrefill } from './prefill.ts';

// Local bindings for names used inside sampling loops (see flop.ts).
const parametricRequest = imported_parametricRequest;
const prefillGpuSeconds = imported_prefillGpuSeconds;
const gpuSecondsToWh = imported_gpuSecondsToWh;
const S_PER_H = 3_600;

const servingSpecs = {
  memory: { label: 'Memory per accelerator', unit: 'GB', min: 1, max: 10_000 },
  bits: { label: 'Weight precision', unit: 'bits', min: 1, max: 64 },
  spread: { label: 'Spread between published methods', unit: 'multiplier', min: 0, max: 100, minExclusive: true },
} satisfies Record<string, FieldSpec>;

type ParametricEstimate = Extract<InferenceEstimate, { method: 'parametric' | 'proxy' }>;

export function resolveParametric(estimate: ParametricEstimate, context: MethodContext): MethodResolution {
  const { c, covered, pc } = context;
  const set = c.set;
  c.useSource('ecologits-2025');
  for (const id of parametricCoefficientIds) c.useCoefficient(id);
  let iActive: number;
  let iTotal: number;
  if (estimate.method === 'parametric') {
    iActive = c.supplied('estimate.activeParamsB', fields.activeParamsB, estimate.activeParamsB);
    if (estimate.totalParamsB !== undefined) {
      iTotal = c.supplied('estimate.totalParamsB', fields.totalParamsB, estimate.totalParamsB);
      const total = c.inputs[iTotal]?.value;
      const active = c.inputs[iActive]?.value;
      const highOfValue = (x: typeof total) => (x === undefined ? 0 : typeof x === 'number' ? x : x.high);
      const lowOfValue = (x: typeof total) => (x === undefined ? 0 : typeof x === 'number' ? x : x.low);
      if (lowOfValue(total) < lowOfValue(active)) {
        return {
          ok: false,
          errors: [
            { path: 'estimate.totalParamsB', message: 'Total parameters must be at least the active parameters (billion parameters)' },
          ],
        };
      }
      if (highOfValue(total) < highOfValue(active))
        c.warn('Where sampled active parameters exceed total parameters, total is taken as equal to active.');
    } else {
      iTotal = -1;
      c.defaulted('estimate.totalParamsB');
    }
  } else {
    const modelClass = set.modelClasses.find((k) => k.id === estimate.modelClass);
    if (!modelClass)
      return { ok: false, errors: [{ path: 'estimate.modelClass', message: 'Model class is not available in this coefficient set' }] };
    iActive = c.fromCoefficient('estimate.activeParamsB', fields.activeParamsB, modelClass.activeParamsB, 'preset');
    iTotal = modelClass.totalParamsB
      ? c.fromCoefficient('estimate.totalParamsB', fields.totalParamsB, modelClass.totalParamsB, 'preset')
      : -1;
  }
  const iPue = c.pick('estimate.pue', fields.pue, estimate.pue, 'pue-default');
  const serving = estimate.method === 'proxy' && context.method.proxy === 'serving-range';
  if (estimate.method === 'proxy') {
    const label = set.modelClasses.find((k) => k.id === estimate.modelClass)?.label ?? estimate.modelClass;
    c.warn(
      serving
        ? `Proxy tier: model class ${label} modelled with EcoLogits over its parameter range and sampled serving conditions (batch size, accelerator memory, weight precision), with the spread between published methods; use a better tier when data exist.`
        : `Proxy tier: model class ${label} modelled with EcoLogits over a wide parameter range; use a better tier when data exist.`,
    );
  }
  let iBatch = -1;
  if (estimate.method === 'parametric' && estimate.batchSize !== undefined) {
    if (pc.batchModelled) iBatch = c.supplied('estimate.batchSize', fields.batchSize, estimate.batchSize);
    else c.warn(`Batch size is not modelled by the coefficients of ${set.id} (EcoLogits ≤ 0.8.2): the supplied batch size is ignored.`);
  }
  if (iBatch < 0 && pc.batchModelled) {
    iBatch = c.fromCoefficient(
      'estimate.batchSize',
      fields.batchSize,
      serving ? 'proxy-batch-size' : 'ecologits-batch-size',
      serving ? 'preset' : 'default',
    );
  }
  let iMemory = -1;
  let iBits = -1;
  let iSpread = -1;
  if (serving) {
    iMemory = c.fromCoefficient('estimate.acceleratorMemoryGb', servingSpecs.memory, 'proxy-accelerator-memory-gb', 'preset');
    iBits = c.fromCoefficient('estimate.weightPrecisionBits', servingSpecs.bits, 'proxy-weight-precision-bits', 'preset');
    iSpread = c.fromCoefficient('estimate.methodSpread', servingSpecs.spread, 'proxy-method-spread', 'preset');
  }
  let iLatency = -1;
  if (estimate.method === 'parametric' && estimate.latencyS !== undefined)
    iLatency = c.supplied('estimate.latencyS', fields.latencyS, estimate.latencyS);
  const iT = context.iOutputTokens;
  const prefill = registerPrefill(context);
  const iL = context.iInputTokens;
  // Prefill at the FLOP method's rate: H100 peak, average accelerator power, the server's other power per GPU.
  const peak = prefill ? c.constant('h100-peak-flops-bf16') : 0;
  const accPowerW = prefill ? c.constant('accelerator-average-power-w') : 0;
  const hostPowerPerGpuW = pc.serverPowerW / pc.serverGpus;
  const embodiedPerAccHourG = embodiedGPerAcceleratorHour(pc);
  covered.add('accelerators');
  covered.add('hostCpuRam');
  covered.add('dataCentreOverhead');
  covered.add('embodied');
  const request: ParametricRequest = { gpus: 0, latencyS: 0, gpuEnergyWh: 0, serverEnergyWh: 0, embodiedG: 0, acceleratorHours: 0 };
  const defaultBits = pc.quantisationBits;
  const defaultMemory = pc.gpuMemoryGb;
  return {
    ok: true,
    accHoursFromEnergy: false,
    splitByDefaultShares: false,
    reportsDeployment: true,
    compute: (v, s) => {
      const active = v[iActive] as number;
      parametricRequest(
        pc,
        active,
        iTotal >= 0 ? (v[iTotal] as number) : active,
        v[iT] as number,
        iBatch >= 0 ? (v[iBatch] as number) : pc.defaultBatchSize,
        iLatency >= 0 ? (v[iLatency] as number) : Number.POSITIVE_INFINITY,
        request,
        iBits >= 0 ? (v[iBits] as number) : defaultBits,
        iMemory >= 0 ? (v[iMemory] as number) : defaultMemory,
      );
      const spread = iSpread >= 0 ? (v[iSpread] as number) : 1;
      let prefillSeconds = 0;
      let decodeContext = 1;
      if (prefill) {
        const inputTokens = v[iL] as number;
        const crossover = v[prefill.iCrossover] as number;
        prefillSeconds = prefillGpuSeconds(active * 1e9, inputTokens, crossover, peak, v[prefill.iUtilisation] as number);
        decodeContext = 1 + inputTokens / crossover; // attention over the input while decoding (kaplan-2020)
      }
      // ecologits-2025 step 7: request energy = PUE x (server excl. GPUs + GPUs x GPU energy); PUE as overhead.
      s.prefillAcc = gpuSecondsToWh(prefillSeconds, accPowerW) * spread;
      s.prefillHost = gpuSecondsToWh(prefillSeconds, hostPowerPerGpuW) * spread;
      s.prefillAccHours = (prefillSeconds / S_PER_H) * spread;
      s.acc = request.gpuEnergyWh * decodeContext * spread + s.prefillAcc;
      s.host = request.serverEnergyWh * spread + s.prefillHost;
      s.idle = 0;
      s.pue = v[iPue] as number;
      s.overheadWh = 0;
      s.embodiedG = request.embodiedG * spread + s.prefillAccHours * embodiedPerAccHourG;
      s.accHours = request.acceleratorHours * spread + s.prefillAccHours;
      s.gpus = request.gpus;
      s.latencyS = request.latencyS;
    },
  };
}
