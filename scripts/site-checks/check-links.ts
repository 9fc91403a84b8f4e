// `npm run check:links`: every internal href/src and #fragment in dist/ (all versions) must resolve to a
// built file and an element id; external links are listed, never fetched, and must carry rel="noopener".
// Exits 1 on any problem. Run `npm run build` first. The logic is in link-check.ts beside this file.
import { readFileSync } from 'node:fs';
import { distFiles, isHtml, pagePathOf, requireBuild } from './dist-files.ts';
import { siteOrigin } from '../../src/lib/site-origin.ts';
import { checkLinks, externalLinksWithoutNoopener } from './link-check.ts';

const dist = process.argv[2] ?? 'dist';
requireBuild(dist);

const built = distFiles(dist);
const files = new Set(built.map((f) => f.path));
const html = new Map(built.filter(isHtml).map((f) => [f.path, readFileSync(f.file, 'utf8')]));

// The address the build was made for (the same rule as astro.config.mjs): absolute links to it are internal.
const report = checkLinks({ files, html, site: siteOrigin(process.env.SITE_URL) });
const withoutNoopener = [...html].flatMap(([file, text]) => externalLinksWithoutNoopener(pagePathOf(file), text));

console.log(`Link check: ${html.size} pages, ${report.checked} references checked.`);
console.log(`External links (listed, not fetched): ${report.external.size}`);
for (const [address, pages] of [...report.external].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`  ${address}  (${pages.length} page${pages.length === 1 ? '' : 's'}, e.g. ${pages[0]})`);
}
if (report.broken.length) {
  console.log(`\nBroken internal links: ${report.broken.length}`);
  for (const b of report.broken) console.log(`  ${b.page}  ${b.where}="${b.value}": ${b.reason}`);
}
if (withoutNoopener.length) {
  console.log(`\nExternal links without rel="noopener": ${withoutNoopener.length}`);
  for (const line of withoutNoopener) console.log(`  ${line}`);
}
const problems = report.broken.length + withoutNoopener.length;
console.log(`\nlinks: ${report.checked - problems} passed, ${problems} failed`);
process.exit(problems ? 1 : 0);
