/**
 * Network transfer per functional unit, by one of three models:
 * - energy intensity (carbon-trust-2021): bytes x kWh per GB, an average attribution (the default);
 * - power (malmodin-2020): fixed power plus watts per Mbps over the delivery time, the fixed parts
 *   allocated by time, as DIMPACT members report streaming;
 * - marginal: only the traffic-proportional power, the energy the traffic adds (consequential).
 */
import type { MediaPreset } from '../coefficients/schema.ts';
import type { InputCollector } from '../core/collector.ts';
import type { FieldError } from '../core/result.ts';
import {
  energyIntensityNetworkWh,
  marginalNetworkWh as imported_marginalNetworkWh,
  networkPowerModelWh as imported_networkPowerModelWh,
} from './equations.ts';
import { fields, type InferenceInput } from './schema.ts';

const marginalNetworkWh = imported_marginalNetworkWh;
const networkPowerModelWh = imported_networkPowerModelWh;

export type NetworkModel = NonNullable<NonNullable<InferenceInput['network']>['model']>;

export interface NetworkContext {
  c: InputCollector;
  network: InferenceInput['network'];
  /** The preset, when its per-unit quantities apply (counted units). */
  preset: MediaPreset | undefined;
  /** The end-user device time's input index, when the device element is in the boundary (read when computing). */
  deviceTime: (() => number) | undefined;
  /** The device time's coefficient when no device element is in the boundary. */
  deviceTimeCoefficient: string;
  /** A counterfactual's default model, when the reader chose none. */
  defaultModel?: NetworkModel;
}

/** Network energy per functional unit, Wh, from the input vector. */
export type NetworkEnergy = (v: Float64Array) => number;

const POWER_IDS = ['network-core-fixed-w', 'network-core-w-per-mbps', 'network-home-fixed-w', 'network-home-w-per-mbps'] as const;

export function resolveNetwork(context: NetworkContext): { ok: true; energyPerUnit: NetworkEnergy } | { ok: false; errors: FieldError[] } {
  const { c, network, preset } = context;
  const model: NetworkModel = network?.model ?? context.defaultModel ?? 'energy-intensity';
  if (!network?.model) c.defaulted('network.model');
  const needsPowerModel = model === 'power' || model === 'marginal';
  if (needsPowerModel && !c.set.coefficients.some((x) => x.id === 'network-home-w-per-mbps')) {
    return {
      ok: false,
      errors: [
        {
          path: 'network.model',
          message: `The ${model} network model is not available in coefficient set ${c.set.id}; use energy-intensity or a later set`,
        },
      ],
    };
  }
  const bytesIndex = () =>
    network?.bytesPerUnit !== undefined
      ? c.supplied('network.bytesPerUnit', fields.bytesPerUnit, network.bytesPerUnit)
      : preset
        ? c.fromCoefficient('network.bytesPerUnit', fields.bytesPerUnit, preset.dataBytesPerUnit, 'preset')
        : c.fromCoefficient('network.bytesPerUnit', fields.bytesPerUnit, 'data-per-text-request-bytes');

  if (model === 'energy-intensity') {
    const iBytes = bytesIndex();
    const access = network?.access ?? 'fixed';
    let kWhPerGb = c.constant(access === 'mobile' ? 'network-mobile-kwh-per-gb' : 'network-fixed-kwh-per-gb'); // carbon-trust-2021
    if (network?.includeHomeRouter) {
      kWhPerGb += c.constant('network-home-router-kwh-per-gb');
      c.warn('Home router energy per GB is a conventional allocation of a mostly idle device (malmodin-2020): weakly founded.');
    }
    c.warn(`Network transfer modelled at ${kWhPerGb} kWh/GB (carbon-trust-2021, 2020 data, conventional allocation), flagged.`);
    // Wh per byte, once: the equation is linear in the bytes, so the sampling loop only multiplies.
    const whPerByte = energyIntensityNetworkWh(1, kWhPerGb);
    return { ok: true, energyPerUnit: (v) => (v[iBytes] as number) * whPerByte };
  }

  c.useSource('malmodin-2020', 'mytton-2022');
  const homeWPerMbps = c.constant('network-home-w-per-mbps');
  if (model === 'marginal') {
    const iBytes = bytesIndex();
    c.warn(
      'Network transfer modelled at its marginal energy: only the home equipment’s watts per Mbps of traffic (malmodin-2020); the fixed power runs whether or not the traffic happens.',
    );
    return { ok: true, energyPerUnit: (v) => marginalNetworkWh(v[iBytes] as number, homeWPerMbps) };
  }

  // Power model: fixed parts allocated by the delivery time, traffic part by the bitrate.
  const [coreFixedW, coreWPerMbps, homeFixedW] = POWER_IDS.slice(0, 3).map((id) => c.constant(id)) as [number, number, number];
  let deliveryIndex: () => number;
  if (network?.deliverySPerUnit !== undefined) {
    const index = c.supplied('network.deliverySPerUnit', fields.deliverySPerUnit, network.deliverySPerUnit);
    deliveryIndex = () => index;
  } else if (context.deviceTime) {
    deliveryIndex = context.deviceTime; // the same attention time as the device element: correlated draws
  } else {
    const index = c.fromCoefficient(
      'network.deliverySPerUnit',
      fields.deliverySPerUnit,
      preset ? preset.deviceTimeSPerUnit : context.deviceTimeCoefficient,
      preset ? 'preset' : 'default',
    );
    deliveryIndex = () => index;
  }
  const iLine = c.pick('network.lineMbps', fields.lineMbps, network?.lineMbps, 'network-line-mbps');
  let bitrate: (v: Float64Array, seconds: number) => number;
  if (network?.bitrateMbps !== undefined) {
    const iRate = c.supplied('network.bitrateMbps', fields.bitrateMbps, network.bitrateMbps);
    bitrate = (v) => v[iRate] as number;
  } else {
    const iBytes = bytesIndex();
    bitrate = (v, seconds) => (seconds > 0 ? ((v[iBytes] as number) * 8) / 1e6 / seconds : 0);
  }
  c.warn(
    'Network modelled with the power model (malmodin-2020): fixed core and home power allocated by the delivery time, plus watts per Mbps, flagged.',
  );
  return {
    ok: true,
    energyPerUnit: (v) => {
      const seconds = v[deliveryIndex()] as number;
      return networkPowerModelWh(seconds, v[iLine] as number, bitrate(v, seconds), coreFixedW, coreWPerMbps, homeFixedW, homeWPerMbps);
    },
  };
}
