/**
 * "On this page" for a chapter: its h2 and h3 headings, and each calculator it embeds, listed under the
 * heading whose section holds it. A calculator is found in the chapter's MDX source (componentUses) and
 * linked to the heading its island renders. Pure.
 */
import { calculators, isCalculatorName } from './calculators.ts';
import { componentUses } from './mdx-tags.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  /** 2 or 3 for headings; one level below the heading it follows for a calculator. */
  depth: number;
  /** The id the entry links to. */
  id: string;
  text: string;
  kind: 'heading' | 'calculator';
}

/** The id of a calculator island's heading (`calc-<name>-title`, rendered by each island in src/islands/). */
export const calculatorAnchor = (name: string) => `calc-${name}-title`;

/** Line numbers (1-based) of the `##` and `###` headings of MDX source, skipping front matter and code fences. */
export function sourceHeadingLines(source: string): number[] {
  const lines = source.split(/\r?\n/);
  const found: number[] = [];
  let fenced = false;
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    start = end > 0 ? end + 1 : 0;
  }
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && /^#{2,3}\s+\S/.test(line)) found.push(i + 1);
  }
  return found;
}

/**
 * The entries of "On this page": the rendered h2 and h3 headings in order, each calculator of `source`
 * straight after the last heading before it. When the source's headings do not line up with the rendered
 * ones (a heading written by a component), calculators go at the end rather than under a wrong heading.
 */
export function tocItems(headings: readonly Heading[], source = ''): TocItem[] {
  const shown = headings.filter((h) => h.depth === 2 || h.depth === 3);
  const items: TocItem[] = shown.map((h) => ({ depth: h.depth, id: h.slug, text: h.text, kind: 'heading' }));
  const headingLines = sourceHeadingLines(source);
  const aligned = headingLines.length === shown.length;
  const after = new Map<number, TocItem[]>();
  const seen = new Set<string>();
  for (const use of componentUses(source, ['Calculator'])) {
    const name = use.attributes.name;
    // Each island renders one heading id, so a calculator embedded twice is listed once.
    if (!isCalculatorName(name) || seen.has(name)) continue;
    seen.add(name);
    const index = aligned ? headingLines.filter((line) => line < use.line).length - 1 : shown.length - 1;
    const depth = Math.min((shown[index]?.depth ?? 1) + 1, 4);
    after.set(index, [
      ...(after.get(index) ?? []),
      { depth, id: calculatorAnchor(name), text: `Calculator: ${calculators[name].title}`, kind: 'calculator' },
    ]);
  }
  return [...(after.get(-1) ?? []), ...items.flatMap((item, i) => [item, ...(after.get(i) ?? [])])];
}
