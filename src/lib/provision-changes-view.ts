/**
 * The provisions part of a comparison in words and links: what the built compare and changes pages
 * (src/components/ProvisionChanges.astro) and the comparisons made in the browser (src/pages/compare/_compare.ts)
 * both render, so a comparison lists the same provisions, counted and worded the same, wherever it is made.
 * Pure, and light enough for the browser: it imports only the paths and the diff (provisionChanges).
 */
import { chapterHref, requirementsHref } from './paths.ts';
import { provisionChanges, type Provision, type ProvisionChanges, type VersionProvisions } from './provisions.ts';

export interface ProvisionLink {
  href: string;
  text: string;
}

export interface ProvisionChangesView {
  /** The section's heading (comparisonOutline lists the same words). */
  heading: string;
  /** Neither version states provisions: the summary says so and nothing is listed. */
  none: boolean;
  /** The counts, and why everything carried on is "changed" when the two number their provisions differently. */
  summary: string;
  /** The requirements explorer of each side that has provisions, after the words that introduce them. */
  explorers?: { intro: string; links: ProvisionLink[] };
  changes: ProvisionChanges;
  added: (ProvisionLink & { level: string })[];
  /** Each provision carried on with a change; `from` names its predecessors when their ids differ. */
  changed: (ProvisionLink & { what: string; from: ProvisionLink[] })[];
  removed: (ProvisionLink & { reason?: string })[];
  /**
   * A rulebook on either side that replaced the numbered provisions of a third version: the words that say
   * so, then the link to the comparison that maps those numbers to its ids (absent when this one does).
   */
  mapElsewhere?: { text: string; link: ProvisionLink };
}

export const provisionsHeading = (from: string, to: string) => `Provisions from ${from} to ${to}`;

const link = (version: string, p: Provision): string => `${chapterHref(version, p.chapter)}#${p.anchor}`;
const label = (p: Provision): string => (p.title ? `${p.id} ${p.title}` : p.id);
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The provisions from version `fromId` to version `toId`. `versions` holds both and every version in between
 * (provisions are followed one version at a time); `comparisonHref` is where a comparison of two versions
 * is; `mapHere` says whether this comparison shows the map from numbers to ids itself.
 */
export function provisionChangesView(
  versions: readonly VersionProvisions[],
  fromId: string,
  toId: string,
  { comparisonHref, mapHere }: { comparisonHref: (from: string, to: string) => string; mapHere: boolean },
): ProvisionChangesView {
  const changes = provisionChanges(versions, fromId, toId);
  const side = (id: string) => versions.find((v) => v.id === id);
  const total = (id: string) => side(id)?.provisions.length ?? 0;
  const [from, to] = [total(fromId), total(toId)];
  const explorers = [fromId, toId].filter((id) => total(id) > 0);
  const summary =
    from + to === 0
      ? 'Neither version states numbered provisions.'
      : `Version ${fromId} has ${count(from, 'provision', 'provisions')}, version ${toId} has ${to}. By id, ` +
        `${count(changes.added.length, 'was', 'were')} added, ${changes.changed.length} changed, ${changes.removed.length} removed and ` +
        `${count(changes.unchanged.length, 'is', 'are')} unchanged.` +
        (changes.renumbered
          ? ' The two versions number their provisions differently, so every provision carried on is listed as changed with the ids it replaces.'
          : '');
  const elsewhere = mapHere ? undefined : [side(toId), side(fromId)].find((v) => v?.replacesVersion);
  const replaced = elsewhere?.replacesVersion;
  return {
    heading: provisionsHeading(fromId, toId),
    none: from + to === 0,
    summary,
    ...(explorers.length
      ? {
          explorers: {
            intro: 'Every provision of a version, with filters: ',
            links: explorers.map((id) => ({ href: requirementsHref(id), text: `requirements of version ${id}` })),
          },
        }
      : {}),
    changes,
    added: changes.added.map((p) => ({ href: link(toId, p), text: label(p), level: p.level })),
    changed: changes.changed.map((c) => ({
      href: link(toId, c.to),
      text: label(c.to),
      what: c.what.join('; '),
      from: c.from.some((f) => f.id !== c.to.id) ? c.from.map((f) => ({ href: link(fromId, f), text: f.id })) : [],
    })),
    removed: changes.removed.map((r) => ({
      href: link(fromId, r.provision),
      text: label(r.provision),
      ...(r.reason ? { reason: r.reason } : {}),
    })),
    ...(elsewhere && replaced
      ? {
          mapElsewhere: {
            text: `Version ${elsewhere.id} gives every provision a stable id. The map from the provision numbers of version ${replaced} to those ids is on the `,
            link: { href: comparisonHref(replaced, elsewhere.id), text: `comparison of ${replaced} with ${elsewhere.id}` },
          },
        }
      : {}),
  };
}
