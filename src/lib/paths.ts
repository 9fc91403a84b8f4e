/** Every URL the site builds is made here, so routes and links never disagree. */
export const LATEST = 'latest';

export const homeHref = () => '/';
export const versionsHref = () => '/versions/';
export const versionHref = (version: string) => `/${version}/`;
export const chapterHref = (version: string, slug: string) => `/${version}/${slug}/`;
export const changesHref = (version: string) => `/${version}/changes/`;
export const printHref = (version: string) => `/${version}/print/`;
export const compareIndexHref = () => '/compare/';
/** The static page comparing two versions: /compare/0.1...0.2/ (old first, as in "from...to"). */
export const compareHref = (from: string, to: string) => `/compare/${from}...${to}/`;
export const releasesFeedHref = () => '/releases.xml';
/** A coefficient set as JSON, which an island fetches when the reader first uses it (one set, not all). */
export const coefficientSetDataHref = (id: string) => `/coefficient-sets/${id}.json`;
export const searchHref = (version?: string) => (version ? `/search/?version=${encodeURIComponent(version)}` : '/search/');

/** Pages every version has besides its chapters (generated, not written). */
export const generatedPages = {
  glossary: 'glossary',
  references: 'references',
  coefficients: 'coefficients',
  calculator: 'calculator',
  changes: 'changes',
  print: 'print',
} as const;
