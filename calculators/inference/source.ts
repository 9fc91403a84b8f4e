/**
 * The per-request figures a method computes for the data-centre elements it covers (its "source"),
 * before the engine fills the rest of the boundary. Written by each method's compute into one reused
 * object per evaluation, so the sampling loop allocates nothing.
 */
import type { MethodBlock } from '../coefficients/schema.ts';
import type { InputCollector } from '../core/collector.ts';
import type { FieldError } from '../core/result.ts';
import type { BoundaryElement } from './boundary.ts';
import type { ParametricCoefficients } from './ecologits.ts';

export interface SourceValues {
  /** Accelerator energy per request, Wh (prefill included). */
  acc: number;
  /** Host CPU and memory energy per request, Wh (when the method covers it). */
  host: number;
  /** Idle and provisioned capacity per request, Wh (when the method covers it). */
  idle: number;
  /**
   * The PUE the method applies to the IT energy it covers (flop, parametric); 0 when the method covers
   * no overhead or its figure reports the overhead energy itself (overheadWh).
   */
  pue: number;
  /** Overhead energy per request a reported figure includes, Wh (read when pue is 0). */
  overheadWh: number;
  /** Embodied emissions per request, gCO2e (when the method covers it). */
  embodiedG: number;
  /** Accelerator-hours per request (for embodied allocation and disclosure). */
  accHours: number;
  /** GPUs of the deployment and generation latency, s (parametric methods). */
  gpus: number;
  latencyS: number;
  /** The parts of acc, host and accHours spent on prefill (0 when input tokens are not counted). */
  prefillAcc: number;
  prefillHost: number;
  prefillAccHours: number;
}

export function emptySource(): SourceValues {
  return {
    acc: 0,
    host: 0,
    idle: 0,
    pue: 0,
    overheadWh: 0,
    embodiedG: 0,
    accHours: 0,
    gpus: 0,
    latencyS: 0,
    prefillAcc: 0,
    prefillHost: 0,
    prefillAccHours: 0,
  };
}

/** What a method needs from the model: the collector, coefficients, method block and token inputs. */
export interface MethodContext {
  c: InputCollector;
  pc: ParametricCoefficients;
  method: MethodBlock;
  /** Input vector index of output tokens per request (-1 when not registered). */
  iOutputTokens: number;
  /** Input vector index of input tokens per request (-1 when input tokens are not counted). */
  iInputTokens: number;
  /** Elements the method covers: filled by the method. */
  covered: Set<BoundaryElement>;
}

export type MethodResolution =
  | {
      ok: true;
      compute: (v: Float64Array, s: SourceValues) => void;
      /** Accelerator time is derived from energy (figures without a time), for embodied allocation. */
      accHoursFromEnergy: boolean;
      /** A multi-element figure was split by Google's shares for want of its own. */
      splitByDefaultShares: boolean;
      /** The method reports GPUs and latency (parametric, proxy). */
      reportsDeployment: boolean;
    }
  | { ok: false; errors: FieldError[] };
