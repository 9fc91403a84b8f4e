import { describe, expect, it } from 'vitest';
import { fragmentTargets, isInlineCode, rawTextElements, startTags } from '../../../scripts/site-checks/html-scan.ts';

describe('startTags', () => {
  it('reads attributes in every quoting style, decoding character references', () => {
    const [tag] = startTags(`<a href="/a/?x=1&amp;y=2" data-x='q"r' hidden title=plain>`);
    expect(tag).toMatchObject({ name: 'a', attrs: { href: '/a/?x=1&y=2', 'data-x': 'q"r', hidden: '', title: 'plain' } });
  });

  it('skips comments and the raw text of scripts and styles', () => {
    const names = startTags(
      '<!-- <a href="/no/"> --><p><script>if (a<b) document.write("<a href=\'/no/\'>")</script><style>a>b{}</style><i>',
    ).map((t) => t.name);
    expect(names).toEqual(['p', 'script', 'style', 'i']);
  });

  it('reads a <noscript> as markup, as a reader without JavaScript gets it, with offsets in the whole page', () => {
    const html = '<p><noscript><a href="/x/" id="n">x</a><script>a()</script></noscript><a href="/y/">';
    const tags = startTags(html);
    expect(tags.map((t) => t.name)).toEqual(['p', 'noscript', 'a', 'script', 'a']);
    expect(html.slice(tags[2]!.start, tags[2]!.end)).toBe('<a href="/x/" id="n">');
    expect(html.slice(tags[2]!.attrSpans.href!.start, tags[2]!.attrSpans.href!.end)).toBe('href="/x/"');
    expect(rawTextElements(html).map((e) => e.content)).toEqual(['a()']);
    expect(fragmentTargets(html)).toEqual(new Set(['n']));
  });

  it('keeps a ">" inside a quoted attribute value', () => {
    expect(startTags('<main data-v=\'[{"a":">"}]\' id="m">')[0]?.attrs.id).toBe('m');
  });
});

describe('rawTextElements', () => {
  it('returns the exact text a CSP hash covers', () => {
    const [script, style] = rawTextElements('<script>\nvar a = "</p>";\n</script><style>p{}</style>');
    expect(script?.content).toBe('\nvar a = "</p>";\n');
    expect(style?.content).toBe('p{}');
  });

  it('tells inline code from external scripts and data blocks', () => {
    const scripts = rawTextElements(
      '<script>a()</script><script type="module">b()</script><script type="text/javascript">c()</script>' +
        '<script src="/d.js"></script><script type="application/json">{"e":1}</script><script type="application/ld+json">{}</script>',
    );
    expect(scripts.map(isInlineCode)).toEqual([true, true, true, false, false, false]);
  });
});

describe('fragmentTargets and character references', () => {
  it('collects ids and anchor names', () => {
    expect(fragmentTargets('<h2 id="scope">x</h2><a name="old"></a><p id="">')).toEqual(new Set(['scope', 'old']));
  });
  it('decodes numeric and named references and leaves unknown ones', () => {
    expect(startTags('<p title="&#x3c;&#62;&quot;&unknown;">')[0]?.attrs.title).toBe('<>"&unknown;');
  });
});
