/**
 * FLOP method (epoch-2025): accelerator time from the model's arithmetic at a utilisation, times the
 * server power per accelerator and its average draw; PUE as overhead. Input tokens add prefill where
 * the set counts them (kaplan-2020's form, fitted to Epoch AI's long-input figures).
 */
import {
  decodeGpuSeconds as imported_decodeGpuSeconds,
  gpuSecondsToWh as imported_gpuSecondsToWh,
  prefillGpuSeconds as imported_prefillGpuSeconds,
} from '../equations.ts';
import { fields, type InferenceEstimate } from '../schema.ts';
import type { MethodContext, MethodResolution } from '../source.ts';
import { registerPrefill } from './prefill.ts';

// Local bindings for names used inside sampling loops: under some module runners (vitest's) an
// imported binding is a getter, which costs more than the arithmetic at 10,000 samples.
const decodeGpuSeconds = imported_decodeGpuSeconds;
const prefillGpuSeconds = imported_prefillGpuSeconds;
const gpuSecondsToWh = imported_gpuSecondsToWh;
const S_PER_H = 3_600;

export function resolveFlop(estimate: Extract<InferenceEstimate, { method: 'flop' }>, context: MethodContext): MethodResolution {
  const { c, covered } = context;
  c.useSource('epoch-2025');
  const iP = c.supplied('estimate.activeParamsB', fields.activeParamsB, estimate.activeParamsB);
  const iT = context.iOutputTokens;
  const iPeak = c.pick('estimate.peakFlopsPerSecond', fields.peakFlopsPerSecond, estimate.peakFlopsPerSecond, 'h100-peak-flops-bf16');
  const iUtil = c.pick('estimate.utilisation', fields.utilisation, estimate.utilisation, 'flop-utilisation-default');
  const iPower = c.pick(
    'estimate.powerPerAcceleratorW',
    fields.powerPerAcceleratorW,
    estimate.powerPerAcceleratorW,
    'dgx-h100-power-per-gpu-w',
  );
  const iAdj = c.pick('estimate.powerAdjustment', fields.powerAdjustment, estimate.powerAdjustment, 'power-adjustment-default');
  const iPue = c.pick('estimate.pue', fields.pue, estimate.pue, 'pue-default');
  let iShare: number;
  if (estimate.acceleratorShareOfPower !== undefined)
    iShare = c.supplied('estimate.acceleratorShareOfPower', fields.acceleratorShareOfPower, estimate.acceleratorShareOfPower);
  else {
    const share = Math.min(1, c.constant('h100-sxm-power-w') / c.constant('dgx-h100-power-per-gpu-w'));
    iShare = c.fixedDefault('estimate.acceleratorShareOfPower', fields.acceleratorShareOfPower, share);
  }
  const prefill = registerPrefill(context);
  const iL = context.iInputTokens;
  covered.add('accelerators');
  covered.add('hostCpuRam');
  covered.add('dataCentreOverhead');
  return {
    ok: true,
    accHoursFromEnergy: false,
    splitByDefaultShares: false,
    reportsDeployment: false,
    compute: (v, s) => {
      const activeParams = (v[iP] as number) * 1e9;
      const peak = v[iPeak] as number;
      const inputTokens = prefill ? (v[iL] as number) : 0;
      const crossover = prefill ? (v[prefill.iCrossover] as number) : Number.POSITIVE_INFINITY;
      // epoch-2025: GPU-seconds = 2 x active params x tokens / (peak FLOP/s x utilisation), with attention over the input.
      const decodeSeconds = decodeGpuSeconds(activeParams, v[iT] as number, inputTokens, crossover, peak, v[iUtil] as number);
      const prefillSeconds = prefill ? prefillGpuSeconds(activeParams, inputTokens, crossover, peak, v[prefill.iUtilisation] as number) : 0;
      // Server power per GPU x power adjustment (PUE applied as overhead by the model).
      const wattsPerGpu = (v[iPower] as number) * (v[iAdj] as number);
      const share = v[iShare] as number;
      const decodeItWh = gpuSecondsToWh(decodeSeconds, wattsPerGpu);
      const prefillItWh = gpuSecondsToWh(prefillSeconds, wattsPerGpu);
      s.prefillAcc = prefillItWh * share;
      s.prefillHost = prefillItWh * (1 - share);
      s.acc = decodeItWh * share + s.prefillAcc;
      s.host = decodeItWh * (1 - share) + s.prefillHost;
      s.idle = 0;
      s.pue = v[iPue] as number;
      s.overheadWh = 0;
      s.embodiedG = 0;
      s.prefillAccHours = prefillSeconds / S_PER_H;
      s.accHours = decodeSeconds / S_PER_H + s.prefillAccHours;
      s.gpus = 0;
      s.latencyS = 0;
    },
  };
}
