/**
 * Contributions to the working group: the observation template (schema.ts), the row checks the browser's
 * contribution checker and the aggregate command share (check.ts), identifying content (identifying.ts),
 * anonymising (anonymise.ts) and pooling (aggregate.ts). Reading CSV is left to the callers (Papa Parse in
 * src/lib/contribution-files.ts), so the engine keeps zod/mini as its only dependency.
 */
export * from './schema.ts';
export * from './check.ts';
export * from './identifying.ts';
export * from './anonymise.ts';
export * from './aggregate.ts';
