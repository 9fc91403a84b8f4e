/**
 * The frozen results of released versions, checked against the lock and the engine: what `npm run
 * guidance -- check` and the release tool report before anything else may change.
 */
import type { ContentProblem } from '../../src/integrations/content-validation.ts';
import type { Manifest } from '../../src/lib/content-schema.ts';
import type { VersionsLock } from '../guidance/versions-lock.ts';
import { movedFigures } from './compare.ts';
import { GOLDEN_DIR, liveResults, resultsHash, storedResults } from './store.ts';

/** Problems with the frozen results of every released version whose results the lock records. */
export function resultsProblems(root: string, manifest: Manifest, lock: VersionsLock): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const version of manifest.versions) {
    const locked = lock.versions[version.id];
    if (!locked?.resultsHash) continue;
    const stored = storedResults(root, version.id);
    const file = `${GOLDEN_DIR}/${version.id}/`;
    if (resultsHash(stored) !== locked.resultsHash) {
      problems.push({
        file,
        field: '(file)',
        message: `the frozen results of version ${version.id} differ from what the lock recorded; they change only through \`npm run guidance -- erratum ${version.id} --results\``,
      });
      continue;
    }
    const moved = movedFigures(stored, liveResults(root, version.id, version.coefficientSet));
    if (moved.length > 0) {
      const examples = [...new Set(moved.map((m) => m.example))].join(', ');
      problems.push({
        file,
        field: '(file)',
        message: `${moved.length} computed figure${moved.length === 1 ? '' : 's'} of released version ${version.id} moved (${examples}); record a correction with \`npm run guidance -- erratum ${version.id} --results --what "…" --why "…"\`, or undo the change`,
      });
    }
  }
  return problems;
}
