/**
 * How a version's date is introduced. For a draft the manifest's `released` is the day the draft was
 * opened (content-schema.ts), and calling that a release would tell readers the draft is in force.
 */
import type { VersionStatus } from './content-schema.ts';

/** "Released" or, for a draft, "Draft opened": the words before the date in a page's meta line. */
export const versionDateLabel = (status: VersionStatus): string => (status === 'draft' ? 'Draft opened' : 'Released');

/** "released" or, for a draft, "opened": the verb after the status in running text ("…, draft, opened 2026-11-29"). */
export const versionDateVerb = (status: VersionStatus): string => (status === 'draft' ? 'opened' : 'released');
