/**
 * The Atom feed of releases (/releases.xml): one entry per released version, per withdrawal and per
 * erratum, newest first, so readers and reference managers learn when the text they cite changes. Pure.
 */
import type { VersionEntry } from './content-schema.ts';
import { PUBLISHER, WORK_TITLE } from './citation.ts';
import { changesHref, chapterHref, versionHref } from './paths.ts';

export interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  href: string;
  summary: string;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Stable entry ids that do not depend on where the site is deployed (RFC 4151 tag URIs). */
const tag = (date: string, what: string) => `tag:dimpact-ai-guidance,${date.slice(0, 4)}:${what}`;

export function feedEntries(versions: readonly VersionEntry[]): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const v of versions) {
    if (v.status === 'draft') continue;
    const notes = v.releaseNotes.length ? ` Changes: ${v.releaseNotes.join(' ')}` : '';
    entries.push({
      id: tag(v.released, `release/${v.id}`),
      title: `Version ${v.id} released: ${v.title}`,
      updated: v.released,
      href: changesHref(v.id),
      summary: `${v.summary}${notes}`,
    });
    for (const [i, e] of v.errata.entries()) {
      const href = e.chapter ? chapterHref(v.id, e.chapter) : e.sources ? chapterHref(v.id, 'references') : `${changesHref(v.id)}#errata`;
      const subject =
        e.chapter ??
        (e.sources
          ? `references (${e.sources.join(', ')})`
          : `${e.figures?.length ?? 0} computed figure${e.figures?.length === 1 ? '' : 's'}`);
      entries.push({
        id: tag(e.date, `erratum/${v.id}/${i + 1}`),
        title: `Erratum to version ${v.id}: ${subject}`,
        updated: e.date,
        href,
        summary: `${e.what} Why: ${e.why}`,
      });
    }
    if (v.status === 'withdrawn') {
      const date = v.withdrawnDate ?? v.released;
      entries.push({
        id: tag(date, `withdrawal/${v.id}`),
        title: `Version ${v.id} withdrawn`,
        updated: date,
        href: versionHref(v.id),
        summary: v.withdrawnReason ?? '',
      });
    }
  }
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

export function releasesFeed(versions: readonly VersionEntry[], site: URL | string | undefined, selfPath = '/releases.xml'): string {
  const abs = (path: string) => (site ? new URL(path, site).href : path);
  const entries = feedEntries(versions);
  const updated = entries[0]?.updated ?? '1970-01-01';
  const stamp = (date: string) => `${date}T00:00:00Z`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <title>${xml(WORK_TITLE)}: releases</title>
  <subtitle>New versions, errata and withdrawals of the guidance.</subtitle>
  <id>${tag('2025', 'releases')}</id>
  <link rel="self" type="application/atom+xml" href="${xml(abs(selfPath))}"/>
  <link rel="alternate" type="text/html" href="${xml(abs('/versions/'))}"/>
  <updated>${stamp(updated)}</updated>
  <author><name>${xml(PUBLISHER)}</name></author>
${entries
  .map(
    (e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(abs(e.href))}"/>
    <updated>${stamp(e.updated)}</updated>
    <summary>${xml(e.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
}
