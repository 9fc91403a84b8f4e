/** The functional units a result can be expressed in (kept apart from schema.ts: the input schemas need the list, not the sets' schemas). */
export const functionalUnits = [
  'request',
  'token',
  'tokens-1000',
  'tokens-million',
  'article',
  'image',
  'audio-minute',
  'video-minute',
  'chat-session',
  'view',
] as const;
export type FunctionalUnit = (typeof functionalUnits)[number];
