import { describe, expect, it } from 'vitest';
import { externaliseIslandRuntime } from '../../../src/integrations/island-runtime.ts';
import { hardenPage } from '../../../src/integrations/csp.ts';

// As Astro writes them before a page's first island: a directive's loader, then the island element's code.
const directive =
  '(()=>{var d=e=>e.length>=2;(self.Astro||(self.Astro={}))["visible-data"]=d;window.dispatchEvent(new Event("astro:visible-data"));})();';
const runtime = '(()=>{var f=class extends HTMLElement{};customElements.get("astro-island")||customElements.define("astro-island",f)})();';
const theme = "(function(){document.documentElement.classList.add('js')})();";
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><script>${theme}</script></head><body>${body}</body></html>`;
const island = '<astro-island uid="a" client="visible-data"><section>Result</section></astro-island>';

describe('Astro’s island runtime moved to a shared file', () => {
  it('replaces the inline island code, in page order, with one module script loading a file named by its content', () => {
    const { html, file } = externaliseIslandRuntime(page(`<p>Text</p><script>${directive}</script><script>${runtime}</script>${island}`));
    expect(file!.text).toBe(`${directive}\n${runtime}`);
    expect(file!.href).toMatch(/^\/_astro\/island-runtime\.[0-9a-f]{16}\.js$/);
    expect(html).toBe(page(`<p>Text</p><script type="module" src="${file!.href}"></script>${island}`));
    // The theme script, which must run before first paint, stays inline.
    expect(html).toContain(`<script>${theme}</script>`);
  });

  it('gives the same file to every page with the same code, another file to other code', () => {
    const one = externaliseIslandRuntime(page(`<script>${directive}</script><script>${runtime}</script>${island}`));
    const two = externaliseIslandRuntime(page(`<h1>Other</h1><script>${directive}</script><script>${runtime}</script>${island}${island}`));
    const runtimeOnly = externaliseIslandRuntime(page(`<script>${runtime}</script>${island}`));
    expect(two.file).toEqual(one.file);
    expect(runtimeOnly.file!.href).not.toBe(one.file!.href);
  });

  it('leaves a page without islands as it is', () => {
    const text = page('<p>Only text</p><script type="module">import "/_astro/x.js";</script>');
    expect(externaliseIslandRuntime(text)).toEqual({ html: text });
  });

  it('is part of hardening: the policy hashes the theme script only, and the page asks for the file', () => {
    const { html, policy, runtime: file } = hardenPage(page(`<script>${directive}</script><script>${runtime}</script>${island}`));
    expect(policy.scriptHashes).toHaveLength(1);
    expect(html).toContain(`<script type="module" src="${file!.href}"></script>`);
    expect(html).not.toContain('customElements.define');
    // Hardening the hardened page again changes nothing.
    expect(hardenPage(html).html).toBe(html);
  });
});
