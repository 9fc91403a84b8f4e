/**
 * The public address the site is published at, held in one place. Canonical links, every citation format,
 * the releases feed, CITATION.cff and the calculators' exported links are absolute addresses under it, so a
 * citation copied from any page still resolves when pasted elsewhere. A deployment at another address sets
 * SITE_URL at build time (README, "Deploying"); astro.config.mjs, the link check and the release tool all
 * read it through siteOrigin(). Pure.
 */

/** Where the DIMPACT AI Working Group publishes the guidance. */
export const DEFAULT_SITE_ORIGIN = 'https://ai-guidance.dimpact.org/';

/**
 * The origin to build for, with a trailing slash ("https://guidance.example.org/"): `override` (the
 * SITE_URL environment variable) when it is set and not empty, else the default. Throws, saying what was
 * expected, for anything but an http(s) origin: the site's addresses start at the root of its host.
 */
export function siteOrigin(override?: string): string {
  const value = override?.trim() || DEFAULT_SITE_ORIGIN;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL: expected an address such as https://guidance.example.org/, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: expected an http or https address, got "${value}"`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL: expected the origin only (such as https://guidance.example.org/), got "${value}": the site is served from the root of its address`,
    );
  }
  return `${url.origin}/`;
}
