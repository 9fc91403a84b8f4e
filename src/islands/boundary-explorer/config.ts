/** Text and reference figures of the boundary explorer (no engine imports: safe for the island bundle). */

/** Published figures drawn as reference lines, by worked-example id. */
export const referenceFigures: Record<string, { label: string; energyWh: number; sourceId: string }> = {
  // Elsworth et al. 2025: 0.10 Wh counting active accelerators only (the narrow boundary).
  'gemini-median': { label: 'Google’s narrow boundary (active accelerators only)', energyWh: 0.1, sourceId: 'elsworth-2025' },
};

export const treatmentText = {
  source: 'in the source figure',
  modelled: 'modelled, flagged',
  excluded: 'excluded',
  unavailable: 'no data: excluded',
} as const;
