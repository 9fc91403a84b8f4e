/**
 * Amortisation of a one-off footprint over the units that share it. A module of its own because the
 * inference model amortises training with it too: it then shares this function, not the whole of
 * allocation.ts, with the training model, so the other allocation equations stay in the training
 * island's code instead of the engine code every island loads.
 */

/** Amortise: training / expected lifetime inferences of the model (all users). */
export function amortisedPerUnit(trainingTotal: number, lifetimeUnits: number): number {
  return lifetimeUnits > 0 ? trainingTotal / lifetimeUnits : 0;
}
