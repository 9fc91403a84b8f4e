/**
 * The page-weight budgets, in one table that the budget test (tests/e2e/page-weight.e2e.ts), the footprint
 * page and the README quote. The measurement itself is build tooling: scripts/site-checks/page-weight.ts.
 */

/** Page-weight budgets in bytes, gzip-compressed unless marked raw. Enforced by tests/e2e/page-weight.e2e.ts. */
export const BUDGETS = {
  /** HTML + CSS of any text page (chapters, contents, glossary, references, coefficients, home). */
  textPageHtmlCssGzip: 40_000,
  /** HTML + CSS of a page that holds a whole version, or the changes between two (print, changes, compare). */
  wholeVersionPageHtmlCssGzip: 150_000,
  /** JavaScript files a text page loads: none; only the inline theme script. */
  textPageJsGzip: 0,
  /** The inline theme script and any other inline script on a text page. */
  textPageInlineJsGzip: 1_500,
  /** JavaScript the search page loads before a query (its own module; Pagefind is counted in the query). */
  searchPageJsGzip: 60_000,
  /**
   * Everything a first query fetches from /pagefind/ (script, WebAssembly, index, filter, the first results'
   * excerpts), measured in the browser with a real query ("grid intensity").
   */
  searchQueryBytes: 150_000,
  /** JavaScript a calculator page loads (the UI runtime, the islands, the engine). */
  calculatorPageJsGzip: 200_000,
  /** HTML + CSS of a calculator page (server-rendered islands make it heavier than text). */
  calculatorPageHtmlCssGzip: 80_000,
  /**
   * JavaScript (files and inline scripts) a chapter with one island has loaded once the reader has made a
   * first edit: the UI runtime (Preact's React layer), the island and its engine. 90 KB of 1,024 bytes. Enforced by tests/e2e/budgets.e2e.ts.
   */
  chapterIslandJsAfterEditGzip: 90 * 1024,
  /** The same for the workbench (three islands), after a first edit in its first island: 110 KB of 1,024 bytes. */
  workbenchJsAfterEditGzip: 110 * 1024,
  /** HTML + CSS of a tool page (requirements explorer, contribution checker): a version's provisions in full. */
  toolPageHtmlCssGzip: 60_000,
  /** JavaScript a tool page loads: the contribution checker's script and its Web Worker (Papa Parse, the checks). */
  toolPageJsGzip: 60_000,
  /** JavaScript the requirements explorer loads at start: its filters (the self-assessment loads when opened). */
  explorerJsGzip: 10_000,
} as const;

/** A byte count for readers: '12.3 kB' (decimal kilobytes, as network figures are quoted). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}
