/** The four tier estimates built from one use case (pure; used by the engine chunk and the build). */
import type { InferenceInput } from '../../../calculators/inference/index.ts';
import type { UncertainNumber } from '../../../calculators/core/uncertain.ts';

export type Tier = 'measured' | 'reported' | 'modelled' | 'proxy';
export const tiers: Tier[] = ['measured', 'reported', 'modelled', 'proxy'];

export interface TiersInput {
  /** The use case at the modelled tier (the worked example). */
  useCase: InferenceInput;
  /** Metered energy per request, covering the data-centre boundary. */
  measured: { energyWhPerRequest: UncertainNumber };
  /** A supplier-reported figure per request. */
  reported: { energyWhPerRequest: UncertainNumber };
  proxy: { modelClass: 'small' | 'medium' | 'large' | 'frontier' };
}

const dataCentre = ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'] as ('accelerators' | 'hostCpuRam' | 'idleCapacity' | 'dataCentreOverhead')[];

/** The inference input for one tier: same use case, boundary and grid; only the estimate changes. */
export function tierInput(input: TiersInput, tier: Tier): InferenceInput {
  const { estimate: _estimate, ...common } = input.useCase;
  switch (tier) {
    case 'measured':
      return { ...common, estimate: { method: 'measured', energyWhPerRequest: input.measured.energyWhPerRequest, covers: dataCentre } };
    case 'reported':
      return { ...common, estimate: { method: 'reported', energyWhPerRequest: input.reported.energyWhPerRequest, covers: dataCentre } };
    case 'modelled':
      return input.useCase;
    case 'proxy':
      return { ...common, estimate: { method: 'proxy', modelClass: input.proxy.modelClass } };
  }
}

/** Engine error paths of a tier run, moved onto the island's fields. */
export function tierErrorPath(tier: Tier, path: string): string {
  if (tier === 'measured' || tier === 'reported') return path.replace(/^estimate\./, `${tier}.`);
  if (tier === 'proxy') return path.replace(/^estimate\./, 'proxy.');
  return `useCase.${path}`;
}

export const tierLabels: Record<Tier, string> = {
  measured: 'Measured (your own metering)',
  reported: 'Reported (supplier’s figure)',
  modelled: 'Modelled (benchmark, adjusted)',
  proxy: 'Proxy (model class only)',
};
