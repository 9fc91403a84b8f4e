/** One starting estimate per data-quality tier, for the tier chooser (values are the worked examples’). */
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
