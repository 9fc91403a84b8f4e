/**
 * The guidance's own components as they stand in MDX source: `<Name attr="value" …>` tags. Pages need it
 * (the rulebook reads 0.2's inline provisions to map them to 0.3's ids) as well as the content tests.
 * A regular expression suffices because the components are self-describing tags with string attributes.
 */
export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

/** Every `<Name attr="value" …>` tag of the given component names, with its string attributes. */
export function componentUses(source: string, names: readonly string[]): ComponentUse[] {
  const uses: ComponentUse[] = [];
  const pattern = new RegExp(`<(${names.join('|')})\\b([^>]*)>`, 'g');
  for (const match of source.matchAll(pattern)) {
    const attributes: Record<string, string> = {};
    for (const attr of (match[2] ?? '').matchAll(/([a-zA-Z]+)="([^"]*)"/g)) attributes[attr[1]!] = attr[2]!;
    uses.push({ name: match[1]!, attributes, line: source.slice(0, match.index).split('\n').length });
  }
  return uses;
}
