/** Every URL the site builds is made here, so routes and links never disagree. */
export const LATEST = 'latest';

export const homeHref = () => '/';
export const versionsHref = () => '/versions/';
export const versionHref = (version: string) => `/${version}/`;
export const chapterHref = (version: string, slug: string) => `/${version}/${slug}/`;
export const searchHref = (version?: string) => (version ? `/search/?version=${encodeURIComponent(version)}` : '/search/');

/** Pages every version has besides its chapters (generated, not written). */
export const generatedPages = {
  glossary: 'glossary',
  references: 'references',
  coefficients: 'coefficients',
  calculator: 'calculator',
} as const;
