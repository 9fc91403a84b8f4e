import { describe, expect, it } from 'vitest';
import { allCitationLabels, citedRuns } from '../../../src/lib/cited-links.ts';
import { calculatorTitle, exampleKeyTitle, exampleTitle, markerNames } from '../../../src/lib/example-names.ts';
import { nameMarkers } from '../../../src/lib/text-diff.ts';

describe('citedRuns', () => {
  const labels = allCitationLabels();

  it('links a source id to its entry on the version’s references page, by author and year', () => {
    const runs = citedRuns('attention adds a cost (kaplan-2020); rebound (luccioni-2025-jevons).', '0.3', new Set(['kaplan-2020']));
    expect(runs).toEqual([
      { text: 'attention adds a cost (' },
      { text: labels['kaplan-2020'], sourceId: 'kaplan-2020', href: '/0.3/references/#ref-kaplan-2020' },
      { text: '); rebound (' },
      // Not on that references page: the citation is worded, not linked, so no link can dangle.
      { text: labels['luccioni-2025-jevons'], sourceId: 'luccioni-2025-jevons' },
      { text: ').' },
    ]);
    expect(labels['kaplan-2020']).toBe('Kaplan et al., 2020');
  });

  it('leaves text without ids as one run', () => {
    expect(citedRuns('no sources here', '0.2', new Set())).toEqual([{ text: 'no sources here' }]);
  });
});

describe('example names', () => {
  it('names worked examples and calculators by their titles', () => {
    expect(exampleTitle('inference', 'gemini-median')).toMatch(/Gemini/);
    expect(exampleTitle('inference', 'no-such-example')).toBeUndefined();
    expect(exampleTitle('constructor', 'x')).toBeUndefined();
    expect(exampleKeyTitle('inference/summarisation.tiers')).toMatch(/ \(data-quality tiers\)$/);
    expect(exampleKeyTitle('nothing/here')).toBe('nothing/here');
    expect(calculatorTitle('boundary-explorer')).toMatch(/^Boundary explorer, set to “.*Gemini.*”$/);
    expect(calculatorTitle('no-such-calculator')).toBeUndefined();
  });

  it('words the diff markers with them', () => {
    expect(nameMarkers('[example:training/bloom]', markerNames)).toMatch(/^\[worked example: BLOOM/);
  });
});
