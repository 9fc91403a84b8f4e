/**
 * What a statement starts from: one estimate per data-quality tier, for the tier chooser (values are the
 * worked examples’), and the training statement the props carry (DisclosureExtras).
 */
import type { DisclosureInput } from '../../../calculators/disclosure/schema.ts';

/**
 * What the builder's props add to every island's (prepare.ts, extras): the statement a training statement
 * starts from, made at build time, so choosing it loads no code but the training model.
 */
export interface DisclosureExtras {
  trainingStatement: DisclosureInput;
}

export const tierEstimates = {
  measured: { method: 'measured', energyWhPerRequest: 0.24, covers: ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'] },
  reported: {
    method: 'reported',
    supplier: 'Google',
    energyWhPerRequest: 0.24,
    covers: ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'],
  },
  modelled: { method: 'parametric', activeParamsB: 70 },
  proxy: { method: 'proxy', modelClass: 'large' },
} as const;

export type TierId = keyof typeof tierEstimates;

export const tierOfMethod: Record<string, TierId> = {
  measured: 'measured',
  reported: 'reported',
  flop: 'modelled',
  parametric: 'modelled',
  benchmark: 'modelled',
  proxy: 'proxy',
};
