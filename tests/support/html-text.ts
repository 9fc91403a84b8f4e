/**
 * The text a reader sees in a component's rendered HTML: tags dropped where they stand (so a link keeps its
 * place in the sentence: "Ember, 2024; Llopis"), whitespace collapsed. For the Astro component tests.
 */
export const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
