/** The footprint page's JavaScript column (scripts/site-checks/footprint.ts). */
import { describe, expect, it } from 'vitest';
import { scriptCell } from '../../../scripts/site-checks/footprint.ts';
import { formatBytes } from '../../../src/lib/page-budgets.ts';

describe('the JavaScript column of the footprint table', () => {
  it('gives the largest script files’ size where a page type loads any', () => {
    expect(scriptCell(36_600, 557)).toBe(formatBytes(36_600));
  });

  it('says none, with the inline script’s size where there is one', () => {
    expect(scriptCell(0, 557)).toBe(`none (inline ${formatBytes(557)})`);
  });

  it('says only none for pages with no script at all, such as the redirects', () => {
    expect(scriptCell(0, 0)).toBe('none');
  });
});
