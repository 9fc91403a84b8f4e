/** Functional units of an inference result: their labels, and how a unit relates to requests. */
import type { FunctionalUnit } from '../coefficients/functional-units.ts';

export const functionalUnitLabels: Record<FunctionalUnit, string> = {
  request: 'per request',
  token: 'per output token',
  'tokens-1000': 'per 1,000 output tokens',
  'tokens-million': 'per million output tokens',
  article: 'per article',
  image: 'per image',
  'audio-minute': 'per minute of audio',
  'video-minute': 'per minute of video',
  'chat-session': 'per chat session',
  view: 'per reader view',
};

/** Output tokens per token unit: a token unit's requests per unit follow from tokens per request. */
export const tokenUnitScale: Partial<Record<FunctionalUnit, number>> = { token: 1, 'tokens-1000': 1_000, 'tokens-million': 1_000_000 };

/** Units counted in requests per unit (an article takes several requests; a view a small share of one). */
export const countedUnits: ReadonlySet<FunctionalUnit> = new Set<FunctionalUnit>([
  'article',
  'image',
  'audio-minute',
  'video-minute',
  'chat-session',
  'view',
]);
