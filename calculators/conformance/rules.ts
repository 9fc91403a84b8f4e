/**
 * The guidance's computable provisions: those a result can be checked against by a program. Each keeps
 * the stable id the rulebook gives it (guidance 0.3), and the number the provision had in 0.2, so the
 * same check lists a 0.2 example's problems under 0.2's numbering.
 */
export interface ComputableRule {
  /** Stable rulebook id (0.3 onwards). */
  id: 'BND-1' | 'BND-2' | 'RPT-1' | 'UNC-1' | 'UNC-2' | 'DQ-1' | 'CF-1';
  /** What the check verifies, in one sentence. */
  checks: string;
  /** The provision's number in guidance 0.2. */
  number02: string;
}

export const computableRules: readonly ComputableRule[] = [
  {
    id: 'BND-1',
    number02: '2.3',
    checks:
      'An estimate covers at least accelerators, host CPU and memory, idle and provisioned capacity and data-centre overhead; a published figure reproduced within its narrower boundary says so.',
  },
  {
    id: 'BND-2',
    number02: '2.2',
    checks:
      'The result carries a boundary statement listing what is included, modelled and excluded; from 0.3 it also names, with the reason, the elements the calculators cannot estimate (storage, retrieval and vector search, orchestration and monitoring, end of life).',
  },
  { id: 'RPT-1', number02: '2.10', checks: 'Per-unit emissions are location-based.' },
  {
    id: 'UNC-1',
    number02: '6.8',
    checks: 'A modelled or proxy estimate is reported with its range (P5 to P95 of a distribution, or the minimum and maximum of bounds).',
  },
  { id: 'UNC-2', number02: '7.9', checks: 'Headline figures are printed to no more than two significant figures.' },
  {
    id: 'DQ-1',
    number02: '2.12',
    checks:
      'Every input is in the assumptions register with its value, unit and origin; every coefficient has its source and year, and assumptions are flagged.',
  },
  {
    id: 'CF-1',
    number02: '4.6',
    checks: 'Both sides of a comparison count the same boundary elements: embodied emissions on both or on neither.',
  },
];

export type RuleId = ComputableRule['id'];
