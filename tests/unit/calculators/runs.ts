/**
 * How many cases a property or fuzz test runs. Mutation testing (vitest.mutation.config.ts) runs these
 * tests once per mutant they reach and sets ENGINE_TEST_RUNS_SCALE to 0.1; every other run takes the
 * full count. Fewer cases can only let more mutants survive, so the scale never flatters the score.
 */
const scale = Number(process.env.ENGINE_TEST_RUNS_SCALE ?? '1');

export function runs(count: number): number {
  return Number.isFinite(scale) && scale > 0 && scale < 1 ? Math.max(5, Math.round(count * scale)) : count;
}
