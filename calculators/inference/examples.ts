/** Inference worked examples, keyed by the ids fixed in the shared contract. */
import type { WorkedExample } from '../core/example.ts';
import type { InferenceInput } from './schema.ts';

/** The guidance's minimum inference boundary: accelerators, host, idle and provisioned capacity, overhead. */
const dataCentre = {
  accelerators: true,
  hostCpuRam: true,
  idleCapacity: true,
  dataCentreOverhead: true,
  network: false,
  endUserDevice: false,
  embodied: false,
  training: false,
};
/** EcoLogits' own boundary (no idle capacity): kept where an example reproduces EcoLogits' published figure. */
const ecologitsBoundary = { ...dataCentre, idleCapacity: false, embodied: true };

export const inferenceExamples = {
  'gemini-median': {
    purpose: 'published',
    title: 'Google’s median Gemini text prompt (reported, comprehensive boundary)',
    summary:
      'Google reports 0.24 Wh for the median Gemini Apps text prompt (May 2025) over accelerators 58 %, host CPU and memory 25 %, idle machines 10 % and data-centre overhead 8 %; counting active accelerators only gives 0.10 Wh. Emissions here use the location-based US mix; Google’s own 0.03 g is market-based.',
    input: {
      label: 'Gemini Apps median text prompt',
      functionalUnit: 'request',
      estimate: {
        method: 'reported',
        supplier: 'Google',
        energyWhPerRequest: 0.24,
        covers: ['accelerators', 'hostCpuRam', 'idleCapacity', 'dataCentreOverhead'],
        shares: { accelerators: 0.58, hostCpuRam: 0.25, idleCapacity: 0.1, dataCentreOverhead: 0.08 },
      },
      boundary: dataCentre,
      grid: { preset: 'grid-ecologits-usa' },
    },
    sourceIds: ['elsworth-2025', 'ecologits-2025'],
  },
  'epoch-gpt4o': {
    purpose: 'published',
    title: 'Epoch AI’s FLOP-based GPT-4o query (modelled)',
    summary:
      'Epoch AI: 2 x 100 B active parameters x 500 output tokens at 10 % of H100 peak, 1,275 W per GPU x 0.7 x PUE 1.2 gives 0.301 Wh per query.',
    input: {
      label: 'GPT-4o query (Epoch AI baseline)',
      functionalUnit: 'request',
      outputTokensPerRequest: 500,
      estimate: {
        method: 'flop',
        activeParamsB: 100,
        peakFlopsPerSecond: 9.89e14,
        utilisation: 0.1,
        powerPerAcceleratorW: 1275,
        powerAdjustment: 0.7,
        pue: 1.2,
      },
      grid: { preset: 'grid-ecologits-usa' },
    },
    sourceIds: ['epoch-2025'],
  },
  'ecologits-70b': {
    purpose: 'published',
    title: 'EcoLogits v0.9.1: dense 70 B model, 1,000 output tokens, world mix',
    summary:
      'EcoLogits’ parametric method: 4 GPUs, about 87 s of generation at batch 64, 0.66 Wh and 0.36 gCO2e (usage 0.31 g + embodied 0.05 g) on the world mix.',
    input: {
      label: 'Dense 70 B model (EcoLogits method)',
      functionalUnit: 'request',
      outputTokensPerRequest: 1000,
      estimate: { method: 'parametric', activeParamsB: 70, totalParamsB: 70, batchSize: 64, pue: 1.2 },
      boundary: ecologitsBoundary,
      grid: { preset: 'grid-ecologits-wor' },
    },
    sourceIds: ['ecologits-2025'],
  },
  'mistral-large-400': {
    purpose: 'published',
    title: 'Mistral Large 2, one 400-token response: EcoLogits method against Mistral’s LCA',
    summary:
      'EcoLogits v0.9.1 gives about 0.35 Wh and 0.041 gCO2e for a 400-token Mistral Large 2 (123 B dense) response on the Swedish mix, within EcoLogits’ own boundary. Mistral’s life-cycle analysis puts the marginal impact of one 400-token Le Chat response at 1.14 gCO2e, upstream hardware manufacture included and training not: about 28 times more. Its wider life-cycle scope and the serving conditions and grid it assumed explain the gap; Mistral has not published the energy per response.',
    input: {
      label: 'Mistral Large 2, 400-token response',
      functionalUnit: 'request',
      outputTokensPerRequest: 400,
      estimate: { method: 'parametric', activeParamsB: 123, totalParamsB: 123, batchSize: 64, pue: 1.16 },
      boundary: ecologitsBoundary,
      grid: { preset: 'grid-ecologits-swe' },
    },
    sourceIds: ['ecologits-2025', 'mistral-2025'],
  },
  'mlenergy-qwen3-8b': {
    purpose: 'published',
    title: 'Measured benchmark: Qwen3-8B chat on one H100 (ML.ENERGY)',
    summary:
      'ML.ENERGY v3.0 measured 0.1192 J per output token at 64 concurrent sequences; x 644.55 tokens = 0.0213 Wh of GPU energy per response.',
    input: {
      label: 'Qwen3-8B chat (ML.ENERGY, 64 sequences)',
      functionalUnit: 'request',
      outputTokensPerRequest: 644.55,
      estimate: {
        method: 'benchmark',
        benchmark: 'ml-energy',
        joulesPerToken: 0.1192,
        measuredAt: 'production-batch',
        covers: ['accelerators'],
      },
    },
    sourceIds: ['mlenergy-2025'],
  },
  'proxy-frontier': {
    purpose: 'estimate',
    title: 'Proxy tier: a frontier-class closed model with no data',
    summary:
      'With no disclosure, a frontier-class model is modelled with EcoLogits over 200-600 B active of about 2,000 B total parameters and 269-500 output tokens: the wide interval is the honest answer.',
    input: {
      label: 'Frontier-class closed model',
      functionalUnit: 'request',
      estimate: { method: 'proxy', modelClass: 'frontier' },
      boundary: { ...dataCentre, embodied: true },
      grid: { preset: 'grid-ecologits-usa' },
    },
    sourceIds: ['ecologits-2025', 'epoch-2025'],
  },
  'article-drafting': {
    purpose: 'estimate',
    title: 'Article drafting with a large closed model',
    summary:
      'An 800-word draft with 3-10 prompts of 400-1,200 output tokens to a GPT-4o-class model (proxy tier), with network transfer and the journalist’s laptop time; token counts and device figures are assumptions.',
    input: {
      label: 'Article drafting',
      preset: 'article-drafting',
      estimate: { method: 'proxy', modelClass: 'large' },
      boundary: { ...dataCentre, embodied: true, network: true, endUserDevice: true },
      grid: { preset: 'grid-ecologits-usa' },
      device: { type: 'laptop' },
    },
    sourceIds: ['ecologits-2025', 'carbon-trust-2021', 'project-assumption'],
  },
  summarisation: {
    purpose: 'estimate',
    title: 'Summarising an article (laboratory benchmark, adjusted)',
    summary:
      'Power Hungry Processing measured 0.049 kWh per 1,000 summaries (GPU, CPU and RAM, batch size 1, models up to 11 B); a lab-to-production adjustment and a PUE are applied, both flagged.',
    input: {
      label: 'Article summary',
      preset: 'summarisation',
      estimate: {
        method: 'benchmark',
        benchmark: 'power-hungry-processing',
        energyWhPer1000Queries: 49,
        measuredAt: 'batch-1',
        covers: ['accelerators', 'hostCpuRam'],
      },
      boundary: dataCentre,
    },
    sourceIds: ['luccioni-2024-phh', 'mlenergy-2025', 'epoch-2025'],
  },
  translation: {
    purpose: 'estimate',
    title: 'Translating an article with a medium model',
    summary:
      'Machine translation of a 600-1,500-word article in one to three passes by a 10-70 B model (proxy tier); token counts are assumptions.',
    input: {
      label: 'Article translation',
      preset: 'translation',
      estimate: { method: 'proxy', modelClass: 'medium' },
      boundary: { ...dataCentre, embodied: true },
    },
    sourceIds: ['ecologits-2025', 'project-assumption'],
  },
  transcription: {
    purpose: 'estimate',
    title: 'Transcribing a minute of audio',
    summary:
      'No published energy figure for speech-to-text was found; a small model decoding about 200 transcript tokens per minute stands in (proxy tier, an assumption), plus uploading the audio.',
    input: {
      label: 'Transcription and subtitling',
      preset: 'transcription',
      estimate: { method: 'proxy', modelClass: 'small' },
      boundary: { ...dataCentre, embodied: true, network: true },
    },
    sourceIds: ['ecologits-2025', 'carbon-trust-2021', 'project-assumption'],
  },
  'image-generation': {
    purpose: 'estimate',
    title: 'Generating an illustration',
    summary:
      'Power Hungry Processing measured a mean of 2.907 kWh per 1,000 images (GPU, CPU and RAM); one kept image takes 1-4 generations (an assumption). No batching adjustment: interactive image generation runs near batch size 1.',
    input: {
      label: 'Generated illustration',
      preset: 'image-generation',
      estimate: {
        method: 'benchmark',
        benchmark: 'power-hungry-processing',
        energyWhPer1000Queries: 2907,
        labToProductionFactor: 1,
        covers: ['accelerators', 'hostCpuRam'],
      },
      boundary: dataCentre,
      grid: { preset: 'grid-phh-2023-aws-us-west-2' },
    },
    sourceIds: ['luccioni-2024-phh', 'epoch-2025', 'project-assumption'],
  },
  'chat-assistant': {
    purpose: 'estimate',
    title: 'A question to a newsroom chat assistant',
    summary:
      'One exchange with a GPT-4o-class assistant (proxy tier) of 269-500 output tokens, with network transfer; the model class and token range come from EcoLogits and Epoch AI.',
    input: {
      label: 'Newsroom chat assistant',
      preset: 'chat-assistant',
      estimate: { method: 'proxy', modelClass: 'large' },
      boundary: { ...dataCentre, embodied: true, network: true },
      grid: { preset: 'grid-ecologits-usa' },
    },
    sourceIds: ['ecologits-2025', 'epoch-2025', 'carbon-trust-2021'],
  },
  'metadata-tagging': {
    purpose: 'estimate',
    title: 'Tagging an article with metadata',
    summary:
      'Power Hungry Processing measured 0.002-0.004 kWh per 1,000 text or token classifications at batch size 1; one classification per article, adjusted towards production batching (an assumption).',
    input: {
      label: 'Metadata tagging',
      preset: 'metadata-tagging',
      estimate: {
        method: 'benchmark',
        benchmark: 'power-hungry-processing',
        energyWhPer1000Queries: { low: 2, high: 4 },
        measuredAt: 'batch-1',
        covers: ['accelerators', 'hostCpuRam'],
      },
      boundary: dataCentre,
    },
    sourceIds: ['luccioni-2024-phh', 'mlenergy-2025'],
  },
  // Examples of guidance 0.3 (coefficient set cs-2026-12: input tokens, the speech method, the network power model).
  'report-summary': {
    purpose: 'estimate',
    since: 'cs-2026-12',
    title: 'Summarising a 150-page report with a large closed model',
    summary:
      'A GPT-4o-class model (proxy tier) reads a 50,000-token report and writes a 300 to 600-token summary: reading the input (prefill) costs more than writing the summary. Token counts are assumptions.',
    input: {
      label: 'Long-report summary',
      functionalUnit: 'request',
      inputTokensPerRequest: 50_000,
      outputTokensPerRequest: { low: 300, high: 600 },
      estimate: { method: 'proxy', modelClass: 'large' },
      boundary: { ...dataCentre, embodied: true },
      grid: { preset: 'grid-ecologits-usa' },
    },
    sourceIds: ['ecologits-2025', 'epoch-2025', 'kaplan-2020', 'project-assumption'],
  },
  'transcription-speech': {
    purpose: 'estimate',
    since: 'cs-2026-12',
    title: 'Transcribing a minute of audio with a speech model',
    summary:
      'A speech-to-text model on a data-centre accelerator, assumed to run 20 to 200 times faster than real time (no published energy figure exists), plus uploading the audio.',
    input: {
      label: 'Transcription and subtitling',
      preset: 'transcription',
      estimate: { method: 'realtime' },
      boundary: { ...dataCentre, embodied: true, network: true },
      grid: { preset: 'grid-ecologits-gbr' },
    },
    sourceIds: ['project-assumption', 'carbon-trust-2021'],
  },
  'dubbing-voice': {
    purpose: 'estimate',
    since: 'cs-2026-12',
    title: 'A minute of synthetic voice for dubbing or an audio article',
    summary:
      'A text-to-speech model turns a 150-word script into a minute of audio, assumed to run 20 to 200 times faster than real time (no published energy figure exists), and the audio is downloaded once.',
    input: {
      label: 'Dubbing and synthetic voice',
      preset: 'dubbing-voice',
      estimate: { method: 'realtime' },
      boundary: { ...dataCentre, embodied: true, network: true },
      grid: { preset: 'grid-ecologits-gbr' },
    },
    sourceIds: ['project-assumption', 'carbon-trust-2021'],
  },
  'video-generation': {
    purpose: 'estimate',
    since: 'cs-2026-12',
    title: 'A minute of generated video',
    summary:
      'ML.ENERGY measured 289,253 J (80 Wh) of GPU energy for one 5-second clip from an open 14 B video model on one H100; a minute of footage takes 11 to 33 generations. Host, idle capacity and overhead are modelled.',
    input: {
      label: 'Generated video',
      preset: 'video-generation',
      estimate: {
        method: 'benchmark',
        benchmark: 'ml-energy',
        energyWhPer1000Queries: 80_348,
        labToProductionFactor: 1,
        covers: ['accelerators'],
      },
      boundary: { ...dataCentre, embodied: true },
      grid: { preset: 'grid-ecologits-usa' },
    },
    sourceIds: ['mlenergy-2025', 'project-assumption'],
  },
  'reader-summaries': {
    purpose: 'estimate',
    since: 'cs-2026-12',
    title: 'AI summaries for two million readers, generated once per article',
    summary:
      'Per reader view: 3,000 summaries a month generated once each by a medium model (proxy tier; about 1,300 tokens read, 80 written) and shown in 20 million views; the network line’s power allocated by the 15 seconds of reading (power model), and the reader’s device over the same time (a 70:30 mix of phones at 2 W and laptops at 30 W, 10.4 W). Every scenario figure is an assumption.',
    input: {
      label: 'AI summaries, generated once per article',
      preset: 'reader-summaries',
      requestsPerUnit: 3_000 / 20_000_000,
      inputTokensPerRequest: 1_300,
      outputTokensPerRequest: 80,
      estimate: { method: 'proxy', modelClass: 'medium' },
      boundary: { ...dataCentre, embodied: true, network: true, endUserDevice: true },
      network: { model: 'power', bytesPerUnit: 500 },
      device: { powerW: 10.4, timeSPerUnit: 15 },
      grid: { preset: 'grid-ecologits-gbr' },
      volume: { unitsPerPeriod: 20_000_000, period: 'month' },
    },
    sourceIds: ['ecologits-2025', 'malmodin-2020', 'mytton-2022', 'project-assumption'],
  },
  'reader-summaries-per-reader': {
    purpose: 'estimate',
    since: 'cs-2026-12',
    title: 'The same summaries, generated afresh for every reader',
    summary:
      'As above, but the model is called for each of the 20 million views instead of once per article: generation now scales with the audience. Every scenario figure is an assumption.',
    input: {
      label: 'AI summaries, generated for every view',
      preset: 'reader-summaries',
      requestsPerUnit: 1,
      inputTokensPerRequest: 1_300,
      outputTokensPerRequest: 80,
      estimate: { method: 'proxy', modelClass: 'medium' },
      boundary: { ...dataCentre, embodied: true, network: true, endUserDevice: true },
      network: { model: 'power', bytesPerUnit: 500 },
      device: { powerW: 10.4, timeSPerUnit: 15 },
      grid: { preset: 'grid-ecologits-gbr' },
      volume: { unitsPerPeriod: 20_000_000, period: 'month' },
    },
    sourceIds: ['ecologits-2025', 'malmodin-2020', 'mytton-2022', 'project-assumption'],
  },
} satisfies Record<string, WorkedExample<InferenceInput>>;

export type InferenceExampleId = keyof typeof inferenceExamples;
