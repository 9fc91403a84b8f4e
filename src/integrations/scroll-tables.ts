/**
 * Tables scroll sideways inside themselves on narrow screens (global.css: `table { display: block;
 * overflow-x: auto }`), which makes each one a scroll container. A scroll container must be reachable by
 * keyboard, or a keyboard user cannot see its hidden columns (WCAG 2.1.1; axe's scrollable-region-focusable).
 * Chapters' Markdown tables, worked-example tables and the comparison tables are written in many places;
 * the build gives every table without a tabindex a `tabindex="0"` here, once, after Astro has written the
 * page. Tables inside a `.table-scroll` region (which scrolls and takes focus itself) are left alone.
 */
import { startTags, type StartTag } from '../../scripts/site-checks/html-scan.ts';
import { applyEdits, type Edit } from './splice.ts';

/** The edits that give each table without a tabindex (and outside a .table-scroll region) tabindex="0". */
export function focusableTableEdits(tags: readonly StartTag[]): Edit[] {
  const edits: Edit[] = [];
  let previous: StartTag | undefined;
  for (const tag of tags) {
    const wrapped = previous?.name === 'div' && (previous.attrs.class ?? '').split(/\s+/).includes('table-scroll');
    previous = tag;
    if (tag.name !== 'table' || tag.attrs.tabindex !== undefined || wrapped) continue;
    edits.push({ start: tag.end - 1, end: tag.end - 1, text: ' tabindex="0"' });
  }
  return edits;
}

export function focusableTables(html: string): string {
  return applyEdits(html, focusableTableEdits(startTags(html)));
}
