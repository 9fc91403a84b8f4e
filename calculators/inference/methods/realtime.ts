/**
 * Speech models (transcription, dubbing and synthetic voice): accelerator time per second of audio (the
 * real-time factor) times the accelerator's power. No published energy figure exists for these tasks, so
 * the default speed is a working-group assumption, shown as such; a measurement replaces it.
 */
import { speechEnergyWh as imported_speechEnergyWh } from '../equations.ts';
import { fields, type InferenceEstimate } from '../schema.ts';
import type { MethodContext, MethodResolution } from '../source.ts';

const speechEnergyWh = imported_speechEnergyWh;
const S_PER_H = 3_600;

export function resolveRealtime(estimate: Extract<InferenceEstimate, { method: 'realtime' }>, context: MethodContext): MethodResolution {
  const { c, covered } = context;
  if (!c.set.coefficients.some((x) => x.id === 'speech-realtime-factor')) {
    return {
      ok: false,
      errors: [{ path: 'estimate.method', message: `The speech method is not available in coefficient set ${c.set.id}; use a later set` }],
    };
  }
  const iFactor = c.pick('estimate.realTimeFactor', fields.realTimeFactor, estimate.realTimeFactor, 'speech-realtime-factor');
  const iAudio =
    estimate.audioSecondsPerRequest !== undefined
      ? c.supplied('estimate.audioSecondsPerRequest', fields.audioSecondsPerRequest, estimate.audioSecondsPerRequest)
      : c.fixedDefault('estimate.audioSecondsPerRequest', fields.audioSecondsPerRequest, 60);
  const iPower = c.pick('estimate.acceleratorPowerW', fields.acceleratorPowerW, estimate.acceleratorPowerW, 'accelerator-average-power-w');
  if (estimate.realTimeFactor === undefined)
    c.warn('Speech model speed is an assumption (no published energy figure for speech models was found): replace it with a measurement.');
  covered.add('accelerators');
  return {
    ok: true,
    accHoursFromEnergy: false,
    splitByDefaultShares: false,
    reportsDeployment: false,
    compute: (v, s) => {
      const seconds = (v[iAudio] as number) * (v[iFactor] as number);
      s.acc = speechEnergyWh(v[iAudio] as number, v[iFactor] as number, v[iPower] as number);
      s.host = 0;
      s.idle = 0;
      s.pue = 0;
      s.overheadWh = 0;
      s.embodiedG = 0;
      s.accHours = seconds / S_PER_H;
      s.gpus = 0;
      s.latencyS = 0;
      s.prefillAcc = 0;
      s.prefillHost = 0;
      s.prefillAccHours = 0;
    },
  };
}
