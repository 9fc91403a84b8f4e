// The like-for-like variant of `npm run bench:site -- --starlight --like-for-like`: a synthetic copy of this
// site made to do what the Starlight yardstick does, so that the gap between the two can be split into what
// the site's frame costs (layout, versions, compare pages, hardening, search) and what its features cost.
// Its chapters keep their front matter but have their components reduced to their words, exactly as
// Starlight gets them (calculators, worked examples, citations and terms gone); and its versions lose the
// generated pages Starlight has no equivalent of. Links to those pages then lead nowhere: the copy is built
// to be timed, never served.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedPages } from '../src/lib/paths.ts';
import { componentsAsWords, splitChapter } from './bench-starlight.mjs';

/**
 * The generated pages of each version that the like-for-like copy leaves out: the tools and the pages
 * computed from the coefficient set (Starlight has no calculators), and the whole-version print page
 * (Starlight has none). The glossary, references and changes pages stay: they are text, as Starlight's are.
 */
export const PAGES_WITHOUT_EQUIVALENT = [
  generatedPages.calculator,
  generatedPages.coefficients,
  generatedPages.equations,
  generatedPages.requirements,
  generatedPages.contribute,
  generatedPages.print,
];

/** One chapter file with its components reduced to their words and its front matter unchanged. */
export function chapterWithoutComponents(mdx) {
  const { front, body } = splitChapter(mdx);
  return `---\n${front}\n---\n${componentsAsWords(body)}`;
}

/** The route file of a version's generated page in a copy of the project. */
export const generatedPageRoute = (dir, page) => join(dir, 'src/pages/[version]', `${page}.astro`);

/** Turns the synthetic copy in `dir` (content already written) into its like-for-like variant. */
export function makeLikeForLike(dir) {
  const guidance = join(dir, 'content/guidance');
  for (const version of readdirSync(guidance)) {
    const folder = join(guidance, version);
    if (!statSync(folder).isDirectory()) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
      const path = join(folder, file);
      writeFileSync(path, chapterWithoutComponents(readFileSync(path, 'utf8')));
    }
  }
  for (const page of PAGES_WITHOUT_EQUIVALENT) rmSync(generatedPageRoute(dir, page));
}
