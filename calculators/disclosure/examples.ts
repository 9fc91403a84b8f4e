/** Disclosure worked examples, keyed by the ids fixed in the shared contract. */
import type { WorkedExample } from '../core/example.ts';
import { inferenceExamples } from '../inference/examples.ts';
import type { DisclosureInput } from './schema.ts';

export const disclosureExamples = {
  'gemini-median-disclosure': {
    purpose: 'published',
    title: 'Disclosure of the Gemini median prompt',
    summary:
      'A structured statement for Google’s reported 0.24 Wh median prompt: reported tier, comprehensive data-centre boundary, and what is excluded (network, devices, embodied, training). Its emissions are location-based on the US mix and cover the energy only; Google’s own 0.03 gCO2e is market-based and includes amortised hardware, so the two are not comparable.',
    input: {
      title: 'Median Gemini Apps text prompt (reported by Google)',
      organisation: 'Example publisher',
      model: 'inference',
      input: inferenceExamples['gemini-median'].input,
      notes: [
        'Google reports 0.03 gCO2e per prompt on a market-based basis, including amortised hardware (embodied) emissions. This statement computes location-based emissions of the 0.24 Wh on the US mix and excludes embodied hardware: the two emissions figures are not comparable.',
      ],
    },
    sourceIds: ['elsworth-2025', 'ecologits-2025'],
  },
  'article-drafting-disclosure': {
    purpose: 'estimate',
    title: 'Disclosure of AI-assisted article drafting',
    summary:
      'A structured statement for article drafting with a large closed model at the proxy tier, per article, with network and device time modelled and flagged, and 400 articles a month.',
    input: {
      title: 'AI-assisted article drafting, per article',
      organisation: 'Example publisher',
      period: '2026-Q4',
      model: 'inference',
      input: { ...inferenceExamples['article-drafting'].input, volume: { unitsPerPeriod: 400, period: 'month' } },
      notes: ['Model class chosen because the supplier discloses no energy data.'],
    },
    sourceIds: ['ecologits-2025', 'carbon-trust-2021', 'project-assumption'],
  },
} satisfies Record<string, WorkedExample<DisclosureInput>>;

export type DisclosureExampleId = keyof typeof disclosureExamples;
