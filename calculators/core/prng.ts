/**
 * Seeded pseudo-random number generator (mulberry32).
 * Why mulberry32: 32-bit state, a handful of integer operations per draw, good enough statistical
 * quality for Monte Carlo propagation of input ranges, and identical output in every JS engine,
 * so the same seed always gives the same result in Node and in the browser.
 */
export type Rng = () => number;

export const DEFAULT_SEED = 20251001;

export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
