/** Inference result -> chart bars and export rows (shared by the boundary explorer and the workbench). */
import type { InferenceResult } from '../../../calculators/inference/index.ts';
import type { Bar } from '../shared/BarChart.tsx';
import type { ExportRow } from '../shared/export.ts';
import type { Quantity } from '../../../calculators/core/format.ts';
import { treatmentText } from './config.ts';

export function breakdownBars(result: InferenceResult, quantity: Quantity): Bar[] {
  return result.breakdown.map((element) => ({
    key: element.element,
    label: element.label,
    value: (quantity === 'energy' ? element.energyWh : element.emissionsG).central,
    note: treatmentText[element.treatment],
    muted: !element.included || element.treatment === 'unavailable',
  }));
}

export function inferenceRows(result: InferenceResult): ExportRow[] {
  const unit = result.functionalUnit.label;
  const rows: ExportRow[] = [
    { label: `Energy ${unit}`, quantity: 'energy', interval: result.perUnit.energyWh },
    { label: `Emissions ${unit}`, quantity: 'emissions', interval: result.perUnit.emissionsG },
  ];
  if (result.totals) {
    rows.push(
      { label: `Energy per ${result.totals.period}`, quantity: 'energy', interval: result.totals.energyWh },
      { label: `Emissions per ${result.totals.period}`, quantity: 'emissions', interval: result.totals.emissionsG },
    );
  }
  return rows;
}

export function boundaryNotes(result: InferenceResult): string[] {
  return [
    `Functional unit: ${result.functionalUnit.label.replace(/^per /, 'one ')}; data-quality tier: ${result.tier}.`,
    `Grid: ${result.grid.basis}-based, ${Math.round(result.grid.intensityGPerKWh.central)} gCO2e/kWh.`,
  ];
}
