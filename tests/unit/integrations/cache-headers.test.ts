import { describe, expect, it } from 'vitest';
import { cacheRules, CONTENT_NAMED_FOLDERS } from '../../../src/integrations/cache-headers.ts';
import { chunkFileName } from '../../../src/integrations/client-bundle.ts';
import { islandDataHref } from '../../../src/lib/paths.ts';

describe('caching rules', () => {
  it('let hosts keep for a year the folders whose files are named by their content, and nothing else', () => {
    expect(cacheRules()).toBe(
      '/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n' +
        '/_data/islands/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
  });

  it('cover only addresses that carry a hash: the islands’ props files and the browser bundles', () => {
    const props = islandDataHref('0123456789abcdef');
    const bundle = `/${chunkFileName({ name: 'x', moduleIds: ['/src/islands/counterfactual/Counterfactual.tsx'] })}`;
    for (const href of [props, bundle]) {
      expect(
        CONTENT_NAMED_FOLDERS.some((folder) => href.startsWith(folder)),
        href,
      ).toBe(true);
    }
    expect(bundle).toContain('[hash]');
    expect(props).toMatch(/[0-9a-f]{16}\.json\.gz$/);
  });
});
