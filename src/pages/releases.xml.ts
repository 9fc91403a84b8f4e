/** /releases.xml: the Atom feed of releases, errata and withdrawals (linked from every page's head). */
import type { APIRoute } from 'astro';
import { releasesFeed } from '../lib/releases-feed.ts';
import { manifest } from '../lib/site-data.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(releasesFeed(manifest.versions, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
