// The last step of `npm run build`: measures every built page (after Pagefind has written its index),
// prints bytes per page type, and fills the figures into /footprint/ (the table marked
// data-footprint-figures) and dist/footprint/figures.json. The page's text, budgets and coefficients are
// rendered by Astro (src/pages/footprint.astro); only the measured numbers are added here, because they
// exist only once the build is complete. Measurement: page-weight.ts beside this file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { networkEnergyWh, type NetworkAccess } from '../../calculators/coefficients/network.ts';
import { formatBytes } from '../../src/lib/page-budgets.ts';
import { distFiles, isHtml, isMeasuredPage, readDistFile, type DistFile } from './dist-files.ts';
import { inWorkers } from './in-workers.ts';
import type { MeasureItem } from './measure-worker.ts';
import { bytesOf, searchPayloadModel, summarise, type PageType, type PageWeight } from './page-weight.ts';

export interface FootprintSummary {
  /** HTML pages in the build. */
  pages: number;
  /** The page with the most bytes (HTML, CSS and JavaScript, gzip) and that total. */
  largest: { path: string; bytes: number };
}

/**
 * The JavaScript column of the footprint table: the largest script files' bytes, or "none" with the inline
 * script's size where there is one (a redirect page has none at all: "none (inline 0 B)" read as a fault).
 */
export function scriptCell(jsMax: number, inlineJsMax: number): string {
  if (jsMax) return formatBytes(jsMax);
  return inlineJsMax ? `none (inline ${formatBytes(inlineJsMax)})` : 'none';
}

/** Each page's weight, measured on every core (measure-worker.ts): each page is parsed and compressed. */
function measureSite(dist: string, files: DistFile[]): Promise<PageWeight[]> {
  return inWorkers<MeasureItem, PageWeight>(
    new URL('./measure-worker.ts', import.meta.url),
    files.filter((f) => isMeasuredPage(f.path)).map((f) => ({ dist, file: f.path })),
  );
}

/**
 * Prints the figures of `dist` and writes them into the footprint page; returns the headline numbers. The
 * build passes the page weights its hardening step measured from the same parse (src/integrations/
 * site-hardening.ts); run as a command, this measures them.
 */
export async function publishFootprint(dist = 'dist', measured?: PageWeight[]): Promise<FootprintSummary> {
  const files = distFiles(dist);
  const weights = measured ?? (await measureSite(dist, files));
  const rows = summarise(weights);
  // Pagefind's scripts and JSON are sent compressed; its index files are compressed already (page-weight.ts).
  const searchFiles = files.filter((f) => f.path.startsWith('/pagefind/'));
  const search = searchPayloadModel(
    searchFiles.map((f) => (/\.(js|json)$/.test(f.path) ? { ...f, gzip: bytesOf(readDistFile(dist, f.path)!).gzip } : f)),
  );

  const footprintFile = join(dist, 'footprint', 'index.html');
  const footprintHtml = existsSync(footprintFile) ? readFileSync(footprintFile, 'utf8') : '';
  const coefficientSet = /data-coefficient-set="([^"]+)"/.exec(footprintHtml)?.[1];
  const energy = (bytes: number, access: NetworkAccess) => networkEnergyWh(bytes, { access, coefficientSet });
  const mWh = (wh: number) => `${(wh * 1000).toPrecision(2)} mWh`;
  const label: Record<PageType, string> = {
    text: 'Text page',
    'whole-version': 'Whole version or changes (print, changes, compare)',
    calculator: 'Calculator page',
    tool: 'Tool page (requirements explorer, contribution checker)',
    search: 'Search page (before a query)',
    alias: 'Redirect (/latest/ alias)',
  };
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  const figures = rows.map((row) => {
    const heaviest = weights.find((w) => w.path === row.heaviest)!;
    const total = heaviest.html.gzip + heaviest.css.gzip + heaviest.js.gzip;
    return { ...row, totalMax: total, energyFixedWh: energy(total, 'fixed'), energyMobileWh: energy(total, 'mobile') };
  });

  console.log('\nPage weight (gzip bytes; measured from dist/):');
  console.log(
    [
      'type',
      'pages',
      'HTML+CSS median',
      'HTML+CSS max',
      'JS files max',
      'inline JS max',
      'largest total',
      'fixed net.',
      'mobile net.',
      'largest page',
    ].join(' | '),
  );
  for (const f of figures) {
    console.log(
      [
        f.type,
        f.pages,
        f.htmlCssMedian,
        f.htmlCssMax,
        f.jsMax,
        f.inlineJsMax,
        f.totalMax,
        mWh(f.energyFixedWh),
        mWh(f.energyMobileWh),
        f.heaviest,
      ].join(' | '),
    );
  }
  console.log(
    `search: a first query of ${search.words} words fetches at most ${search.bytes} B from /pagefind/ (${search.files.length} files; model, upper bound) = ${mWh(energy(search.bytes, 'fixed'))} fixed, ${mWh(energy(search.bytes, 'mobile'))} mobile; each further word up to ${search.perExtraWord} B more`,
  );

  if (footprintHtml) {
    const body = figures
      .map(
        (f) =>
          `<tr><th scope="row">${label[f.type]}</th><td>${f.pages}</td><td>${formatBytes(f.htmlCssMedian)}</td><td>${scriptCell(f.jsMax, f.inlineJsMax)}</td><td>${formatBytes(f.totalMax)}</td><td>${mWh(f.energyFixedWh)}</td><td>${mWh(f.energyMobileWh)}</td></tr>`,
      )
      .join('');
    // Small numbers in words in running text (the guidance's style); the model's word count is one of them.
    const words = ['no', 'one', 'two', 'three', 'four'][search.words] ?? String(search.words);
    const searchText = `A first search also downloads Pagefind's script, WebAssembly, index and result excerpts. For a query of ${words} words that is at most ${formatBytes(search.bytes)} if its first results are the site's largest pages, an upper bound (${mWh(energy(search.bytes, 'fixed'))} on a fixed network, ${mWh(energy(search.bytes, 'mobile'))} on a mobile one); a real query fetches less. Each further word can add up to ${formatBytes(search.perExtraWord)}, one more part of the index. Later searches reuse most of it from the browser's cache.`;
    const filled = footprintHtml
      .replace(/(<table data-footprint-figures[^>]*>[\s\S]*?<tbody>)[\s\S]*?(<\/tbody>)/, `$1${body}$2`)
      .replace(/(<p data-footprint-search>)[\s\S]*?(<\/p>)/, `$1${escape(searchText)}$2`);
    writeFileSync(footprintFile, filled);
    writeFileSync(join(dist, 'footprint', 'figures.json'), `${JSON.stringify({ coefficientSet, pages: figures, search }, null, 2)}\n`);
    console.log('footprint: figures written to /footprint/ and /footprint/figures.json');
  }

  const largest = figures.reduce((a, b) => (b.totalMax > a.totalMax ? b : a));
  return { pages: files.filter(isHtml).length, largest: { path: largest.heaviest, bytes: largest.totalMax } };
}

// Run as a command too (`node scripts/site-checks/footprint.ts [dist]`), besides the build's own call.
if (process.argv[1] === fileURLToPath(import.meta.url)) await publishFootprint(process.argv[2]);
