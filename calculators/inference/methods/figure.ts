/**
 * Methods that start from an energy figure: measured (the organisation's metering), reported (a
 * supplier's figure) and benchmark (ML.ENERGY J per token, AI Energy Score or Power Hungry Processing
 * Wh per 1,000 queries). The figure covers the elements declared in `covers` and is split between
 * them by the given shares, or by Google's published shares (elsworth-2025) for want of them.
 */
import { coefficient, coefficientCentral } from '../../coefficients/registry.ts';
import type { FieldSpec } from '../../core/uncertain.ts';
import { boundaryLabels, type DataCentreElement } from '../boundary.ts';
import { fields, type InferenceEstimate } from '../schema.ts';
import type { MethodContext, MethodResolution } from '../source.ts';

type FigureEstimate = Extract<InferenceEstimate, { method: 'measured' | 'reported' | 'benchmark' }>;

const J_PER_WH = 3_600;

const shareCoefficient: Record<DataCentreElement, string> = {
  accelerators: 'share-google-accelerators',
  hostCpuRam: 'share-google-host',
  idleCapacity: 'share-google-idle',
  dataCentreOverhead: 'share-google-overhead',
};

const benchmarkSources = {
  'ml-energy': 'mlenergy-2025',
  'ai-energy-score': 'ai-energy-score-2025',
  'power-hungry-processing': 'luccioni-2024-phh',
  other: undefined,
} as const;

export function resolveFigure(estimate: FigureEstimate, context: MethodContext): MethodResolution {
  const { c, covered } = context;
  let energyOf: (v: Float64Array) => number;
  if (estimate.method === 'benchmark') {
    if ((estimate.joulesPerToken === undefined) === (estimate.energyWhPer1000Queries === undefined)) {
      return {
        ok: false,
        errors: [
          {
            path: 'estimate.joulesPerToken',
            message: 'Give exactly one benchmark figure: energy per output token (J/token) or energy per 1,000 queries (Wh)',
          },
        ],
      };
    }
    const benchmarkSource = benchmarkSources[estimate.benchmark ?? 'other'];
    if (benchmarkSource) c.useSource(benchmarkSource);
    const iFactor =
      estimate.labToProductionFactor !== undefined
        ? c.supplied('estimate.labToProductionFactor', fields.labToProductionFactor, estimate.labToProductionFactor)
        : estimate.measuredAt === 'batch-1'
          ? c.fromCoefficient('estimate.labToProductionFactor', fields.labToProductionFactor, 'lab-batch1-to-production')
          : c.fixedDefault('estimate.labToProductionFactor', fields.labToProductionFactor, 1);
    if (estimate.measuredAt === 'batch-1')
      c.warn('Lab figure at batch size 1: adjusted towards production batching (an assumption; batch-1 figures are upper-bound-like).');
    if (estimate.joulesPerToken !== undefined) {
      const iJ = c.supplied('estimate.joulesPerToken', fields.joulesPerToken, estimate.joulesPerToken);
      const iT = context.iOutputTokens;
      // mlenergy-2025: J per output token x output tokens / 3,600 J per Wh, x lab-to-production adjustment.
      energyOf = (v) => (((v[iJ] as number) * (v[iT] as number)) / J_PER_WH) * (v[iFactor] as number);
    } else {
      const iQ = c.supplied(
        'estimate.energyWhPer1000Queries',
        fields.energyWhPer1000Queries,
        estimate.energyWhPer1000Queries as NonNullable<typeof estimate.energyWhPer1000Queries>,
      );
      // ai-energy-score-2025 / luccioni-2024-phh: Wh per 1,000 queries / 1,000, x adjustment.
      energyOf = (v) => ((v[iQ] as number) / 1_000) * (v[iFactor] as number);
    }
  } else {
    const iEnergy = c.supplied('estimate.energyWhPerRequest', fields.energyWhPerRequest, estimate.energyWhPerRequest);
    energyOf = (v) => v[iEnergy] as number;
    if (estimate.method === 'reported')
      c.warn(
        'Supplier-reported figure: the supplier’s boundary and method are taken as stated; figures from different suppliers are not comparable (luccioni-2025-disclosures).',
      );
    c.useSource(estimate.method === 'reported' ? 'luccioni-2025-disclosures' : 'llopis-2026');
  }
  const covers: DataCentreElement[] = estimate.covers && estimate.covers.length > 0 ? [...new Set(estimate.covers)] : ['accelerators'];
  if (!covers.includes('accelerators')) {
    return {
      ok: false,
      errors: [
        {
          path: 'estimate.covers',
          message: 'Covered elements must include accelerators: the engine models the other elements from accelerator energy',
        },
      ],
    };
  }
  if (!estimate.covers) c.defaulted('estimate.covers');
  for (const element of covers) covered.add(element);
  // Split a multi-element figure by element: supplied shares, else Google's shares (elsworth-2025).
  const shareIndex: Partial<Record<DataCentreElement, number>> = {};
  const suppliedShares = 'shares' in estimate ? estimate.shares : undefined;
  let splitByDefaultShares = false;
  if (covers.length > 1) {
    for (const element of covers) {
      const supplied = suppliedShares?.[element];
      const shareSpec: FieldSpec = { ...fields.share, label: `${boundaryLabels[element]} share` };
      if (supplied !== undefined) shareIndex[element] = c.supplied(`estimate.shares.${element}`, shareSpec, supplied);
      else {
        shareIndex[element] = c.fromCoefficient(`estimate.shares.${element}`, shareSpec, shareCoefficient[element]);
        splitByDefaultShares = true;
      }
    }
    if (splitByDefaultShares)
      c.warn('The figure is split between its elements using Google’s published shares where no split was given (an assumption).');
  }
  const has = (e: DataCentreElement) => covers.includes(e);
  const single = covers.length === 1;
  const iAcc = shareIndex.accelerators ?? -1;
  const iHost = has('hostCpuRam') ? (shareIndex.hostCpuRam ?? -1) : -1;
  const iIdle = has('idleCapacity') ? (shareIndex.idleCapacity ?? -1) : -1;
  const iOver = has('dataCentreOverhead') ? (shareIndex.dataCentreOverhead ?? -1) : -1;
  // Read without recording it as used: the embodied gap-fill records it when it needs accelerator time.
  const avgPowerW = coefficientCentral(coefficient(c.set, 'accelerator-average-power-w'));
  return {
    ok: true,
    accHoursFromEnergy: true,
    splitByDefaultShares,
    reportsDeployment: false,
    compute: (v, s) => {
      const energy = energyOf(v);
      if (single) {
        s.acc = energy;
        s.host = 0;
        s.idle = 0;
        s.pue = 0;
        s.overheadWh = 0;
      } else {
        const wa = iAcc >= 0 ? (v[iAcc] as number) : 0;
        const wh = iHost >= 0 ? (v[iHost] as number) : 0;
        const wi = iIdle >= 0 ? (v[iIdle] as number) : 0;
        const wo = iOver >= 0 ? (v[iOver] as number) : 0;
        const sum = wa + wh + wi + wo;
        const unit = sum > 0 ? energy / sum : 0; // shares normalised to sum to 1
        s.acc = wa * unit;
        s.host = wh * unit;
        s.idle = wi * unit;
        // The figure's own overhead: the model keeps it in proportion to the IT energy left in the boundary.
        s.pue = 0;
        s.overheadWh = wo * unit;
      }
      s.embodiedG = 0;
      s.accHours = s.acc / avgPowerW; // accelerator-average-power-w: energy to time for embodied allocation
      s.gpus = 0;
      s.latencyS = 0;
      s.prefillAcc = 0;
      s.prefillHost = 0;
      s.prefillAccHours = 0;
    },
  };
}
