/**
 * Reads the guidance's own MDX source for the things the content tests check: component uses (shared
 * with the site, src/lib/mdx-tags.ts), links, headings and prose. Regular expressions suffice because
 * the components are self-describing tags.
 */
export { componentUses, type ComponentUse } from '../../src/lib/mdx-tags.ts';

export function stripFrontmatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

/** Markdown link targets `](target)`. */
export function linkTargets(source: string): string[] {
  return [...source.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

/** Headings whose section holds no content before the next heading of the same or a higher level. */
export function emptySections(source: string): string[] {
  const lines = stripFrontmatter(source).split('\n');
  const empty: string[] = [];
  lines.forEach((line, index) => {
    const heading = /^(#{2,6})\s+(.*)$/.exec(line);
    if (!heading) return;
    const level = heading[1]!.length;
    for (const next of lines.slice(index + 1)) {
      const nextHeading = /^(#{2,6})\s/.exec(next);
      if (nextHeading && nextHeading[1]!.length <= level) {
        empty.push(heading[2]!);
        return;
      }
      if (nextHeading) return; // a subsection counts as content
      if (next.trim()) return;
    }
    empty.push(heading[2]!);
  });
  return empty;
}

/** Words of prose, without front matter, tags and Markdown punctuation. */
export function proseWordCount(source: string): number {
  const text = stripFrontmatter(source)
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_|`>[\]()-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}
