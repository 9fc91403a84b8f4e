/** Disclosure worked examples, keyed by the ids fixed in the shared contract. */
import type { WorkedExample } from '../core/example.ts';
import { inferenceExamples } from '../inference/examples.ts';
import type { DisclosureInput } from './schema.ts';

export const disclosureExamples = {
  'gemini-median-disclosure': {
    title: 'Disclosure of the Gemini median prompt',
    summary: 'A structured statement for Google’s reported 0.24 Wh median prompt: reported tier, comprehensive data-centre boundary, location-based US emissions, and what is excluded (network, devices, embodied, training).',
    input: {
      title: 'Median Gemini Apps text prompt (reported by Google)',
      organisation: 'Example publisher',
      model: 'inference',
      input: inferenceExamples['gemini-median'].input,
    },
    sourceIds: ['elsworth-2025', 'ecologits-2025'],
  },
  'article-drafting-disclosure': {
    title: 'Disclosure of AI-assisted article drafting',
    summary: 'A structured statement for article drafting with a large closed model at the proxy tier, per article, with network and device time modelled and flagged, and 400 articles a month.',
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
