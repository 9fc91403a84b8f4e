/**
 * The counterfactual's equations, one function each (the guidance's equations annex prints them and a
 * test evaluates its worked numbers with these functions).
 */

/** Net change per task, g or Wh: the AI-assisted workflow minus the workflow it replaces (negative: avoided). */
export function netChangePerTask(ai: number, baseline: number): number {
  return ai - baseline;
}

/**
 * Net change per period with rebound (a volume multiplier): AI tasks are tasks × rebound; the
 * workflow replaced covers the original tasks only:  ΔE = AI · n · r − baseline · n.
 */
export function netChangePerPeriod(ai: number, baseline: number, tasks: number, rebound: number): number {
  return ai * tasks * rebound - baseline * tasks;
}

/**
 * A person's device's embodied emissions for the hours it is used, g, by time share (gsf-sci-2024):
 * hours × kg × 1,000 / (life years × use hours a year); one hour gives the emissions per hour of use.
 * The hours come first in the product, as the model multiplied them before this was one function.
 */
export function deviceEmbodiedG(hours: number, embodiedKg: number, lifetimeYears: number, useHoursPerYear: number): number {
  return (hours * embodiedKg * 1_000) / (lifetimeYears * useHoursPerYear);
}

/**
 * The top-down per-capita method (tomlinson-2024), which the guidance advises against: a person's whole
 * annual footprint allocated to writing time, g per task:  t × 10⁶ / 8,760 × words per task / words per hour.
 */
export function topDownPerTaskG(annualFootprintT: number, wordsPerTask: number, wordsPerHour: number): number {
  return ((annualFootprintT * 1_000_000) / 8_760) * (wordsPerTask / wordsPerHour);
}
