// `npm run check:links`: every internal href/src and #fragment in dist/ (all versions) must resolve to a
// built file and an element id; external links are listed, never fetched, and must carry rel="noopener".
// Exits 1 on any problem. Run `npm run build` first. The logic is in src/lib/link-check.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkLinks, externalLinksWithoutNoopener, pagePathOf } from '../src/lib/link-check.ts';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/ has no index.html: run \`npm run build\` first.`);
  process.exit(1);
}

const files = new Set();
const html = new Map();
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else {
      const file = `/${relative(dist, path).split(sep).join('/')}`;
      files.add(file);
      if (name.endsWith('.html')) html.set(file, readFileSync(path, 'utf8'));
    }
  }
};
walk(dist);

const report = checkLinks({ files, html, site: process.env.SITE_URL || undefined });
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
