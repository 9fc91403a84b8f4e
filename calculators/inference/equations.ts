/**
 * The inference equations, one function each, with units and sources. The guidance's equations annex
 * prints the same equations under the same names, and a test evaluates the annex's worked numbers with
 * these functions, so the text and the code cannot drift. (The EcoLogits parametric steps live in
 * ecologits.ts.)
 */

/**
 * Decoding GPU-seconds of one request, FLOP method (epoch-2025): every output token costs 2 FLOP per
 * active parameter, plus attention over the input context (kaplan-2020's forward-pass count, written
 * with the crossover context c* at which attention costs as much as the parameters):
 *   t_decode = 2 · P · N · (1 + L / c*) / (F · u)
 * P active parameters (count), N output tokens, L input tokens, c* crossover (tokens), F peak FLOP/s, u
 * utilisation (fraction). With L = 0 this is Epoch AI's baseline: 100 B, 500 tokens, 9.89e14, 0.1 → 1.01 s.
 */
export function decodeGpuSeconds(
  activeParams: number,
  outputTokens: number,
  inputTokens: number,
  crossoverTokens: number,
  peakFlopsPerSecond: number,
  utilisation: number,
): number {
  return (2 * activeParams * outputTokens * (1 + inputTokens / crossoverTokens)) / (peakFlopsPerSecond * utilisation);
}

/**
 * Prefill FLOP of one request: the input tokens' forward passes, summed with the attention that grows
 * with each token's position (kaplan-2020: 2P + 2·n_layer·n_ctx·d_attn per token, written with c*):
 *   FLOP_prefill = Σ_{t=1..L} 2 · P · (1 + t / c*) ≈ 2 · P · L + P · L² / c*
 */
export function prefillFlop(activeParams: number, inputTokens: number, crossoverTokens: number): number {
  return 2 * activeParams * inputTokens + (activeParams * inputTokens * inputTokens) / crossoverTokens;
}

/**
 * Prefill GPU-seconds: prefill FLOP at the prefill utilisation, which is higher than decoding's because
 * a prompt's tokens are processed together (compute-bound):  t_prefill = FLOP_prefill / (F · u_prefill)
 */
export function prefillGpuSeconds(
  activeParams: number,
  inputTokens: number,
  crossoverTokens: number,
  peakFlopsPerSecond: number,
  prefillUtilisation: number,
): number {
  return prefillFlop(activeParams, inputTokens, crossoverTokens) / (peakFlopsPerSecond * prefillUtilisation);
}

/**
 * Energy of accelerator time, Wh: GPU-seconds × average power (W) / 3,600.
 */
export function gpuSecondsToWh(gpuSeconds: number, powerW: number): number {
  return (gpuSeconds * powerW) / 3_600;
}

/**
 * Network power model (malmodin-2020, as reproduced for carbon-trust-2021 by Mytton): the core network's
 * power scales with the access line's capacity, the home equipment's with the traffic, both with a
 * fixed part; energy is power over the delivery time, the fixed parts allocated by time:
 *   E_network = (P_core + k_core · C_line + P_home + k_home · R) · t / 3,600
 * P in W, k in W/Mbps, C_line and R in Mbps, t in s, E in Wh. A 4 Mbps stream on a 100 Mbps line for
 * one hour: (1.5 + 0.03·100 + 16.5 + 0.02·4) W × 1 h = 21.08 Wh.
 */
export function networkPowerModelWh(
  deliveryS: number,
  lineMbps: number,
  bitrateMbps: number,
  coreFixedW: number,
  coreWPerMbps: number,
  homeFixedW: number,
  homeWPerMbps: number,
): number {
  return ((coreFixedW + coreWPerMbps * lineMbps + homeFixedW + homeWPerMbps * bitrateMbps) * deliveryS) / 3_600;
}

/**
 * Marginal network energy, Wh: only the power that rises with traffic (the home equipment's watts per
 * Mbps) for the megabits moved; the fixed parts run whether or not the traffic happens. This is the
 * energy a consequential comparison counts:  E_marginal = k_home · (bits / 10⁶) / 3,600
 */
export function marginalNetworkWh(bytes: number, homeWPerMbps: number): number {
  return (homeWPerMbps * ((bytes * 8) / 1e6)) / 3_600;
}

/**
 * Energy-intensity network model, Wh (carbon-trust-2021): bytes × kWh per GB, an average attribution.
 *   E = bytes · (I · 1,000 / 10⁹)
 * Written as bytes × Wh per byte: the arithmetic the sets released before the other network models were
 * computed with, so their results keep every bit.
 */
export function energyIntensityNetworkWh(bytes: number, kWhPerGb: number): number {
  return bytes * ((kWhPerGb * 1_000) / 1e9);
}

/**
 * Speech processing energy of one request, Wh: seconds of audio × accelerator-seconds per second of
 * audio (the real-time factor) × accelerator power / 3,600.
 */
export function speechEnergyWh(audioSeconds: number, realTimeFactor: number, acceleratorPowerW: number): number {
  return (audioSeconds * realTimeFactor * acceleratorPowerW) / 3_600;
}

/** Data-centre overhead, Wh: (PUE − 1) × the IT energy inside the boundary (the PUE's definition). */
export function overheadWh(itEnergyWh: number, pue: number): number {
  return itEnergyWh * (pue - 1);
}

/**
 * Overhead of a reported figure that includes its own (Google's shares, elsworth-2025), kept in
 * proportion to the IT energy left inside the chosen boundary: the figure's implied PUE − 1 is its
 * overhead over its IT energy.  E_ovh = E_IT · E_ovh,src / E_IT,src  (0 when the figure has no IT energy)
 * A separate function, not overheadWh with an implied PUE: 1 + x − 1 is not always x in floating point,
 * and the released results were computed with the ratio.
 */
export function impliedOverheadWh(itEnergyWh: number, sourceOverheadWh: number, sourceItEnergyWh: number): number {
  return sourceItEnergyWh > 0 ? itEnergyWh * (sourceOverheadWh / sourceItEnergyWh) : 0;
}

/**
 * An element a source leaves out, modelled from accelerator energy by Google's published shares
 * (elsworth-2025): E_element = E_accelerators × share_element / share_accelerators.
 */
export function elementFromSharesWh(acceleratorWh: number, elementShare: number, acceleratorShare: number): number {
  return acceleratorWh * (elementShare / acceleratorShare);
}

/**
 * End-user device energy, Wh: marginal power (W) × time of use (s) × the share that falls to what is
 * counted / 3,600. The share is 1 for the whole time; a request's share of a unit's device time is
 * 1 / requests per unit (the time is given per article, the engine computes per request).
 */
export function deviceEnergyWh(powerW: number, seconds: number, share: number): number {
  return (powerW * seconds * share) / 3_600;
}
