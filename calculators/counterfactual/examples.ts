/** Counterfactual worked examples, keyed by the ids fixed in the shared contract. */
import type { WorkedExample } from '../core/example.ts';
import { inferenceExamples } from '../inference/examples.ts';
import type { CounterfactualInput } from './schema.ts';

export const counterfactualExamples = {
  'article-drafting': {
    purpose: 'estimate',
    title: 'AI-assisted article draft against a journalist writing on a laptop',
    summary:
      'The AI step of the article-drafting preset plus 0.5-1.5 h of editing, against 2-4 h of writing on a laptop (marginal device energy); 400 articles a month with a rebound of 1-1.5. Times, device power and the rebound are assumptions: no published source gives a rebound coefficient.',
    input: {
      label: 'Article drafting',
      task: 'an 800-word article',
      ai: { inference: inferenceExamples['article-drafting'].input, reviewTimeH: { low: 0.5, high: 1.5 }, device: { type: 'laptop' } },
      baseline: { kind: 'human', humanTimeH: { low: 2, high: 4 }, device: { type: 'laptop' } },
      volume: { tasksPerPeriod: 400, period: 'month' },
      rebound: { low: 1, high: 1.5 },
      grid: { preset: 'grid-ecologits-gbr' },
    },
    sourceIds: ['ecologits-2025', 'project-assumption'],
  },
  summarisation: {
    purpose: 'estimate',
    title: 'AI summary against a human-written summary',
    summary:
      'A benchmark-based AI summary plus 2-5 minutes of checking, against 10-20 minutes of writing on a laptop. Times are assumptions.',
    input: {
      label: 'Summarisation',
      task: 'a summary of one article',
      ai: { inference: inferenceExamples.summarisation.input, reviewTimeH: { low: 2 / 60, high: 5 / 60 } },
      baseline: { kind: 'human', humanTimeH: { low: 10 / 60, high: 20 / 60 } },
      grid: { preset: 'grid-ecologits-gbr' },
    },
    sourceIds: ['luccioni-2024-phh', 'project-assumption'],
  },
  translation: {
    purpose: 'estimate',
    title: 'Machine translation and post-editing against human translation',
    summary:
      'Machine translation by a medium model plus 0.5-1.5 h of post-editing, against 2-5 h of human translation on a laptop. Times are assumptions.',
    input: {
      label: 'Translation',
      task: 'translating one article',
      ai: { inference: inferenceExamples.translation.input, reviewTimeH: { low: 0.5, high: 1.5 } },
      baseline: { kind: 'human', humanTimeH: { low: 2, high: 5 } },
      grid: { preset: 'grid-ecologits-gbr' },
    },
    sourceIds: ['ecologits-2025', 'project-assumption'],
  },
  transcription: {
    purpose: 'estimate',
    title: 'Automatic transcription and correction against manual transcription',
    summary:
      'Per minute of audio: automatic transcription plus 1-3 minutes of correction, against 4-6 minutes of manual transcription on a laptop. No published transcription energy figure exists; times are assumptions.',
    input: {
      label: 'Transcription',
      task: 'one minute of audio',
      ai: { inference: inferenceExamples.transcription.input, reviewTimeH: { low: 1 / 60, high: 3 / 60 } },
      baseline: { kind: 'human', humanTimeH: { low: 4 / 60, high: 6 / 60 } },
      grid: { preset: 'grid-ecologits-gbr' },
    },
    sourceIds: ['ecologits-2025', 'project-assumption'],
  },
  'image-generation': {
    purpose: 'estimate',
    title: 'Generated illustration against a commissioned or stock image workflow',
    summary:
      'One kept generated image plus 5-15 minutes of selection, against 1-3 h of an illustrator on a desktop and monitor. Times are assumptions; travel and materials are left out.',
    input: {
      label: 'Image generation',
      task: 'one illustration',
      ai: {
        inference: inferenceExamples['image-generation'].input,
        reviewTimeH: { low: 5 / 60, high: 15 / 60 },
        device: { type: 'desktop-monitor' },
      },
      baseline: { kind: 'human', humanTimeH: { low: 1, high: 3 }, device: { type: 'desktop-monitor' } },
      grid: { preset: 'grid-ecologits-gbr' },
    },
    sourceIds: ['luccioni-2024-phh', 'project-assumption'],
  },
  'tomlinson-top-down': {
    purpose: 'published',
    title: 'The top-down per-capita method (advised against)',
    summary:
      'Tomlinson et al. allocate a US resident’s whole 15 tCO2e a year to writing at 300 words an hour: about 1,427 gCO2e per 250-word page. With marginal laptop energy as the baseline the comparison changes completely.',
    input: {
      label: 'One page of text, top-down against marginal',
      task: 'one 250-word page',
      ai: {
        inference: { ...inferenceExamples['chat-assistant'].input, preset: 'chat-assistant', outputTokensPerRequest: 333 },
        requestsPerTask: { low: 1, high: 3 },
      },
      baseline: { kind: 'human', humanTimeH: 250 / 300, device: { type: 'laptop' } },
      topDown: { annualFootprintTCO2e: 15, wordsPerHour: 300, wordsPerPage: 250 },
      grid: { preset: 'grid-ecologits-usa' },
    },
    sourceIds: ['tomlinson-2024', 'rockpool-2024', 'ecologits-2025'],
  },
  // Guidance 0.3: transcription with the speech method.
  'transcription-speech': {
    purpose: 'estimate',
    since: 'cs-2026-12',
    title: 'Speech-model transcription and correction against manual transcription',
    summary:
      'Per minute of audio: a speech model (speed assumed) plus 1-3 minutes of correction, against 4-6 minutes of manual transcription on a laptop. No published transcription energy figure exists; speeds and times are assumptions.',
    input: {
      label: 'Transcription',
      task: 'one minute of audio',
      ai: { inference: inferenceExamples['transcription-speech'].input, reviewTimeH: { low: 1 / 60, high: 3 / 60 } },
      baseline: { kind: 'human', humanTimeH: { low: 4 / 60, high: 6 / 60 } },
      grid: { preset: 'grid-ecologits-gbr' },
    },
    sourceIds: ['project-assumption'],
  },
  'translation-rebound': {
    purpose: 'estimate',
    title: 'Translation becomes cheap: a saving per article, an increase per month',
    summary:
      'Before: 50 articles a month translated by people. After: 500 a month by a medium model with post-editing. Each AI translation emits less than the human one it replaces, but only 50 were replaced: a rebound of 10 (an assumption for illustration) turns the saving per article into an increase per month. Times are assumptions.',
    input: {
      label: 'Translation at ten times the volume',
      task: 'translating one article',
      ai: { inference: inferenceExamples.translation.input, reviewTimeH: { low: 0.5, high: 1.5 } },
      baseline: { kind: 'human', humanTimeH: { low: 2, high: 5 } },
      volume: { tasksPerPeriod: 50, period: 'month' },
      rebound: 10,
      grid: { preset: 'grid-ecologits-gbr' },
    },
    sourceIds: ['ecologits-2025', 'project-assumption'],
  },
} satisfies Record<string, WorkedExample<CounterfactualInput>>;

export type CounterfactualExampleId = keyof typeof counterfactualExamples;
