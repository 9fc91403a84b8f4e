/**
 * What coefficient set cs-2026-12 adds to, and corrects in, the lists the earlier sets share. Pinned
 * sets never change, so every correction here lives only in the new set; the earlier sets keep their
 * values and show the corrections as known issues.
 */
import type { Coefficient, MediaPreset, ModelClass, NotEstimated } from './schema.ts';
import { mediaRowCoefficients, mediaRowPreset, type MediaRow } from './media-rows.ts';
import { ember2023 } from './shared.ts';

type C = Coefficient;
const assume = (c: Omit<C, 'trust' | 'assumption' | 'sourceId'> & { sourceId?: string; trust?: C['trust'] }): C => ({
  ...c,
  sourceId: c.sourceId ?? 'project-assumption',
  trust: c.trust ?? 'UNVERIFIED',
  assumption: true,
});

/** Replace some fields of listed coefficients, by id; a missing id is a programming error. */
export function revise(list: readonly C[], changes: Readonly<Record<string, Partial<C>>>): C[] {
  const unknown = Object.keys(changes).filter((id) => !list.some((c) => c.id === id));
  if (unknown.length > 0) throw new Error(`revise: no coefficient ${unknown.join(', ')} in the list`);
  return list.map((c) => (changes[c.id] ? { ...c, ...changes[c.id] } : c));
}

/**
 * Ember's grid intensities cite Ember, not the sites that republish its data (the registry entry was
 * corrected the same way). The values are unchanged and still tagged V-secondary, so the note says they
 * have not yet been checked in Ember's own files.
 */
const emberNotes: Record<string, Partial<C>> = Object.fromEntries(
  ember2023.map(([code, region]) => [
    `grid-ember-2023-${code}`,
    {
      note: `Lifecycle intensity of ${region} electricity generation in 2023, from Ember’s yearly electricity data (all gases, CO2e over 100 years). Read where Ember’s data is republished; not yet checked in Ember’s own files.`,
    },
  ]),
);

/** Corrections to the shared lists (issue of record: the 0.3 review of sources and labels). */
export const corrections: Readonly<Record<string, Partial<C>>> = {
  ...emberNotes,
  'grid-iea-2024-world-combustion': {
    unit: 'gCO2/kWh',
    note: 'Combustion CO2 only, not lifecycle CO2e: lower than lifecycle factors; do not mix with Ember or EcoLogits values.',
  },
  'grid-market-meta-2024': {
    trust: 'DERIVED',
    note: 'Derived from Meta reporting 0 t of market-based training emissions through renewable matching; the location-based figure is the default.',
  },
  'pue-default': {
    note: 'Epoch AI’s assumption (1.1 to 1.3 for AI data centres); also Jean Zay’s PUE for BLOOM and EcoLogits’ default before v0.9 (v0.9.1 uses each provider’s own PUE).',
  },
  'accelerator-average-power-w': {
    note: 'Derived: Epoch AI’s 0.7 average-draw factor applies to the 1,275 W rated server power per GPU; the accelerators’ 700 of those watts give 1,275 × 0.7 × 700 / 1,275 = 490 W. Converts accelerator energy into accelerator time to allocate embodied emissions when a source gives no time.',
  },
};

/** Input tokens: prefill compute (the FLOP form of kaplan-2020, fitted to Epoch AI's long-input figures). */
export const prefillCoefficients: C[] = [
  assume({
    id: 'prefill-utilisation',
    label: 'FLOP utilisation during prefill',
    value: 0.3,
    unit: 'fraction',
    year: 2025,
    sourceId: 'epoch-2025',
    trust: 'DERIVED',
    note: 'Fitted, with the attention crossover, so that the FLOP method gives Epoch AI’s published long-input figures from its baseline query (10,000 input tokens about 2.4 to 2.5 Wh, 100,000 about 40 Wh; the fit gives 2.6 and 41 Wh). A prompt’s tokens are processed together, so prefill runs at a higher utilisation than decoding’s 10 %. Epoch AI’s own notebook was not read.',
  }),
  assume({
    id: 'attention-crossover-tokens',
    label: 'Context length at which attention costs as much as the parameters',
    value: 50_000,
    unit: 'tokens',
    year: 2025,
    sourceId: 'epoch-2025',
    trust: 'DERIVED',
    note: 'Per token, attention adds a cost proportional to the context (kaplan-2020); this is the context at which it equals the 2 FLOP per parameter, fitted to Epoch AI’s long-input figures for a 100 B-active model and used for every model size (an approximation).',
  }),
];

/** Proxy classes: the serving conditions a closed model's provider does not publish, sampled. */
export const servingCoefficients: C[] = [
  assume({
    id: 'proxy-batch-size',
    label: 'Batch size of a closed model’s serving',
    value: { low: 16, high: 512, distribution: 'lognormal' },
    unit: 'requests',
    year: 2025,
    sourceId: 'mlenergy-2025',
    note: 'Production batch sizes are not published: a lognormal whose P5 to P95 spans 16 to 512 concurrent requests (median about 90), within the 8 to 512 configurations ML.ENERGY measured and around EcoLogits’ default of 64.',
  }),
  assume({
    id: 'proxy-accelerator-memory-gb',
    label: 'Memory per accelerator of a closed model’s serving',
    value: { low: 80, high: 192, distribution: 'uniform' },
    unit: 'GB',
    year: 2025,
    note: 'From the H100 (80 GB) to 192 GB-class accelerators: fewer accelerators hold the same weights. Energy per token per accelerator stays EcoLogits’ H100 fit.',
  }),
  assume({
    id: 'proxy-weight-precision-bits',
    label: 'Weight precision of a closed model’s serving',
    value: { low: 8, high: 16, distribution: 'uniform' },
    unit: 'bits',
    year: 2025,
    sourceId: 'epoch-2025',
    note: 'Weights served at 8 bits (Epoch AI notes inference could use FP8) up to EcoLogits’ 16 bits.',
  }),
  assume({
    id: 'proxy-method-spread',
    label: 'Spread between published methods for one model',
    value: { low: 0.5, high: 2, distribution: 'lognormal' },
    unit: 'multiplier',
    year: 2025,
    sourceId: 'epoch-2025',
    note: 'Published per-request estimates of one model differ by a factor of about 4 between reasonable assumptions (Epoch AI’s baseline and pessimistic GPT-4o cases: 0.30 and 1.30 Wh); a proxy carries that spread, P5 to P95 of half to twice, on top of its parameter and serving ranges.',
  }),
];

/** Reported per-request figures: what the proxy classes are checked against. */
export const reportedFigureCoefficients: C[] = [
  {
    id: 'reported-google-gemini-median-wh',
    label: 'Reported energy, median Gemini Apps text prompt (Google, May 2025)',
    value: 0.24,
    unit: 'Wh',
    year: 2025,
    sourceId: 'elsworth-2025',
    trust: 'V-secondary',
    note: 'Comprehensive boundary (accelerators, host, idle machines, overhead); a fleet median over the models Gemini Apps served, mostly of the large class.',
  },
  {
    id: 'reported-openai-chatgpt-average-wh',
    label: 'Reported energy, average ChatGPT query (OpenAI, June 2025)',
    value: 0.34,
    unit: 'Wh',
    year: 2025,
    sourceId: 'altman-2025',
    trust: 'V-secondary',
    note: 'No boundary, model or token count stated; an average over the models ChatGPT served, mostly of the large class.',
  },
];

/**
 * Network power model: Malmodin's (2020) core-network figures, and the home-equipment figures of
 * Mytton's reproduction of the Carbon Trust model (mytton-2022), which together give the 21.08 Wh per
 * streamed hour the reference cases reproduce. Malmodin's own paper gives a fixed broadband line about
 * 18 W, nearly constant, with about 0.05 W per Mbps (his Figure 7): the same order, noted beside them.
 */
export const networkPowerCoefficients: C[] = [
  {
    id: 'network-core-fixed-w',
    label: 'Fixed network (core): fixed power per line',
    value: 1.5,
    unit: 'W',
    year: 2020,
    sourceId: 'malmodin-2020',
    trust: 'V-secondary',
    note: 'Malmodin’s core and transmission figure for a fixed line (section 4.5), as implemented by Mytton.',
  },
  {
    id: 'network-core-w-per-mbps',
    label: 'Fixed network (core): power per Mbps of line capacity',
    value: 0.03,
    unit: 'W/Mbps',
    year: 2020,
    sourceId: 'malmodin-2020',
    trust: 'V-secondary',
    note: 'The core is dimensioned by line capacity, not by one stream’s traffic.',
  },
  {
    id: 'network-home-fixed-w',
    label: 'Home equipment: fixed power',
    value: 16.5,
    unit: 'W',
    year: 2020,
    sourceId: 'mytton-2022',
    trust: 'V-secondary',
    note: 'Mytton’s figure for a home router’s near-constant draw, allocated by time; Malmodin’s paper gives a fixed broadband line about 18 W in all.',
  },
  {
    id: 'network-home-w-per-mbps',
    label: 'Home equipment: power per Mbps of traffic',
    value: 0.02,
    unit: 'W/Mbps',
    year: 2020,
    sourceId: 'mytton-2022',
    trust: 'V-secondary',
    note: 'The only part of network power that rises with traffic: what a marginal (consequential) comparison counts. Malmodin’s paper gives about 0.05 W per Mbps for a fixed line.',
  },
  assume({
    id: 'network-line-mbps',
    label: 'Access line capacity',
    value: 100,
    unit: 'Mbps',
    year: 2020,
    sourceId: 'mytton-2022',
    trust: 'V-secondary',
    note: 'The 100 Mbps fixed line of Malmodin’s streaming example as reproduced by Mytton; readers’ lines vary.',
  }),
];

/** Speech models: no published energy figure exists (reference gap), so the speed is an assumption. */
export const speechCoefficients: C[] = [
  assume({
    id: 'speech-realtime-factor',
    label: 'Accelerator time per second of audio (speech models)',
    value: { low: 0.005, high: 0.05 },
    unit: 's per s of audio',
    year: 2025,
    note: 'No published energy figure for speech-to-text or text-to-speech was found: an assumed 20 to 200 times faster than real time on one data-centre accelerator. Replace it with a measurement.',
  }),
];

/** Data-quality tiers calculator: the bands its illustrative measured and reported rows carry. */
export const tierBandCoefficients: C[] = [
  assume({
    id: 'tier-measured-band',
    label: 'Illustrative band of a measured figure',
    value: 0.1,
    unit: 'fraction',
    year: 2025,
    note: 'Synthetic: plus or minus 10 % around the modelled central value, standing for metering uncertainty in the data-quality tiers calculator; not a published figure.',
  }),
  assume({
    id: 'tier-reported-band',
    label: 'Illustrative band of a reported figure',
    value: 0.3,
    unit: 'fraction',
    year: 2025,
    note: 'Synthetic: plus or minus 30 % around the modelled central value, standing for the uncertainty of reading a supplier’s figure across; not a published figure.',
  }),
];

/** Embodied emissions of people's devices, so a counterfactual counts embodied on both sides. */
export const deviceEmbodiedCoefficients: C[] = [
  assume({
    id: 'device-laptop-embodied-kg',
    label: 'Laptop embodied emissions',
    value: { low: 150, high: 350 },
    unit: 'kgCO2e',
    year: 2025,
    note: 'Assumption: manufacturers’ product footprints put laptops at a few hundred kgCO2e; to verify against a primary source.',
  }),
  assume({
    id: 'device-desktop-monitor-embodied-kg',
    label: 'Desktop computer and monitor embodied emissions',
    value: { low: 300, high: 600 },
    unit: 'kgCO2e',
    year: 2025,
    note: 'Assumption: desktop and monitor product footprints; to verify.',
  }),
  assume({
    id: 'device-smartphone-embodied-kg',
    label: 'Smartphone embodied emissions',
    value: { low: 40, high: 80 },
    unit: 'kgCO2e',
    year: 2025,
    note: 'Assumption: smartphone product footprints; to verify.',
  }),
  assume({
    id: 'device-lifetime-years',
    label: 'Device life',
    value: 4,
    unit: 'years',
    year: 2025,
    note: 'Assumption: replacement cycle of office devices.',
  }),
  assume({
    id: 'device-use-hours-per-year',
    label: 'Device use per year',
    value: 1_600,
    unit: 'h',
    year: 2025,
    note: 'Assumption: about 200 working days of 8 hours; embodied emissions are shared over the hours of use (time share, as in SCI).',
  }),
];

/** The media presets of cs-2026-12: chat per session, and dubbing, video and audience-scale summaries added. */
const mediaRows2026: MediaRow[] = [
  {
    id: 'article-drafting',
    label: 'Article drafting',
    unit: 'article',
    note: 'A journalist drafts an 800-word article with several prompts and revisions.',
    requests: { low: 3, high: 10 },
    output: { low: 400, high: 1200 },
    input: { low: 500, high: 3000 },
    bytes: { low: 50000, high: 300000 },
    deviceS: { low: 600, high: 1800 },
  },
  {
    id: 'summarisation',
    label: 'Summarisation',
    unit: 'article',
    note: 'One summary of a 600-2,000-word article.',
    requests: 1,
    output: { low: 100, high: 300 },
    input: { low: 800, high: 3000 },
    bytes: { low: 5000, high: 30000 },
    deviceS: { low: 30, high: 120 },
  },
  {
    id: 'translation',
    label: 'Translation',
    unit: 'article',
    note: 'Machine translation of a 600-1,500-word article, in one to three passes.',
    requests: { low: 1, high: 3 },
    output: { low: 800, high: 2000 },
    input: { low: 800, high: 2000 },
    bytes: { low: 10000, high: 60000 },
    deviceS: { low: 120, high: 600 },
  },
  {
    id: 'transcription',
    label: 'Transcription and subtitling',
    unit: 'audio-minute',
    note: 'A minute of speech processed by a speech-to-text model; about 150 words (about 200 tokens) of transcript.',
    requests: 1,
    output: { low: 150, high: 250 },
    input: 0,
    bytes: { low: 500000, high: 1000000 },
    deviceS: { low: 60, high: 120 },
  },
  {
    id: 'dubbing-voice',
    label: 'Dubbing and synthetic voice',
    unit: 'audio-minute',
    note: 'A minute of synthetic speech from a script (about 150 words), for dubbing or audio articles.',
    requests: 1,
    output: 0,
    input: { low: 150, high: 250 },
    bytes: { low: 500000, high: 1500000 },
    deviceS: { low: 60, high: 180 },
  },
  {
    id: 'image-generation',
    label: 'Image generation',
    unit: 'image',
    note: 'One kept illustration after one to four generations.',
    requests: { low: 1, high: 4 },
    output: 0,
    input: { low: 20, high: 100 },
    bytes: { low: 1000000, high: 4000000 },
    deviceS: { low: 60, high: 300 },
  },
  {
    id: 'video-generation',
    label: 'Video generation',
    unit: 'video-minute',
    note: 'A minute of generated footage assembled from clips of about 5 seconds, each kept after one to three generations.',
    requests: { low: 11, high: 33 },
    output: 0,
    input: { low: 50, high: 200 },
    bytes: { low: 20000000, high: 100000000 },
    deviceS: { low: 300, high: 1200 },
  },
  {
    id: 'chat-assistant',
    label: 'Newsroom chat assistant',
    unit: 'chat-session',
    note: 'One session with an internal assistant: a few questions and answers.',
    requests: { low: 2, high: 6 },
    output: { low: 269, high: 500 },
    input: { low: 200, high: 2000 },
    bytes: { low: 20000, high: 150000 },
    deviceS: { low: 120, high: 600 },
    outputSource: 'epoch-2025',
    outputNote: "Chatbot Arena average 269 tokens to Epoch AI's pessimistic 500 tokens per answer.",
  },
  {
    id: 'metadata-tagging',
    label: 'Metadata tagging',
    unit: 'article',
    note: 'Automated tagging of one article; no person waits on the result.',
    requests: 1,
    output: { low: 20, high: 100 },
    input: { low: 800, high: 3000 },
    bytes: { low: 5000, high: 20000 },
    deviceS: 0,
  },
  {
    id: 'reader-summaries',
    label: 'AI summaries shown to readers',
    unit: 'view',
    note: 'A summary generated once per article and cached: one view is one reader reading it, and each summary is read 200 to 10,000 times.',
    requests: { low: 0.0001, high: 0.005 },
    output: { low: 60, high: 120 },
    input: { low: 800, high: 3000 },
    bytes: { low: 300, high: 1000 },
    deviceS: { low: 10, high: 30 },
  },
];

export const mediaCoefficients2026: C[] = mediaRows2026.flatMap((row) => mediaRowCoefficients(row, { inputTokensCounted: true }));
export const mediaPresets2026: MediaPreset[] = mediaRows2026.map(mediaRowPreset);

/** Which reported figures each model class is checked against (a class's P5-P95 must contain them). */
export function withReferenceFigures(classes: readonly ModelClass[]): ModelClass[] {
  return classes.map((k) =>
    k.id === 'large' ? { ...k, referenceFigures: ['reported-google-gemini-median-wh', 'reported-openai-chatgpt-average-wh'] } : k,
  );
}

/**
 * Elements of 0.3's boundaries chapter the engine cannot estimate ("Storage, retrieval and orchestration",
 * after the SCI for AI consumer boundary, gsf-sci-ai-2026, and "Training and end of life"). BND-2 asks a
 * boundary statement to name every element of that chapter with the reason for each exclusion, so the
 * statements of this set list these as not estimated, in the chapter's words (a test checks the chapter
 * uses them). For storage, retrieval and orchestration what is known is how to count them, not how large
 * they usually are (BND-4 asks for the organisation's own records); for end of life no usable figure
 * exists for AI hardware, so the slot stays empty. Nothing here enters a result's numbers.
 */
export const notEstimated2026: NotEstimated = [
  {
    elements: ['storage', 'retrieval and vector search', 'orchestration and monitoring'],
    reason: 'no published figure per request; the organisation’s own metering or cloud usage records can estimate them',
  },
  { elements: ['end of life'], reason: 'no figure per unit has been found for AI accelerators or servers' },
];
