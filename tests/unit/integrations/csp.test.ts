import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addNoopener,
  cspHash,
  hardenPage,
  headersFile,
  ISLAND_STYLE_RULE,
  moveIslandStyles,
  pagePolicy,
  policyText,
} from '../../../src/integrations/csp.ts';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('cspHash', () => {
  it('is the base64 SHA-256 of the exact text, as browsers compute it', () => {
    expect(cspHash('alert(1)')).toBe(`sha256-${createHash('sha256').update('alert(1)').digest('base64')}`);
    expect(cspHash(' a')).not.toBe(cspHash('a'));
  });
});

describe('pagePolicy', () => {
  it('hashes inline scripts and styles, not external scripts or JSON data blocks', () => {
    const html = page(
      '<script>var a=1</script><style>p{}</style><script src="/x.js"></script><script type="application/json">{"a":1}</script>',
      '<script type="module">import "/y.js"</script><p style="color:red">x</p>',
    );
    const policy = pagePolicy(html);
    expect(policy.scriptHashes).toEqual([cspHash('var a=1'), cspHash('import "/y.js"')]);
    expect(policy.styleHashes).toEqual([cspHash('p{}')]);
    expect(policy.styleAttributeHashes).toEqual([cspHash('color:red')]);
  });
});

describe('policyText', () => {
  it("allows only the site's origin, hashed inline code and Pagefind's WebAssembly", () => {
    const text = policyText({ scriptHashes: ['sha256-A'], styleHashes: [], styleAttributeHashes: [] });
    expect(text).toContain("default-src 'self'");
    expect(text).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-A'");
    expect(text).toContain("style-src-attr 'none'");
    expect(text).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
    expect(text).not.toContain('frame-ancestors');
    expect(policyText({ scriptHashes: [], styleHashes: [], styleAttributeHashes: ['sha256-B'] }, { forHeader: true })).toMatch(
      /style-src-attr 'unsafe-hashes' 'sha256-B'.*frame-ancestors 'none'/,
    );
  });
});

describe('moveIslandStyles', () => {
  it("moves Astro's island styles out of <body> into one element in <head>", () => {
    const island = `<style>${ISLAND_STYLE_RULE}</style>`;
    const moved = moveIslandStyles(page('', `<main>${island}<astro-island></astro-island>${island}</main>`));
    expect(moved.split(island)).toHaveLength(2);
    expect(moved.indexOf(island)).toBeLessThan(moved.indexOf('</head>'));
  });

  it('matches the rule Astro writes (so an Astro upgrade that changes it fails here)', () => {
    const source = readFileSync('node_modules/astro/dist/runtime/server/astro-island-styles.js', 'utf8');
    expect(source).toContain(ISLAND_STYLE_RULE);
  });
});

describe('addNoopener', () => {
  it('adds rel="noopener" to external links only, keeping other rel values', () => {
    const html =
      '<a href="https://a.example/">a</a><a href="/x/">b</a><a rel="external" href="//b.example">c</a><a href="http://c.example" rel="noopener">d</a>';
    expect(addNoopener(html)).toBe(
      '<a href="https://a.example/" rel="noopener">a</a><a href="/x/">b</a><a rel="external noopener" href="//b.example">c</a><a href="http://c.example" rel="noopener">d</a>',
    );
  });
});

describe('hardenPage', () => {
  it('puts the policy straight after <meta charset>, before any script, and is idempotent', () => {
    const html = page('<script>theme()</script>', '<p>x</p>');
    const once = hardenPage(html).html;
    expect(once).toMatch(/<meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*'sha256-/);
    expect(once.indexOf('content-security-policy')).toBeLessThan(once.indexOf('<script>'));
    expect(hardenPage(once).html).toBe(once);
  });

  it('makes every change from one reading of the page: island styles, tables, external links and the policy', () => {
    const island = `<style>${ISLAND_STYLE_RULE}</style>`;
    const html = page(
      '<meta http-equiv="content-security-policy" content="old">',
      `<main>${island}<table><tr><td>1</td></tr></table><a href="https://a.example/">a</a><script>go()</script></main>`,
    );
    const { html: out, policy } = hardenPage(html);
    expect(out).toBe(
      page(
        island,
        '<main><table tabindex="0"><tr><td>1</td></tr></table><a href="https://a.example/" rel="noopener">a</a><script>go()</script></main>',
      ).replace(
        '<meta charset="utf-8">',
        `<meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policyText(policy)}">`,
      ),
    );
    expect(policy.scriptHashes).toEqual([cspHash('go()')]);
    expect(policy.styleHashes).toEqual([cspHash(ISLAND_STYLE_RULE)]);
    expect(hardenPage(out).html).toBe(out);
  });
});

describe('headersFile', () => {
  it('writes one site-wide rule with the union of the page hashes', () => {
    const text = headersFile([
      { scriptHashes: ['sha256-A'], styleHashes: [], styleAttributeHashes: [] },
      { scriptHashes: ['sha256-B', 'sha256-A'], styleHashes: ['sha256-C'], styleAttributeHashes: [] },
    ]);
    expect(text).toMatch(/^\/\*$/m);
    expect(text).toMatch(/Content-Security-Policy: .*'sha256-A' 'sha256-B'.*style-src 'self' 'sha256-C'.*frame-ancestors 'none'/);
    expect(text).toContain('X-Content-Type-Options: nosniff');
  });
});
