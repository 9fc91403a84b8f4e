/**
 * The computed examples a chapter shows, read once from its MDX tags (src/lib/mdx-tags.ts) with the view the
 * calculator map gives each calculator: the pages' keys (chapter-examples.ts) and the frozen results' files
 * (scripts/golden/pages.ts) name the same examples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computedExamples } from '../../../scripts/golden/pages.ts';
import { exampleKey } from '../../../calculators/core/example.ts';
import { chapterExampleKeys } from '../../../src/lib/chapter-examples.ts';

const root = join(import.meta.dirname, '../../..');

describe('chapter example keys', () => {
  it('name worked examples, calculators’ defaults and named examples, the tiers calculator by its view, once each', () => {
    const body = [
      '<WorkedExample model="inference" example="gemini-median" />',
      '<Calculator name="boundary-explorer" />',
      '<Calculator name="counterfactual" example="translation" />',
      '<Calculator name="data-quality-tiers" />',
      '<Calculator name="data-quality-tiers" example="image-generation" />',
      '<Calculator name="boundary-explorer" example="gemini-median" />',
      '<Calculator name="no-such-calculator" />',
    ].join('\n\n');
    expect(chapterExampleKeys(body)).toEqual([
      'inference/gemini-median',
      'counterfactual/translation',
      'inference/summarisation.tiers',
      'inference/image-generation.tiers',
    ]);
  });

  it('write a key with ".tiers" for the tiers view only', () => {
    expect(exampleKey({ model: 'inference', example: 'summarisation', view: 'tiers' })).toBe('inference/summarisation.tiers');
    expect(exampleKey({ model: 'inference', example: 'summarisation', view: 'result' })).toBe('inference/summarisation');
  });

  const versions = readdirSync(join(root, 'content/guidance'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  it.each(versions)('are the examples whose results version %s freezes', (version) => {
    const folder = join(root, 'content/guidance', version);
    const pages = readdirSync(folder)
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) => chapterExampleKeys(readFileSync(join(folder, name), 'utf8')));
    expect([...new Set(pages)].sort()).toEqual(computedExamples(root, version).map(exampleKey).sort());
  });
});
