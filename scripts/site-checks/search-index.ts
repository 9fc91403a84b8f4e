/**
 * The site's Pagefind index, built while Astro still renders. Pagefind's command line reads the finished
 * site from disk, every page of it, after the build: about a tenth of a 10-version build, spent on one
 * core while the other waits. Its Node API runs the same indexer as a service in its own process, so
 * `npm run build` (scripts/build.mjs) hands each page over as soon as the hardening step has written it
 * (src/integrations/site-hardening.ts), and only the pages that have something to index: those that mark
 * their text with `data-pagefind-body`. Pagefind indexes only such pages once any page has the mark, so
 * leaving the others out changes nothing in the index; the search tests (tests/e2e/site.e2e.ts,
 * tests/e2e/page-weight.e2e.ts) run real queries on what it writes.
 */
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { pagePathOf } from './dist-files.ts';
import type { StartTag } from './html-scan.ts';

/**
 * Left out of the index, besides what the pages mark data-pagefind-ignore: the calculators (their forms,
 * results and exports would fill excerpts with "capacity0.024 Wh"; the text around them says what they
 * do), the worked-example cards' disclosures and their tables' hidden captions (which ran into the first
 * row: "uncertainEnergy per article"). Named by the classes their components render, which belong to the
 * islands and cards; the search test in tests/e2e/site.e2e.ts checks that the calculators stay out.
 */
export const NOT_INDEXED = ['.calc-host', '.worked-example details', '.worked-example caption'];

/**
 * Whether a page marks text for the index: an element with the attribute, among the page's start tags as
 * the build's HTML reader gives them (html-scan.ts), not the words in prose or in a script.
 */
export const isSearchable = (tags: readonly StartTag[]) => tags.some((tag) => Object.hasOwn(tag.attrs, 'data-pagefind-body'));

export interface SearchIndexer {
  /** Indexes one page (its site path: '/0.2/scope/index.html') from its finished HTML. */
  add(path: string, html: string): void;
  /** Waits for every page handed over, writes the index into `dir` and stops Pagefind; answers the page count. */
  write(dir: string): Promise<number>;
}

const failure = (what: string, errors: string[]) => new Error(`Pagefind ${what}: ${errors.join('; ')}`);

/** Starts Pagefind's indexing service for this site. */
export async function searchIndexer(): Promise<SearchIndexer> {
  const created = await createIndex({ excludeSelectors: NOT_INDEXED });
  if (!created.index) throw failure('could not start', created.errors);
  const index: PagefindIndex = created.index;
  const added: Promise<string[]>[] = [];
  return {
    add(path, html) {
      const url = pagePathOf(path);
      added.push(
        index.addHTMLFile({ url, content: html }).then(
          ({ errors }) => errors.map((error) => `${url}: ${error}`),
          (error: unknown) => [`${url}: ${String(error)}`],
        ),
      );
    },
    async write(dir) {
      try {
        const errors = (await Promise.all(added)).flat();
        if (errors.length > 0) throw failure('could not index every page', errors);
        const written = await index.writeFiles({ outputPath: dir });
        if (written.errors.length > 0) throw failure(`could not write ${dir}`, written.errors);
        return added.length;
      } finally {
        await close();
      }
    },
  };
}
