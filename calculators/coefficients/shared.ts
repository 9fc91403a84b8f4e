/**
 * Coefficients common to both pinned sets (cs-2025-10 and cs-2026-11). Each set copies these into
 * its own frozen list; a pinned set's content hash is checked by a test, so an edit here that changes
 * a pinned set fails the build: corrections go into a new set.
 */
import { mediaRowCoefficients, mediaRowPreset, type MediaRow } from './media-rows.ts';
import type { Coefficient, DevicePreset, GridPreset, MediaPreset, ModelClass } from './schema.ts';

type C = Coefficient;
const assume = (c: Omit<C, 'trust' | 'assumption' | 'sourceId'> & { sourceId?: string }): C => ({
  ...c,
  sourceId: c.sourceId ?? 'project-assumption',
  trust: 'UNVERIFIED',
  assumption: true,
});

// EcoLogits v0.9.1 electricity mixes (data/electricity_mixes.csv): the CSV states no data year.
const ecologitsZones: [string, string, number][] = [
  ['wor', 'World', 473.01], ['usa', 'United States', 383.55], ['gbr', 'United Kingdom', 210.89],
  ['fra', 'France', 44.18], ['deu', 'Germany', 344.14], ['irl', 'Ireland', 279.7],
  ['nld', 'Netherlands', 253.31], ['swe', 'Sweden', 35.82], ['nor', 'Norway', 30.75],
  ['esp', 'Spain', 146.15], ['ita', 'Italy', 287.53], ['pol', 'Poland', 614.98],
  ['dnk', 'Denmark', 143.3], ['fin', 'Finland', 72.25], ['bel', 'Belgium', 117.58],
  ['can', 'Canada', 174.81], ['chn', 'China', 559.55], ['ind', 'India', 708.32],
  ['jpn', 'Japan', 482.32], ['aus', 'Australia', 551.59],
];
// Ember lifecycle intensities for 2023 (via Our World in Data / Statista).
const ember2023: [string, string, number][] = [
  ['world', 'World', 481], ['fra', 'France', 56], ['deu', 'Germany', 381], ['irl', 'Ireland', 291],
  ['dnk', 'Denmark', 152], ['fin', 'Finland', 79], ['bel', 'Belgium', 138], ['aut', 'Austria', 111],
  ['pol', 'Poland', 662], ['swe', 'Sweden', 40.7], ['ind', 'India', 713], ['nor', 'Norway', 30],
];

export const gridCoefficients: C[] = [
  ...ecologitsZones.map(([code, region, value]): C => ({
    id: `grid-ecologits-${code}`,
    label: `Grid intensity, ${region} (EcoLogits mix)`,
    value,
    unit: 'gCO2e/kWh',
    year: 2025,
    sourceId: 'ecologits-2025',
    note: `Lifecycle GWP of the ${region} electricity mix in EcoLogits v0.9.1 (from Our World in Data); the data year is not stated.`,
    trust: 'V-primary',
  })),
  ...ember2023.map(([code, region, value]): C => ({
    id: `grid-ember-2023-${code}`,
    label: `Grid intensity, ${region} (Ember 2023, lifecycle)`,
    value,
    unit: 'gCO2e/kWh',
    year: 2023,
    sourceId: 'ember-2024',
    note: `Lifecycle intensity of ${region} electricity generation in 2023 (Ember, via OWID/Statista).`,
    trust: 'V-secondary',
  })),
  { id: 'grid-iea-2024-world-combustion', label: 'Grid intensity, World (IEA 2024, combustion CO2 only)', value: 445, unit: 'gCO2e/kWh', year: 2024, sourceId: 'iea-2025-electricity', note: 'Combustion CO2 only, not lifecycle: lower than lifecycle factors; do not mix with Ember or EcoLogits values.', trust: 'V-primary' },
  { id: 'grid-patterson-2021-us', label: 'Grid intensity, US average (Patterson 2021)', value: 429, unit: 'gCO2e/kWh', year: 2020, sourceId: 'patterson-2021', note: 'US average factor used for GPT-3 training (about 2020).', trust: 'V-secondary' },
  { id: 'grid-bloom-2022-fra', label: 'Grid intensity, France (BLOOM, 2022)', value: 57, unit: 'gCO2e/kWh', year: 2022, sourceId: 'luccioni-2023-bloom', note: 'French grid factor used for BLOOM training.', trust: 'V-secondary' },
  { id: 'grid-bloom-2022-gcp-us-central1', label: 'Grid intensity, GCP us-central1 (BLOOM deployment, 2022)', value: 394, unit: 'gCO2e/kWh', year: 2022, sourceId: 'luccioni-2023-bloom', note: 'Factor used for the BLOOM inference deployment.', trust: 'V-secondary' },
  { id: 'grid-phh-2023-aws-us-west-2', label: 'Grid intensity, AWS us-west-2 (Power Hungry Processing)', value: 297.6, unit: 'gCO2e/kWh', year: 2023, sourceId: 'luccioni-2024-phh', note: 'Factor used for the Power Hungry Processing experiments.', trust: 'V-secondary' },
  { id: 'grid-market-google-2025', label: 'Market-based intensity, Google (implied, 2025)', value: 96, unit: 'gCO2e/kWh', year: 2025, sourceId: 'elsworth-2025', note: 'Derived: 0.023 g scope-2 market-based / 0.24 Wh; reflects clean-energy purchases, not the physical grid.', trust: 'DERIVED' },
  { id: 'grid-market-meta-2024', label: 'Market-based intensity, Meta (2024)', value: 0, unit: 'gCO2e/kWh', year: 2024, sourceId: 'meta-llama31-card', note: 'Meta reports 0 market-based emissions through renewable matching; the location-based figure is the default.', trust: 'V-primary' },
];

export const gridPresets: GridPreset[] = [
  ...ecologitsZones.map(([code, region]): GridPreset => ({ id: `grid-ecologits-${code}`, region: `${region} (EcoLogits mix, year unstated)`, coefficientId: `grid-ecologits-${code}`, basis: 'location', scope: 'lifecycle' })),
  ...ember2023.map(([code, region]): GridPreset => ({ id: `grid-ember-2023-${code}`, region: `${region} (Ember 2023)`, coefficientId: `grid-ember-2023-${code}`, basis: 'location', scope: 'lifecycle' })),
  { id: 'grid-iea-2024-world-combustion', region: 'World (IEA 2024, combustion only)', coefficientId: 'grid-iea-2024-world-combustion', basis: 'location', scope: 'combustion' },
  { id: 'grid-patterson-2021-us', region: 'US average (2020)', coefficientId: 'grid-patterson-2021-us', basis: 'location', scope: 'unstated' },
  { id: 'grid-bloom-2022-fra', region: 'France (2022, BLOOM)', coefficientId: 'grid-bloom-2022-fra', basis: 'location', scope: 'unstated' },
  { id: 'grid-bloom-2022-gcp-us-central1', region: 'GCP us-central1 (2022)', coefficientId: 'grid-bloom-2022-gcp-us-central1', basis: 'location', scope: 'unstated' },
  { id: 'grid-phh-2023-aws-us-west-2', region: 'AWS us-west-2 (2023)', coefficientId: 'grid-phh-2023-aws-us-west-2', basis: 'location', scope: 'unstated' },
  { id: 'grid-market-google-2025', region: 'Google, market-based (2025)', coefficientId: 'grid-market-google-2025', basis: 'market', scope: 'unstated' },
  { id: 'grid-market-meta-2024', region: 'Meta, market-based (2024)', coefficientId: 'grid-market-meta-2024', basis: 'market', scope: 'unstated' },
];

export { DEFAULT_GRID_ID } from './preset-ids.ts';

export const infrastructureCoefficients: C[] = [
  { id: 'pue-default', label: 'Data-centre PUE, default for AI serving', value: 1.2, unit: 'ratio', year: 2025, sourceId: 'epoch-2025', note: "Epoch AI's assumption (range 1.1-1.3 for AI data centres); also EcoLogits' default and Jean Zay's PUE.", trust: 'V-primary' },
  { id: 'pue-industry-2024', label: 'Data-centre PUE, industry average 2024', value: 1.56, unit: 'ratio', year: 2024, sourceId: 'uptime-2024', note: 'Largest site of survey respondents; typical enterprise and colocation sites, not hyperscale AI.', trust: 'V-secondary' },
  { id: 'pue-google-fleet', label: 'Data-centre PUE, Google fleet', value: 1.09, unit: 'ratio', year: 2025, sourceId: 'elsworth-2025', note: 'From a summary of the Google blog; consistent with the 8 % overhead share.', trust: 'V-secondary' },
  { id: 'share-google-accelerators', label: 'Share of energy: active accelerators (Google)', value: 0.58, unit: 'fraction', year: 2025, sourceId: 'elsworth-2025', note: 'Share of the 0.24 Wh comprehensive figure; also the default split of a figure reported without shares.', trust: 'V-secondary' },
  { id: 'share-google-host', label: 'Share of energy: host CPU and memory (Google)', value: 0.25, unit: 'fraction', year: 2025, sourceId: 'elsworth-2025', note: 'Host CPU and DRAM share; used to model host energy as 25/58 of accelerator energy when a source omits it.', trust: 'V-secondary' },
  { id: 'share-google-idle', label: 'Share of energy: idle provisioned machines (Google)', value: 0.1, unit: 'fraction', year: 2025, sourceId: 'elsworth-2025', note: 'Idle capacity share; used to model idle energy as 10/58 of accelerator energy when a source omits it.', trust: 'V-secondary' },
  { id: 'share-google-overhead', label: 'Share of energy: data-centre overhead (Google)', value: 0.08, unit: 'fraction', year: 2025, sourceId: 'elsworth-2025', note: 'Cooling and power distribution share (PUE 1.09); the four shares sum to 1.01 by rounding.', trust: 'V-secondary' },
  { id: 'h100-peak-flops-bf16', label: 'H100 peak dense BF16 throughput', value: 9.89e14, unit: 'FLOP/s', year: 2025, sourceId: 'epoch-2025', note: "As used in Epoch AI's spreadsheet.", trust: 'V-primary' },
  { id: 'flop-utilisation-default', label: 'FLOP utilisation during inference', value: 0.1, unit: 'fraction', year: 2025, sourceId: 'epoch-2025', note: "Epoch AI's baseline (pessimistic scenario 0.05).", trust: 'V-primary' },
  { id: 'dgx-h100-power-per-gpu-w', label: 'DGX H100 rated power per GPU', value: 1275, unit: 'W', year: 2025, sourceId: 'epoch-2025', note: 'DGX H100 rated 10.2 kW / 8 GPUs, including CPUs, memory, networking and fans.', trust: 'V-primary' },
  { id: 'power-adjustment-default', label: 'Average draw relative to rated power', value: 0.7, unit: 'fraction', year: 2025, sourceId: 'epoch-2025', note: 'Microsoft figure used by Epoch AI.', trust: 'V-primary' },
  { id: 'h100-sxm-power-w', label: 'H100 SXM maximum power', value: 700, unit: 'W', year: 2024, sourceId: 'meta-llama31-card', note: 'Also the ML.ENERGY maximum; used to split a server power figure into accelerator and host parts (700 of 1,275 W).', trust: 'V-primary' },
  { id: 'accelerator-average-power-w', label: 'Average accelerator power in serving', value: 490, unit: 'W', year: 2025, sourceId: 'epoch-2025', note: 'Derived: 700 W x 0.7; converts accelerator energy into accelerator time to allocate embodied emissions when a source gives no time.', trust: 'DERIVED' },
  assume({ id: 'lab-batch1-to-production', label: 'Lab (batch size 1) to production adjustment', value: { low: 0.16, high: 1 }, unit: 'multiplier', year: 2025, note: 'Batch-1 lab figures are upper-bound-like; ML.ENERGY Qwen3-8B is 6.2x cheaper per token at 512 sequences than at 8 (1/6.2 = 0.16).' }),
];

export const networkCoefficients: C[] = [
  { id: 'network-fixed-kwh-per-gb', label: 'Fixed network energy intensity (core and access)', value: 0.0065, unit: 'kWh/GB', year: 2020, sourceId: 'carbon-trust-2021', note: '2020 conventional (energy-intensity) allocation as transcribed by Mytton; power models give about 60 % of this.', trust: 'V-secondary' },
  { id: 'network-mobile-kwh-per-gb', label: 'Mobile network energy intensity', value: 0.1, unit: 'kWh/GB', year: 2020, sourceId: 'carbon-trust-2021', note: '2020 conventional allocation as transcribed by Mytton.', trust: 'V-secondary' },
  { id: 'network-home-router-kwh-per-gb', label: 'Home router energy per GB (conventional allocation)', value: 0.025, unit: 'kWh/GB', year: 2020, sourceId: 'carbon-trust-2021', note: 'Weakly founded: a home router draws about 16.5 W whatever the traffic (Malmodin 2020), so a per-GB figure overstates marginal energy.', trust: 'V-secondary' },
];

export const deviceCoefficients: C[] = [
  assume({ id: 'device-laptop-w', label: 'Laptop power in use', value: 30, unit: 'W', year: 2025, note: 'Assumption: consumer pages give 15-60 W; to verify against Energy Star or EU Ecodesign data.' }),
  assume({ id: 'device-desktop-monitor-w', label: 'Desktop computer and monitor power in use', value: 100, unit: 'W', year: 2025, note: 'Assumption: office desktop 65-150 W plus a 20-40 W monitor; to verify.' }),
  assume({ id: 'device-smartphone-w', label: 'Smartphone power in use', value: 2, unit: 'W', year: 2025, note: 'Assumption: 1-3 W in active use; to verify.' }),
  assume({ id: 'device-time-per-request-s', label: 'End-user device time per request', value: 30, unit: 's', year: 2025, note: 'Assumption: time spent writing the prompt and reading the answer, attributable to the AI request.' }),
  assume({ id: 'data-per-text-request-bytes', label: 'Data transferred per text request', value: 20000, unit: 'bytes', year: 2025, note: 'Assumption: prompt, streamed answer and protocol overhead for a text exchange.' }),
];

export const devicePresets: DevicePreset[] = [
  { id: 'laptop', label: 'Laptop', coefficientId: 'device-laptop-w' },
  { id: 'desktop-monitor', label: 'Desktop computer and monitor', coefficientId: 'device-desktop-monitor-w' },
  { id: 'smartphone', label: 'Smartphone', coefficientId: 'device-smartphone-w' },
];

export const modelClassCoefficients: C[] = [
  assume({ id: 'class-small-active-params-b', label: 'Small model class: active parameters', value: { low: 1, high: 10 }, unit: 'billion parameters', year: 2025, note: 'Assumption: dense open models of the 1-10 B class.' }),
  assume({ id: 'class-medium-active-params-b', label: 'Medium model class: active parameters', value: { low: 10, high: 70 }, unit: 'billion parameters', year: 2025, note: 'Assumption: dense models of the 10-70 B class.' }),
  { id: 'class-large-active-params-b', label: 'Large model class: active parameters', value: { low: 44, high: 132 }, unit: 'billion parameters', year: 2025, sourceId: 'ecologits-2025', note: 'EcoLogits range for GPT-4o, Claude Sonnet and Gemini Flash class models (10-30 % of 440 B active); estimates, architecture not released.', trust: 'V-primary' },
  { id: 'class-large-total-params-b', label: 'Large model class: total parameters', value: 440, unit: 'billion parameters', year: 2025, sourceId: 'ecologits-2025', note: 'EcoLogits assumption for GPT-4o-class mixture-of-experts models.', trust: 'V-primary' },
  { id: 'class-frontier-active-params-b', label: 'Frontier model class: active parameters', value: { low: 200, high: 600 }, unit: 'billion parameters', year: 2025, sourceId: 'ecologits-2025', note: 'EcoLogits range for Claude Opus and Gemini 2.5 Pro class models (10-30 % of 2,000 B); estimates.', trust: 'V-primary' },
  { id: 'class-frontier-total-params-b', label: 'Frontier model class: total parameters', value: 2000, unit: 'billion parameters', year: 2025, sourceId: 'ecologits-2025', note: 'EcoLogits assumption for the largest closed models.', trust: 'V-primary' },
];

export const modelClasses: ModelClass[] = [
  { id: 'small', label: 'Small (about 1-10 B parameters, dense)', activeParamsB: 'class-small-active-params-b', note: 'Open 1-10 B models; also a stand-in for speech-to-text models.' },
  { id: 'medium', label: 'Medium (about 10-70 B parameters, dense)', activeParamsB: 'class-medium-active-params-b', note: 'Mid-sized open or closed models.' },
  { id: 'large', label: 'Large (mixture of experts, about 440 B total)', activeParamsB: 'class-large-active-params-b', totalParamsB: 'class-large-total-params-b', note: 'GPT-4o, Claude Sonnet, Gemini Flash class.' },
  { id: 'frontier', label: 'Frontier (mixture of experts, about 2,000 B total)', activeParamsB: 'class-frontier-active-params-b', totalParamsB: 'class-frontier-total-params-b', note: 'Claude Opus, Gemini 2.5 Pro class.' },
];

/** Typical quantities per functional unit for the seven media presets. */
const mediaRows: MediaRow[] = [
  { id: 'article-drafting', label: 'Article drafting', unit: 'article', note: 'A journalist drafts an 800-word article with several prompts and revisions.', requests: { low: 3, high: 10 }, output: { low: 400, high: 1200 }, input: { low: 500, high: 3000 }, bytes: { low: 50000, high: 300000 }, deviceS: { low: 600, high: 1800 } },
  { id: 'summarisation', label: 'Summarisation', unit: 'article', note: 'One summary of a 600-2,000-word article.', requests: 1, output: { low: 100, high: 300 }, input: { low: 800, high: 3000 }, bytes: { low: 5000, high: 30000 }, deviceS: { low: 30, high: 120 } },
  { id: 'translation', label: 'Translation', unit: 'article', note: 'Machine translation of a 600-1,500-word article, in one to three passes.', requests: { low: 1, high: 3 }, output: { low: 800, high: 2000 }, input: { low: 800, high: 2000 }, bytes: { low: 10000, high: 60000 }, deviceS: { low: 120, high: 600 } },
  { id: 'transcription', label: 'Transcription and subtitling', unit: 'audio-minute', note: 'No published energy figure for speech-to-text was found: a minute of speech is about 150 words (about 200 tokens) of transcript.', requests: 1, output: { low: 150, high: 250 }, input: 0, bytes: { low: 500000, high: 1000000 }, deviceS: { low: 60, high: 120 } },
  { id: 'image-generation', label: 'Image generation', unit: 'image', note: 'One kept illustration after one to four generations.', requests: { low: 1, high: 4 }, output: 0, input: { low: 20, high: 100 }, bytes: { low: 1000000, high: 4000000 }, deviceS: { low: 60, high: 300 } },
  { id: 'chat-assistant', label: 'Newsroom chat assistant', unit: 'request', note: 'One question and answer with an internal assistant.', requests: 1, output: { low: 269, high: 500 }, input: { low: 200, high: 2000 }, bytes: { low: 10000, high: 50000 }, deviceS: { low: 30, high: 120 }, outputSource: 'epoch-2025', outputNote: 'Chatbot Arena average 269 tokens to Epoch AI\'s pessimistic 500 tokens.' },
  { id: 'metadata-tagging', label: 'Metadata tagging', unit: 'article', note: 'Automated tagging of one article; no person waits on the result.', requests: 1, output: { low: 20, high: 100 }, input: { low: 800, high: 3000 }, bytes: { low: 5000, high: 20000 }, deviceS: 0 },
];

export const mediaCoefficients: C[] = mediaRows.flatMap((row) => mediaRowCoefficients(row, { inputTokensCounted: false }));
export const mediaPresets: MediaPreset[] = mediaRows.map(mediaRowPreset);

export const counterfactualCoefficients: C[] = [
  { id: 'tomlinson-annual-footprint-t', label: 'Annual per-capita footprint, US resident (Tomlinson et al.)', value: 15, unit: 'tCO2e/yr', year: 2024, sourceId: 'tomlinson-2024', note: 'A whole-life footprint allocated to writing time: the top-down method the guidance advises against.', trust: 'V-secondary' },
  { id: 'tomlinson-words-per-hour', label: 'Human writing speed (Tomlinson et al.)', value: 300, unit: 'words/h', year: 2024, sourceId: 'tomlinson-2024', note: 'Mark Twain via The Writer, as used by Tomlinson et al.', trust: 'V-secondary' },
  { id: 'tomlinson-words-per-page', label: 'Words per page (Tomlinson et al.)', value: 250, unit: 'words/page', year: 2024, sourceId: 'tomlinson-2024', note: 'Page length used by Tomlinson et al.', trust: 'V-secondary' },
  { id: 'chat-tokens-per-request', label: 'Output tokens per chat response', value: { low: 269, high: 500 }, unit: 'tokens', year: 2025, sourceId: 'epoch-2025', note: "Chatbot Arena average 269 tokens to Epoch AI's pessimistic 500 tokens: the default when no preset is chosen.", trust: 'V-primary' },
];
