/**
 * Tables scroll sideways inside themselves on narrow screens (global.css: `table { display: block;
 * overflow-x: auto }`), which makes each one a scroll container. A scroll container must be reachable by
 * keyboard, or a keyboard user cannot see its hidden columns (WCAG 2.1.1; axe's scrollable-region-focusable).
 * Chapters' Markdown tables, worked-example tables and the comparison tables are written in many places;
 * the build gives every table without a tabindex a `tabindex="0"` here, once, after Astro has written the
 * page. Tables inside a `.table-scroll` region (which scrolls and takes focus itself) are left alone.
 */
import { startTags } from '../../scripts/site-checks/html-scan.ts';

export function focusableTables(html: string): string {
  let out = '';
  let last = 0;
  let previous: ReturnType<typeof startTags>[number] | undefined;
  for (const tag of startTags(html)) {
    const wrapped = previous?.name === 'div' && (previous.attrs.class ?? '').split(/\s+/).includes('table-scroll');
    previous = tag;
    if (tag.name !== 'table' || tag.attrs.tabindex !== undefined || wrapped) continue;
    const close = tag.end - 1;
    out += `${html.slice(last, close)} tabindex="0"`;
    last = close;
  }
  return out + html.slice(last);
}
