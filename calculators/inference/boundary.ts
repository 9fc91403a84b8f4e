/** Boundary elements of an inference footprint, in the order results list them. */
export const boundaryElements = [
  'accelerators',
  'hostCpuRam',
  'idleCapacity',
  'dataCentreOverhead',
  'network',
  'endUserDevice',
  'embodied',
  'training',
] as const;
export type BoundaryElement = (typeof boundaryElements)[number];

/** Data-centre energy elements a source figure can cover (and be split into). */
export const dataCentreElements = ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'] as const;
export type DataCentreElement = (typeof dataCentreElements)[number];

export const boundaryLabels: Record<BoundaryElement, string> = {
  accelerators: 'Accelerators (GPU/TPU)',
  hostCpuRam: 'Host CPU and memory',
  idleCapacity: 'Idle and provisioned capacity',
  dataCentreOverhead: 'Data-centre overhead (PUE)',
  network: 'Network transfer',
  endUserDevice: 'End-user device time',
  embodied: 'Embodied hardware',
  training: 'Allocated training',
};

/** The same elements as running text ("the boundary covers host CPU and memory and ..."). */
export const boundaryNames: Record<BoundaryElement, string> = {
  accelerators: 'accelerators',
  hostCpuRam: 'host CPU and memory',
  idleCapacity: 'idle and provisioned capacity',
  dataCentreOverhead: 'data-centre overhead',
  network: 'network transfer',
  endUserDevice: 'end-user device time',
  embodied: 'embodied hardware',
  training: 'allocated training',
};

/**
 * How an element entered the result:
 * - source: covered by the chosen figure or method itself;
 * - modelled: outside the source's boundary, added by the engine with its own coefficients (flagged);
 * - excluded: switched off;
 * - unavailable: switched on but no data to model it (e.g. training without training figures).
 */
export type ElementTreatment = 'source' | 'modelled' | 'excluded' | 'unavailable';
