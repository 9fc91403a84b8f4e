/**
 * The ids of the presets the sets hold, for the input schemas. Why a list of its own: the schemas are part
 * of every island's bundle and must not import the sets' data (an island loads only the set its page
 * pins). tests/unit/calculators/coefficients.test.ts checks the lists against the sets: a set that adds a
 * preset adds its id here too. A preset missing from the chosen set is refused when evaluating.
 */

/** Grid presets (the same in every set), in the order of the sets' lists. */
export const gridPresetIds = [
  'grid-ecologits-wor',
  'grid-ecologits-usa',
  'grid-ecologits-gbr',
  'grid-ecologits-fra',
  'grid-ecologits-deu',
  'grid-ecologits-irl',
  'grid-ecologits-nld',
  'grid-ecologits-swe',
  'grid-ecologits-nor',
  'grid-ecologits-esp',
  'grid-ecologits-ita',
  'grid-ecologits-pol',
  'grid-ecologits-dnk',
  'grid-ecologits-fin',
  'grid-ecologits-bel',
  'grid-ecologits-can',
  'grid-ecologits-chn',
  'grid-ecologits-ind',
  'grid-ecologits-jpn',
  'grid-ecologits-aus',
  'grid-ember-2023-world',
  'grid-ember-2023-fra',
  'grid-ember-2023-deu',
  'grid-ember-2023-irl',
  'grid-ember-2023-dnk',
  'grid-ember-2023-fin',
  'grid-ember-2023-bel',
  'grid-ember-2023-aut',
  'grid-ember-2023-pol',
  'grid-ember-2023-swe',
  'grid-ember-2023-ind',
  'grid-ember-2023-nor',
  'grid-iea-2024-world-combustion',
  'grid-patterson-2021-us',
  'grid-bloom-2022-fra',
  'grid-bloom-2022-gcp-us-central1',
  'grid-phh-2023-aws-us-west-2',
  'grid-market-google-2025',
  'grid-market-meta-2024',
] as const;

/** The default grid: EcoLogits' world mix, location-based. */
export const DEFAULT_GRID_ID = 'grid-ecologits-wor';

/** Media presets of every set, each id once, in the order the sets introduce them. */
export const mediaPresetIds = [
  'article-drafting',
  'summarisation',
  'translation',
  'transcription',
  'image-generation',
  'chat-assistant',
  'metadata-tagging',
  'dubbing-voice',
  'video-generation',
  'reader-summaries',
] as const;
export type MediaPresetId = (typeof mediaPresetIds)[number];

/** A set's preset id as the input schemas type it (the coefficients test keeps the list and the sets in step). */
export const isMediaPresetId = (id: string): id is MediaPresetId => (mediaPresetIds as readonly string[]).includes(id);
