/** Inference result -> chart bars and export rows (shared by the boundary explorer and the workbench). */
import type { InferenceResult } from '../../../calculators/inference/index.ts';
import type { Bar } from '../shared/BarChart.tsx';
import type { ExportRow } from '../shared/export.ts';
import { formatCount, type Quantity } from '../../../calculators/core/format.ts';
import { treatmentText } from './config.ts';
import { pluralUnit } from '../shared/plural.ts';

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
    // The volume is part of the label, so a monthly total never hides how many units it assumes.
    const units = result.totals.unitsPerPeriod;
    const volume = units.p5 === units.p95 ? formatCount(units.central) : `${formatCount(units.p5)} to ${formatCount(units.p95)}`;
    const of = `${result.totals.period} (${volume} ${pluralUnit(unit.replace(/^per /, ''), units.p95)})`;
    rows.push(
      { label: `Energy per ${of}`, quantity: 'energy', interval: result.totals.energyWh },
      { label: `Emissions per ${of}`, quantity: 'emissions', interval: result.totals.emissionsG },
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
