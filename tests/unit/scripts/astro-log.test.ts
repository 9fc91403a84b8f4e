import { describe, expect, it } from 'vitest';
import { writtenPage } from '../../../scripts/site-checks/astro-log.ts';

describe('writtenPage: the pages Astro reports written', () => {
  it('reads the file from a page line, with or without colours and timestamps', () => {
    expect(writtenPage('02:22:36   ├─ /404.html (+13ms) ')).toBe('/404.html');
    expect(writtenPage('  └─ /10.0/print/index.html (+1.25s) ')).toBe('/10.0/print/index.html');
    expect(writtenPage('\x1b[2m02:22:36\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/0.2/scope/index.html\x1b[22m \x1b[2m(+8ms)\x1b[22m ')).toBe(
      '/0.2/scope/index.html',
    );
  });

  it('names no page for other lines, for a page still rendering, or for a route that wrote nothing', () => {
    expect(writtenPage('02:20:19 [build] Collecting build info...')).toBeUndefined();
    expect(writtenPage('  ├─ /0.2/scope/index.html')).toBeUndefined();
    expect(writtenPage('  ├─ /0.2/scope/index.html (cached)')).toBeUndefined();
    expect(writtenPage('  ├─ /empty/index.html (+3ms) (file not created, response body was empty)')).toBeUndefined();
    expect(writtenPage('02:20:25 ✓ Completed in 3.29s.')).toBeUndefined();
  });
});
