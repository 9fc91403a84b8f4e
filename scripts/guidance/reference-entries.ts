/**
 * The entries a version's references page shows, read from the content folder and the source registry
 * without Astro, so the lock can record them at release and `check` can see a registry correction that
 * reaches a released version's pages. The list itself is the build's (referenceSourceIds).
 */
import { expandRequirementTags } from '../../src/lib/rulebook.ts';
import { referenceEntryText, referenceSourceIds } from '../../src/lib/reference-list.ts';
import type { ValidatedContent } from '../../src/integrations/content-validation.ts';
import { sha256 } from './versions-lock.ts';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/**
 * Source id -> SHA-256 of its entry as the references page prints it, for every source the version
 * lists; undefined for a listed id the registry no longer defines (its entry has disappeared).
 */
export function referenceEntryHashes(content: ValidatedContent, versionId: string): Map<string, string | undefined> {
  const entry = content.manifest?.versions.find((v) => v.id === versionId);
  if (!entry) return new Map();
  const rulebook = content.rulebooks.get(versionId);
  const chapters = content.chapters
    .filter((c) => c.version === versionId)
    .map((c) => ({
      body: expandRequirementTags((c.source ?? '').replace(FRONTMATTER, ''), rulebook),
      relatedCalculators: c.frontmatter.relatedCalculators,
    }));
  const listed = referenceSourceIds({ chapters, equations: content.equationAnnexes.get(versionId), coefficientSet: entry.coefficientSet });
  const hashes = new Map<string, string | undefined>();
  for (const id of [...listed.keys()].sort()) {
    const text = referenceEntryText(id);
    hashes.set(id, text === undefined ? undefined : sha256(text));
  }
  return hashes;
}

/** The hashes to lock: the listed entries the registry defines, in id order. */
export function lockableReferences(hashes: ReadonlyMap<string, string | undefined>): Record<string, string> {
  return Object.fromEntries([...hashes].filter((pair): pair is [string, string] => pair[1] !== undefined));
}
