/**
 * How fast the machine runs at a given moment, from a fixed piece of arithmetic timed beside each engine
 * case (tests/bench/engine.bench.ts) and each timed build (bench-site.mjs). Why: on the shared 2-core
 * build machines a whole process can run about 1.6 times slower for seconds at a time with nothing else
 * in it changing (a longer exp/log loop of the same kind, alone in a process: 46 ms a pass, then 74 to
 * 78 ms), and an engine case or a build timed in such a phase reads slower with no change to the code.
 * The benches' verdicts stay on the raw times; this only lets a reader tell the two apart.
 */

/** A fixed column, the same on every run (no random numbers: the loop's work must not vary). */
const column = Float64Array.from({ length: 100_000 }, (_, i) => (i % 997) / 997);

/** The reference work: exp and log over the column, the kind of arithmetic the engine's sampling does. */
export function referenceLoop(): number {
  let sum = 0;
  for (let i = 0; i < column.length; i++) sum += Math.exp(column[i] as number) * Math.log1p(column[i] as number);
  return sum;
}

/** Median time in ms of `runs` passes of the reference loop, after a few untimed ones. */
export function referenceMs(runs = 21): number {
  let sink = 0;
  for (let i = 0; i < 3; i++) sink += referenceLoop();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink += referenceLoop();
    times.push(performance.now() - start);
  }
  // Kept live so that the loop cannot be optimised away.
  if (Number.isNaN(sink)) throw new Error('reference loop gave NaN');
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] as number;
}

/** From this factor over the run's quickest reference time on, a case is said to be timed in a slow phase. */
export const SLOW_PHASE_FACTOR = 1.2;

/**
 * How much slower the machine ran around one case than at its quickest in the run: the slower of the
 * reference times taken just before and just after the case, over the quickest reference time of the run.
 */
export function slowdown(before: number, after: number, quickest: number): number {
  if (!(quickest > 0) || !Number.isFinite(before) || !Number.isFinite(after))
    throw new Error('reference times must be positive and finite');
  return Math.max(before, after) / quickest;
}

/** The words added to an over-budget case timed in a slow phase, or undefined. */
export function slowPhaseNote(factor: number): string | undefined {
  if (factor < SLOW_PHASE_FACTOR) return undefined;
  return `timed while the reference loop ran x${factor.toFixed(2)} its quickest in this run: the machine was slower then, not only the code`;
}
