/** Suggested citations for a version or a chapter of the guidance. Pure. */
export const PUBLISHER = 'DIMPACT AI Working Group';
export const WORK_TITLE = 'Energy use and greenhouse-gas emissions of generative AI in media and publishing: guidance';

export interface CitationInput {
  version: string;
  versionTitle: string;
  released: string;
  chapterTitle?: string;
  /** Absolute URL when the site address is known, else the site-relative path. */
  url: string;
}

export function suggestedCitation(input: CitationInput): string {
  const year = input.released.slice(0, 4);
  const part = input.chapterTitle ? `"${input.chapterTitle}". In: ` : '';
  return `${PUBLISHER} (${year}). ${part}${WORK_TITLE}, version ${input.version} (${input.versionTitle}), released ${input.released}. ${input.url}`;
}

export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}
