/** `new-draft`: copy a version's chapters into a new draft and add it to the manifest. */
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCoefficientSet } from '../../calculators/coefficients/index.ts';
import { requireCleanCheck } from './check.ts';
import { MANIFEST_FILE, nextMinor, parseManifest, readRawManifest, refuse, requireVersionId, writeManifest, type Print } from './shared.ts';
import { compareIds } from './versions-lock.ts';

export interface NewDraftOptions {
  from?: string;
  id?: string;
  title?: string;
  coefficientSet?: string;
  date: string;
}

export function newDraft(root: string, options: NewDraftOptions, out: Print): void {
  const raw = readRawManifest(root);
  const manifest = parseManifest(raw);
  const current = manifest.versions.find((v) => v.status === 'current')!;
  const from = options.from ? requireVersionId(options.from, 'version to start from') : current.id;
  const source = manifest.versions.find((v) => v.id === from);
  if (!source) refuse(`there is no version "${from}" to start from; versions: ${manifest.versions.map((v) => v.id).join(', ')}`);
  if (source!.status === 'withdrawn') refuse(`version ${from} is withdrawn; start the draft from a version readers may use`);
  const openDraft = manifest.versions.find((v) => v.status === 'draft');
  if (openDraft) refuse(`draft ${openDraft.id} is already open; release it (or remove it) before starting another`);
  const id = options.id ? requireVersionId(options.id, 'new version') : nextMinor(manifest.versions.map((v) => v.id));
  const existing = manifest.versions.find((v) => v.id === id);
  if (existing)
    refuse(
      `version ${id} already exists (${existing.status}); released versions cannot be edited. Start a new draft with another id, or correct a released chapter with \`erratum\``,
    );
  if (
    compareIds(
      id,
      manifest.versions
        .map((v) => v.id)
        .sort(compareIds)
        .at(-1)!,
    ) <= 0
  )
    refuse(
      `a new version's id must be higher than every existing one (highest: ${manifest.versions
        .map((v) => v.id)
        .sort(compareIds)
        .at(-1)})`,
    );
  const destination = join(root, 'content/guidance', id);
  if (existsSync(destination)) refuse(`content/guidance/${id}/ already exists; remove it or choose another id`);
  const coefficientSet = options.coefficientSet ?? source!.coefficientSet;
  if (!getCoefficientSet(coefficientSet))
    refuse(`coefficient set ${coefficientSet} is not defined by the engine; add it to calculators/coefficients/ first`);
  const pinnedElsewhere = manifest.versions.find((v) => v.coefficientSet === coefficientSet && v.id !== from);
  if (options.coefficientSet && pinnedElsewhere)
    refuse(`coefficient set ${coefficientSet} is already pinned by version ${pinnedElsewhere.id}; a new method needs a new set`);
  requireCleanCheck(root, 'Starting a draft');

  cpSync(join(root, 'content/guidance', from), destination, { recursive: true });
  raw.versions.push({
    id,
    title: options.title ?? `Draft ${id}`,
    status: 'draft',
    released: options.date,
    summary: `Working draft of version ${id}, started from version ${from} on ${options.date}. Replace this summary before release.`,
    coefficientSet,
    draftedFrom: from,
    releaseNotes: [],
  });
  writeManifest(root, raw);
  out(`new-draft: opened draft ${id} from version ${from} in content/guidance/${id}/ (coefficient set ${coefficientSet}).`);
  out(`Edit the chapters, write its summary and releaseNotes in ${MANIFEST_FILE}, then run \`npm run guidance -- release ${id}\`.`);
}
