import { describe, expect, it } from 'vitest';
import { focusableTables } from '../../../src/integrations/scroll-tables.ts';

describe('focusableTables', () => {
  it('lets the keyboard reach a table that may scroll', () => {
    expect(focusableTables('<p>a</p><table><tr><td>1</td></tr></table>')).toBe('<p>a</p><table tabindex="0"><tr><td>1</td></tr></table>');
    expect(focusableTables('<table class="provision-map" >x</table>')).toBe('<table class="provision-map"  tabindex="0">x</table>');
  });

  it('leaves tables that already take focus, or sit in a scroll region that does, alone', () => {
    const own = '<table class="calc-table" tabindex="0"><tr><td>1</td></tr></table>';
    expect(focusableTables(own)).toBe(own);
    const wrapped = '<div class="table-scroll" tabindex="0" role="region" aria-label="Matrix"><table><tr><td>1</td></tr></table></div>';
    expect(focusableTables(wrapped)).toBe(wrapped);
  });

  it('changes every table of a page and nothing else', () => {
    const html = '<!doctype html><html><head><title>t</title></head><body><table></table><p>x</p><table></table></body></html>';
    const out = focusableTables(html);
    expect(out.match(/tabindex="0"/g)).toHaveLength(2);
    expect(out.replaceAll(' tabindex="0"', '')).toBe(html);
  });
});
