/** Every URL the site builds is made here, so routes and links never disagree. */
export const LATEST = 'latest';

export const homeHref = () => '/';
export const versionsHref = () => '/versions/';
export const versionHref = (version: string) => `/${version}/`;
export const chapterHref = (version: string, slug: string) => `/${version}/${slug}/`;
export const changesHref = (version: string) => `/${version}/changes/`;
export const printHref = (version: string) => `/${version}/print/`;
/** Every provision of a version, with filters and the self-assessment. */
export const requirementsHref = (version: string) => `/${version}/requirements/`;
/** The contribution checker of a version. */
export const contributeHref = (version: string) => `/${version}/contribute/`;
export const compareIndexHref = () => '/compare/';
/** The static page comparing two versions: /compare/0.1...0.2/ (old first, as in "from...to"). */
export const compareHref = (from: string, to: string) => `/compare/${from}...${to}/`;
/** A comparison that is not built as a page (src/lib/compare-pairs.ts), made in the browser on /compare/. */
export const compareInBrowserHref = (from: string, to: string) =>
  `/compare/?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}#comparison`;
/** A /compare/<from>...<to>/ address, capturing the two versions; the 404 page sends such an address on. */
export const COMPARE_PATH = /^\/compare\/(\d+\.\d+)\.\.\.(\d+\.\d+)\/?$/;
/** What the browser comparison of two versions loads: a version's chapters with their text, and the list of every version's chapters. */
export const compareDataHref = (version: string) => `/compare/data/${version}.json.gz`;
export const compareIndexDataHref = () => '/compare/data/index.json';
export const releasesFeedHref = () => '/releases.xml';
/** A coefficient set as JSON, which an island fetches when the reader first uses it (one set, not all). */
export const coefficientSetDataHref = (id: string) => `/coefficient-sets/${id}.json`;
/** Where the islands' props files are (gzipped JSON, each named by a hash of its content): src/integrations/island-data-files.ts. */
export const ISLAND_DATA_FOLDER = '/_data/islands/';
export const islandDataHref = (contentHash: string) => `${ISLAND_DATA_FOLDER}${contentHash}.json.gz`;
export const searchHref = (version?: string) => (version ? `/search/?version=${encodeURIComponent(version)}` : '/search/');

/** The anchor of a source on a version's references page. */
export const referenceAnchor = (id: string) => `ref-${id}`;
/** The anchor of a coefficient's row on a version's coefficients page. */
export const coefficientAnchor = (id: string) => `coef-${id}`;
/** The anchor of an equation on a version's equations annex. */
export const equationAnchor = (id: string) => `eq-${id}`;

/** Pages every version has besides its chapters (generated, not written). */
export const generatedPages = {
  glossary: 'glossary',
  references: 'references',
  coefficients: 'coefficients',
  equations: 'equations',
  calculator: 'calculator',
  changes: 'changes',
  print: 'print',
  requirements: 'requirements',
  contribute: 'contribute',
} as const;
export type GeneratedPage = (typeof generatedPages)[keyof typeof generatedPages];
