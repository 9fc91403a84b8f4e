/** Grid intensity input shared by the models: a regional preset (location-based default) or an own value. */
import * as z from 'zod/mini';
import { DEFAULT_GRID_ID, gridPresetIds } from '../coefficients/preset-ids.ts';
import type { InputCollector } from './collector.ts';
import type { FieldError } from './result.ts';
import { uncertain } from './uncertain.ts';
import type { FieldSpec } from './uncertain.ts';

export const intensityField: FieldSpec = { label: 'Grid intensity', unit: 'gCO2e/kWh', min: 0, max: 2_000 };

export const gridSchema = z.object(
  {
    /** Regional preset id (default grid-ecologits-wor, location-based). */
    preset: z.optional(z.enum(gridPresetIds, { error: 'Grid preset must be one of the listed regions' })),
    /** Own intensity in gCO2e/kWh: overrides the preset. */
    intensityGPerKWh: z.optional(uncertain(intensityField)),
    /** Basis of a supplied intensity (default location). */
    basis: z.optional(z.enum(['location', 'market'], { error: 'Grid basis must be location or market' })),
  },
  { error: 'Grid must be an object such as { preset: "grid-ecologits-gbr" }' },
);
export type GridInput = z.infer<typeof gridSchema>;

export interface ResolvedGrid {
  index: number;
  basis: 'location' | 'market';
  presetId?: string;
}

/** Registers the grid intensity input; location-based by default (ghg-protocol-scope2, gsf-sci-2024). */
export function resolveGrid(
  c: InputCollector,
  grid: GridInput | undefined,
  path = 'grid',
): { ok: true; value: ResolvedGrid } | { ok: false; errors: FieldError[] } {
  let resolved: ResolvedGrid;
  if (grid?.intensityGPerKWh !== undefined) {
    resolved = { index: c.supplied(`${path}.intensityGPerKWh`, intensityField, grid.intensityGPerKWh), basis: grid.basis ?? 'location' };
    if (grid.preset) c.warn('Grid preset is ignored because a grid intensity was supplied.');
  } else {
    const gridId = grid?.preset ?? DEFAULT_GRID_ID;
    const preset = c.set.grids.find((g) => g.id === gridId);
    if (!preset)
      return { ok: false, errors: [{ path: `${path}.preset`, message: `Grid preset is not available in coefficient set ${c.set.id}` }] };
    resolved = {
      index: c.fromCoefficient(`${path}.intensityGPerKWh`, intensityField, preset.coefficientId, grid?.preset ? 'preset' : 'default'),
      basis: preset.basis,
      presetId: preset.id,
    };
    if (preset.scope === 'combustion')
      c.warn(
        'The grid intensity is combustion CO2 only (IEA), lower than the lifecycle factors used elsewhere: do not compare with lifecycle results.',
      );
  }
  if (resolved.basis === 'market') {
    c.warn(
      'Market-based grid intensity: reflects the buyer’s energy contracts, not the physical grid. The guidance reports location-based emissions by default.',
    );
    c.useSource('ghg-protocol-scope2');
  }
  return { ok: true, value: resolved };
}
