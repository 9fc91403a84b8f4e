import { describe, expect, it } from 'vitest';
import { startedPages } from '../../../scripts/site-checks/astro-log.ts';

describe('startedPages: the order Astro starts its pages in', () => {
  it('reads the file from a page line, with or without colours and timestamps', () => {
    expect(startedPages('02:22:36   ├─ /404.html (+13ms) ')).toEqual(['/404.html']);
    expect(startedPages('  └─ /10.0/print/index.html (+1.25s) ')).toEqual(['/10.0/print/index.html']);
    expect(startedPages('  ├─ /0.2/scope/index.html')).toEqual(['/0.2/scope/index.html']);
    expect(
      startedPages('\x1b[2m02:22:36\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/0.2/scope/index.html\x1b[22m \x1b[2m(+8ms)\x1b[22m '),
    ).toEqual(['/0.2/scope/index.html']);
  });

  it('reads every page started on a line, in order, when Astro renders several at once', () => {
    expect(
      startedPages('08:47:43   ├─ /404.html08:47:43   ├─ /coefficient-sets/cs-2025-10.json08:47:43   ├─ /1.0/print/index.html (+13ms) '),
    ).toEqual(['/404.html', '/coefficient-sets/cs-2025-10.json', '/1.0/print/index.html']);
    expect(
      startedPages(
        '\x1b[2m08:47:43\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/a/index.html\x1b[22m\x1b[2m08:47:43\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/b/index.html\x1b[22m \x1b[2m(+8ms)\x1b[22m ',
      ),
    ).toEqual(['/a/index.html', '/b/index.html']);
  });

  it('names no page for other lines', () => {
    expect(startedPages('02:20:19 [build] Collecting build info...')).toEqual([]);
    expect(startedPages('02:20:25 ✓ Completed in 3.29s.')).toEqual([]);
    expect(startedPages(' (+3ms) ')).toEqual([]);
  });
});
