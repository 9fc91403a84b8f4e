/**
 * Training model: energy of training or fine-tuning runs, dynamic + idle + embodied emissions stacked
 * as in luccioni-2023-bloom, and allocation to a functional unit.
 */
import { InputCollector } from '../core/collector.ts';
import { resolveGrid } from '../core/grid.ts';
import { propagate } from '../core/propagate.ts';
import type { EvaluateOptions, EvaluateOutcome, Interval, ResultMeta, SensitivityTable } from '../core/result.ts';
import { runModel } from '../core/run.ts';
import type { ModelContext } from '../core/run.ts';
import {
  emissionsG as imported_emissionsG,
  G_PER_TONNE as imported_G_PER_TONNE,
  WH_PER_KWH as imported_WH_PER_KWH,
  WH_PER_MWH as imported_WH_PER_MWH,
} from '../core/units.ts';
import { centralOf } from '../core/uncertain.ts';
import {
  amortisedPerUnit as imported_amortisedPerUnit,
  breakEvenVolume as imported_breakEvenVolume,
  sciEmbodiedShareG as imported_sciEmbodiedShareG,
  shareOfUsePerUnit as imported_shareOfUsePerUnit,
  trainingDynamicEnergyWh as imported_trainingDynamicEnergyWh,
} from './allocation.ts';
import type { AllocationMethod } from './allocation.ts';
import { trainingFields as f, trainingInputSchema, trainingLabels } from './schema.ts';
import type { TrainingInput } from './schema.ts';

// Local bindings for names used inside sampling loops: under some module runners (vitest's) an
// imported binding is a getter, which costs more than the arithmetic at 10,000 samples.
const G_PER_TONNE = imported_G_PER_TONNE;
const WH_PER_KWH = imported_WH_PER_KWH;
const WH_PER_MWH = imported_WH_PER_MWH;
const amortisedPerUnit = imported_amortisedPerUnit;
const breakEvenVolume = imported_breakEvenVolume;
const shareOfUsePerUnit = imported_shareOfUsePerUnit;
const emissionsG = imported_emissionsG;
const sciEmbodiedShareG = imported_sciEmbodiedShareG;
const trainingDynamicEnergyWh = imported_trainingDynamicEnergyWh;

export type TrainingComponent = 'dynamic' | 'idle' | 'embodied';

export interface TrainingCurvePoint {
  lifetimeInferences: number;
  trainingPerUnitWh: number;
  trainingPerUnitG: number;
  /** Training's share of the per-unit total emissions (when an inference footprint was given). */
  shareOfUnitTotal?: number;
}

export interface TrainingResult extends ResultMeta {
  model: 'training';
  label?: string;
  kind: 'pretraining' | 'fine-tuning';
  energyWh: { dynamic: Interval; idle: Interval; total: Interval };
  emissionsG: { dynamic: Interval; idle: Interval; embodied: Interval; total: Interval };
  breakdown: { component: TrainingComponent; label: string; included: boolean; energyWh: Interval; emissionsG: Interval }[];
  grid: { presetId?: string; basis: 'location' | 'market'; intensityGPerKWh: Interval };
  allocation: {
    method: AllocationMethod;
    /** Training allocated to one functional unit (absent when excluded). */
    perUnit?: { energyWh: Interval; emissionsG: Interval };
    /** Share of the per-unit total (training + inference) emissions that is training. */
    shareOfUnitTotal?: Interval;
    /** Inference volume at which cumulative inference equals training (energy and emissions). */
    /** Present for the quantities whose inference figure was given (no copy of one for the other). */
    breakEvenInferences?: { energy?: Interval; emissions?: Interval };
  };
  /** Training per unit against lifetime inference volume, at central values, for a chart. */
  curve: TrainingCurvePoint[];
  sensitivity: SensitivityTable[];
}

const DYN_E = 0;
const IDLE_E = 1;
const TOT_E = 2;
const DYN_G = 3;
const IDLE_G = 4;
const EMB_G = 5;
const TOT_G = 6;
const UNIT_E = 7;
const UNIT_G = 8;
const SHARE = 9;
const BE_E = 10;
const BE_G = 11;
const GRID = 12;
const OUTPUTS = 13;

export function evaluateTraining(raw: unknown, options?: EvaluateOptions): EvaluateOutcome<TrainingResult> {
  return runModel(trainingInputSchema, trainingLabels, raw, options, buildTraining);
}

function buildTraining(input: TrainingInput, context: ModelContext): EvaluateOutcome<TrainingResult> {
  const c = new InputCollector(context.set);
  c.useSource('luccioni-2023-bloom');
  const energy = input.energy;
  let iHours = -1;
  let iPower = -1;
  let iMWh = -1;
  let iPue = -1;
  if (energy.method === 'accelerator-hours') {
    iHours = c.supplied('energy.acceleratorHours', f.acceleratorHours, energy.acceleratorHours);
    iPower = c.supplied('energy.powerPerAcceleratorW', f.powerPerAcceleratorW, energy.powerPerAcceleratorW);
    if (energy.powerIncludesPue) {
      if (energy.pue !== undefined) c.warn('PUE is ignored: the power figure already includes data-centre overhead (not applied twice).');
    } else {
      iPue = c.pick('energy.pue', f.pue, energy.pue, 'pue-default');
    }
    if (energy.powerIncludesPue === undefined) c.defaulted('energy.powerIncludesPue');
  } else {
    iMWh = c.supplied('energy.energyMWh', f.energyMWh, energy.energyMWh);
    if (energy.includesPue === false) iPue = c.pick('energy.pue', f.pue, energy.pue, 'pue-default');
    else if (energy.pue !== undefined) c.warn('PUE is ignored: the reported energy is taken to include data-centre overhead.');
  }
  const iRuns = input.runs !== undefined ? c.supplied('runs', f.runs, input.runs) : c.fixedDefault('runs', f.runs, 1);

  const grid = resolveGrid(c, input.grid);
  if (!grid.ok) return grid;
  const iGrid = grid.value.index;

  // Idle energy (luccioni-2023-bloom): reported kWh, or a share of dynamic energy.
  let iIdleKWh = -1;
  let iIdleShare = -1;
  if (input.idle?.energyKWh !== undefined) iIdleKWh = c.supplied('idle.energyKWh', f.idleEnergyKWh, input.idle.energyKWh);
  else if (input.idle?.shareOfDynamic !== undefined)
    iIdleShare = c.supplied('idle.shareOfDynamic', f.idleShareOfDynamic, input.idle.shareOfDynamic);
  else c.warn('Idle energy of reserved hardware is not included (no figure given): excluded and disclosed.');

  // Embodied: reported tCO2e, or hardware figures x time share (gsf-sci-2024).
  let iEmbT = -1;
  let iEmbAcc = -1;
  let iEmbServer = -1;
  let iPerServer = -1;
  let iLife = -1;
  const emb = input.embodied;
  if (emb?.emissionsTCO2e !== undefined) iEmbT = c.supplied('embodied.emissionsTCO2e', f.embodiedTCO2e, emb.emissionsTCO2e);
  else if (emb) {
    if (iHours < 0) {
      return {
        ok: false,
        errors: [
          {
            path: 'embodied',
            message: 'Embodied emissions from hardware figures need accelerator-hours: give embodied.emissionsTCO2e with a reported energy',
          },
        ],
      };
    }
    c.useSource('gsf-sci-2024');
    iEmbAcc = c.pick(
      'embodied.embodiedKgPerAccelerator',
      f.embodiedKgPerAccelerator,
      emb.embodiedKgPerAccelerator,
      'ecologits-gpu-embodied-kg',
    );
    iEmbServer = c.pick('embodied.embodiedKgPerServer', f.embodiedKgPerServer, emb.embodiedKgPerServer, 'ecologits-server-embodied-kg');
    iPerServer = c.pick('embodied.acceleratorsPerServer', f.acceleratorsPerServer, emb.acceleratorsPerServer, 'ecologits-server-gpus');
    iLife = c.pick('embodied.lifetimeYears', f.lifetimeYears, emb.lifetimeYears, 'ecologits-lifespan-years');
  } else c.warn('Embodied hardware emissions are not included (no figure given): excluded and disclosed.');

  // Allocation.
  const allocation = input.allocation;
  const method: AllocationMethod = allocation?.method ?? 'exclude';
  if (!allocation) c.defaulted('allocation.method');
  let iLifetime = -1;
  let iShareOfUse = -1;
  let iOrgUnits = -1;
  if (method === 'amortise') {
    if (allocation?.lifetimeInferences === undefined)
      return {
        ok: false,
        errors: [
          { path: 'allocation.lifetimeInferences', message: 'Amortising needs the expected lifetime inferences of the model (at least 1)' },
        ],
      };
    iLifetime = c.supplied('allocation.lifetimeInferences', f.lifetimeInferences, allocation.lifetimeInferences);
  } else if (method === 'share-of-use') {
    if (allocation?.shareOfUse === undefined || allocation.organisationUnits === undefined) {
      return {
        ok: false,
        errors: [
          {
            path: allocation?.shareOfUse === undefined ? 'allocation.shareOfUse' : 'allocation.organisationUnits',
            message:
              'Share of use needs your share of the model’s use (0 to 1) and your functional units over the model’s life (at least 1)',
          },
        ],
      };
    }
    iShareOfUse = c.supplied('allocation.shareOfUse', f.shareOfUse, allocation.shareOfUse);
    iOrgUnits = c.supplied('allocation.organisationUnits', f.organisationUnits, allocation.organisationUnits);
  } else {
    c.warn('Training is excluded from the per-unit figure and disclosed separately (allocation: exclude).');
  }
  let iInfE = -1;
  let iInfG = -1;
  const infFieldE = { ...f.inferenceEnergyWhPerUnit, minExclusive: true };
  const infFieldG = { ...f.inferenceEmissionsGPerUnit, minExclusive: true };
  if (allocation?.inferenceEnergyWhPerUnit !== undefined)
    iInfE = c.supplied('allocation.inferenceEnergyWhPerUnit', infFieldE, allocation.inferenceEnergyWhPerUnit);
  if (allocation?.inferenceEmissionsGPerUnit !== undefined)
    iInfG = c.supplied('allocation.inferenceEmissionsGPerUnit', infFieldG, allocation.inferenceEmissionsGPerUnit);
  for (const [index, spec] of [
    [iInfE, infFieldE],
    [iInfG, infFieldG],
  ] as const) {
    const value = index >= 0 ? c.inputs[index]?.value : undefined;
    if (value !== undefined && (typeof value === 'number' ? value <= 0 : value.low <= 0)) {
      return {
        ok: false,
        errors: [
          {
            path: c.inputs[index]?.path ?? 'allocation',
            message: `${spec.label} must be above 0 ${spec.unit} to find the break-even volume`,
          },
        ],
      };
    }
  }

  const compute = (v: Float64Array, out: Float64Array): void => {
    const runs = v[iRuns] as number;
    // Dynamic energy: accelerator-hours x power (x PUE unless included), or reported MWh.
    const pue = iPue >= 0 ? (v[iPue] as number) : 1;
    const dynamicWh =
      iHours >= 0
        ? trainingDynamicEnergyWh(v[iHours] as number, v[iPower] as number, pue, runs)
        : (v[iMWh] as number) * WH_PER_MWH * pue * runs;
    const idleWh =
      iIdleKWh >= 0 ? (v[iIdleKWh] as number) * WH_PER_KWH * runs : iIdleShare >= 0 ? dynamicWh * (v[iIdleShare] as number) : 0;
    const intensity = v[iGrid] as number;
    const dynamicG = emissionsG(dynamicWh, intensity);
    const idleG = emissionsG(idleWh, intensity);
    // Embodied by time share (gsf-sci-2024): one accelerator and its share of the server, over the
    // accelerator-hours of a run. Each run reserves that hardware again: in SCI's product of time and
    // resource share the runs multiply the share.
    const embodiedG =
      iEmbT >= 0
        ? (v[iEmbT] as number) * G_PER_TONNE
        : iEmbAcc >= 0
          ? sciEmbodiedShareG(
              (v[iEmbAcc] as number) + (v[iEmbServer] as number) / (v[iPerServer] as number),
              v[iLife] as number,
              v[iHours] as number,
              runs,
            )
          : 0;
    const totalWh = dynamicWh + idleWh;
    const totalG = dynamicG + idleG + embodiedG;
    out[DYN_E] = dynamicWh;
    out[IDLE_E] = idleWh;
    out[TOT_E] = totalWh;
    out[DYN_G] = dynamicG;
    out[IDLE_G] = idleG;
    out[EMB_G] = embodiedG;
    out[TOT_G] = totalG;
    let unitE = 0;
    let unitG = 0;
    if (iLifetime >= 0) {
      unitE = amortisedPerUnit(totalWh, v[iLifetime] as number);
      unitG = amortisedPerUnit(totalG, v[iLifetime] as number);
    } else if (iShareOfUse >= 0) {
      unitE = shareOfUsePerUnit(totalWh, v[iShareOfUse] as number, v[iOrgUnits] as number);
      unitG = shareOfUsePerUnit(totalG, v[iShareOfUse] as number, v[iOrgUnits] as number);
    }
    out[UNIT_E] = unitE;
    out[UNIT_G] = unitG;
    const infG = iInfG >= 0 ? (v[iInfG] as number) : 0;
    out[SHARE] = unitG + infG > 0 ? unitG / (unitG + infG) : 0;
    out[BE_E] = iInfE >= 0 ? breakEvenVolume(totalWh, v[iInfE] as number) : 0;
    out[BE_G] = iInfG >= 0 ? breakEvenVolume(totalG, infG) : 0;
    out[GRID] = intensity;
  };

  const run = propagate({
    inputs: c.inputs,
    outputCount: OUTPUTS,
    compute,
    samples: context.options.samples,
    seed: context.options.seed,
    sensitivity: [
      { output: TOT_G, metric: 'Training emissions', unit: 'gCO2e' },
      { output: TOT_E, metric: 'Training energy', unit: 'Wh' },
    ],
  });
  const iv = (k: number) => run.intervals[k] as Interval;

  // Curve at central values: per-unit training against lifetime inference volume (amortise).
  const centralInputs = new Float64Array(c.inputs.map((x) => centralOf(x.value)));
  const centralOut = new Float64Array(OUTPUTS);
  compute(centralInputs, centralOut);
  const totalWhCentral = centralOut[TOT_E] as number;
  const totalGCentral = centralOut[TOT_G] as number;
  const infGCentral = iInfG >= 0 ? centralOf((c.inputs[iInfG] as { value: number }).value) : undefined;
  const curve: TrainingCurvePoint[] = [];
  for (let exponent = 3; exponent <= 13; exponent += 0.5) {
    const volume = Math.round(10 ** exponent);
    const point: TrainingCurvePoint = {
      lifetimeInferences: volume,
      trainingPerUnitWh: amortisedPerUnit(totalWhCentral, volume),
      trainingPerUnitG: amortisedPerUnit(totalGCentral, volume),
    };
    if (infGCentral !== undefined) point.shareOfUnitTotal = point.trainingPerUnitG / (point.trainingPerUnitG + infGCentral);
    curve.push(point);
  }

  const allocationResult: TrainingResult['allocation'] = { method };
  if (method !== 'exclude') {
    allocationResult.perUnit = { energyWh: iv(UNIT_E), emissionsG: iv(UNIT_G) };
    if (iInfG >= 0) allocationResult.shareOfUnitTotal = iv(SHARE);
  }
  if (iInfE >= 0 || iInfG >= 0) {
    allocationResult.breakEvenInferences = { ...(iInfE >= 0 ? { energy: iv(BE_E) } : {}), ...(iInfG >= 0 ? { emissions: iv(BE_G) } : {}) };
    if (iInfE < 0) c.warn('No inference energy per unit given: the energy break-even cannot be computed.');
    if (iInfG < 0) c.warn('No inference emissions per unit given: the emissions break-even cannot be computed.');
  }
  if (input.kind === undefined) c.defaulted('kind');
  const meta = c.meta(run, context.options.seed);
  const result: TrainingResult = {
    model: 'training',
    kind: input.kind ?? 'pretraining',
    energyWh: { dynamic: iv(DYN_E), idle: iv(IDLE_E), total: iv(TOT_E) },
    emissionsG: { dynamic: iv(DYN_G), idle: iv(IDLE_G), embodied: iv(EMB_G), total: iv(TOT_G) },
    breakdown: [
      { component: 'dynamic', label: 'Dynamic (accelerators at work)', included: true, energyWh: iv(DYN_E), emissionsG: iv(DYN_G) },
      {
        component: 'idle',
        label: 'Idle reserved hardware',
        included: iIdleKWh >= 0 || iIdleShare >= 0,
        energyWh: iv(IDLE_E),
        emissionsG: iv(IDLE_G),
      },
      {
        component: 'embodied',
        label: 'Embodied hardware',
        included: iEmbT >= 0 || iEmbAcc >= 0,
        energyWh: { central: 0, p5: 0, p95: 0 },
        emissionsG: iv(EMB_G),
      },
    ],
    grid: { basis: grid.value.basis, intensityGPerKWh: iv(GRID), ...(grid.value.presetId ? { presetId: grid.value.presetId } : {}) },
    allocation: allocationResult,
    curve,
    sensitivity: run.sensitivity,
    ...meta,
  };
  if (input.label !== undefined) result.label = input.label;
  return { ok: true, result };
}
