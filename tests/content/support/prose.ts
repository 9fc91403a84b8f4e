/**
 * Reads a chapter's prose the way a reader meets it, for the readability tests: the MDX is parsed into a
 * Markdown tree (micromark with the MDX and GFM-table extensions, the parsers MDX itself is built on),
 * component tags and citations are dropped, glossary links and rule references keep their words, and each
 * `<Requirement id="…" />` is replaced by the provision's text from the rulebook.
 *
 * What counts (documented in content/README.md):
 * - words: paragraphs, list items, provisions, headings and table cells;
 * - sentences and grade: paragraphs, list items and provisions only (headings and table cells are not
 *   sentences). Sentences are split by sentence-splitter; syllables are counted by syllable; the grade is
 *   flesch-kincaid's formula. A number counts as a word of at least one syllable.
 * Front matter, imports, code, inline code, URLs, citations and embedded calculators never count.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfmTable } from 'micromark-extension-gfm-table';
import { mdxjs } from 'micromark-extension-mdxjs';
import { split } from 'sentence-splitter';
import { syllable } from 'syllable';

interface Node {
  type: string;
  value?: string;
  name?: string | null;
  children?: Node[];
  attributes?: { type: string; name?: string; value?: unknown }[];
}

export interface Prose {
  /** Paragraphs, list items and provisions: text read as sentences. */
  sentenceBlocks: string[];
  /** Headings and table cells: words a reader reads, but not sentences. */
  otherBlocks: string[];
}

/** Words of prose a reader sees in a block. */
export const wordsOf = (text: string): string[] => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

const attribute = (node: Node, name: string) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
const DROPPED = new Set(['Cite', 'Calculator', 'WorkedExample']);

/** Extracts the prose of an MDX body (front matter already removed or left in: both work). */
export function proseOf(mdx: string, ruleText: (id: string) => string | undefined = () => undefined): Prose {
  const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
  const tree = fromMarkdown(body, { extensions: [mdxjs(), gfmTable()], mdastExtensions: [mdxFromMarkdown(), gfmTableFromMarkdown()] }) as Node;
  const prose: Prose = { sentenceBlocks: [], otherBlocks: [] };

  const inline = (node: Node): string => {
    switch (node.type) {
      case 'text':
        return node.value ?? '';
      case 'inlineCode':
      case 'mdxTextExpression':
        return '';
      case 'break':
        return ' ';
      case 'mdxJsxTextElement':
        if (node.name && DROPPED.has(node.name)) return '';
        if (node.name === 'RuleRef') return String(attribute(node, 'id') ?? '');
        return (node.children ?? []).map(inline).join('');
      default:
        return (node.children ?? []).map(inline).join('');
    }
  };
  const clean = (text: string) => text.replace(/https?:\/\/\S+/g, '').replace(/\s+([.,;:)])/g, '$1').replace(/\(\s*\)/g, '').replace(/\s+/g, ' ').trim();
  const push = (list: string[], text: string) => {
    const t = clean(text);
    if (wordsOf(t).length) list.push(t);
  };

  const block = (node: Node): void => {
    switch (node.type) {
      case 'paragraph':
        push(prose.sentenceBlocks, inline(node));
        return;
      case 'heading':
        push(prose.otherBlocks, inline(node));
        return;
      case 'table':
        for (const row of node.children ?? []) for (const cell of row.children ?? []) push(prose.otherBlocks, inline(cell));
        return;
      case 'code':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'thematicBreak':
        return;
      case 'mdxJsxFlowElement': {
        if (node.name && DROPPED.has(node.name)) return;
        if (node.name === 'Requirement' && !(node.children ?? []).length) {
          const text = ruleText(String(attribute(node, 'id') ?? ''));
          if (text) push(prose.sentenceBlocks, text);
          return;
        }
        (node.children ?? []).forEach(block);
        return;
      }
      default:
        (node.children ?? []).forEach(block);
    }
  };
  block(tree);
  return prose;
}

export interface ReadabilityFigures {
  words: number;
  sentences: number;
  /** Flesch–Kincaid grade level of the sentence prose. */
  grade: number;
  longestSentenceWords: number;
  longestSentence: string;
}

export function sentencesOf(blocks: readonly string[]): string[] {
  return blocks.flatMap((text) =>
    split(text)
      .filter((node) => node.type === 'Sentence')
      .map((node) => node.raw.trim())
      .filter((s) => wordsOf(s).length > 0),
  );
}

export function readability(prose: Prose): ReadabilityFigures {
  const sentences = sentencesOf(prose.sentenceBlocks);
  const sentenceWords = sentences.flatMap(wordsOf);
  const syllables = sentenceWords.reduce((sum, word) => sum + Math.max(1, syllable(word.replace(/[^\p{L}'’-]/gu, ''))), 0);
  let longest = '';
  for (const s of sentences) if (wordsOf(s).length > wordsOf(longest).length) longest = s;
  return {
    words: [...prose.sentenceBlocks, ...prose.otherBlocks].flatMap(wordsOf).length,
    sentences: sentences.length,
    grade: sentences.length ? fleschKincaid({ sentence: sentences.length, word: sentenceWords.length, syllable: syllables }) : 0,
    longestSentenceWords: wordsOf(longest).length,
    longestSentence: longest,
  };
}

/**
 * The normative words the guidance reserves for provision boxes. "May" is one of them: in a rulebook it
 * grants a permission, so a descriptive "may" in prose ("figures may differ") reads as one too; prose says
 * "can" or "might" instead.
 */
export const NORMATIVE = /\b(shall|must|should|may)\b/gi;

/** The month, which is not the verb: "May 2025", "21 May". Only capitalised, beside a year or a day. */
const MONTH = /\bMay(?=\s+\d{4}\b)|(?<=\b\d{1,2}\s+)May\b/g;

/**
 * Normative words used (not merely mentioned) in a piece of text: a word inside quotation marks is a
 * mention ("the word “shall”") and is allowed, and so is the month of May.
 */
export function normativeUses(text: string): string[] {
  const unquoted = text.replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, ' ').replace(MONTH, ' ');
  return [...unquoted.matchAll(NORMATIVE)].map((m) => m[0]);
}
