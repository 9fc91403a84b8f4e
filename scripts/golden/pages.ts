/**
 * Which computed examples a version's pages show: every <WorkedExample> and every <Calculator> in its
 * chapters (a calculator shows its worked example, in the view the calculator map gives it: its result, or
 * the four data-quality tiers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculators, isCalculatorName } from '../../src/lib/calculators.ts';
import { exampleKey } from '../../calculators/core/example.ts';
import { componentUses } from '../../src/lib/mdx-tags.ts';
import type { ModelId } from '../../calculators/index.ts';
import type { ComputedExample } from './digest.ts';

/** The computed examples of one version, sorted and without repeats. */
export function computedExamples(root: string, version: string): ComputedExample[] {
  const folder = join(root, 'content/guidance', version);
  const found = new Map<string, ComputedExample>();
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()) {
    const source = readFileSync(join(folder, file), 'utf8');
    for (const { name: tag, attributes, line } of componentUses(source, ['WorkedExample', 'Calculator'])) {
      const where = `content/guidance/${version}/${file}:${line}: <${tag}>`;
      let computed: ComputedExample;
      if (tag === 'WorkedExample') {
        computed = { model: attributes.model as ModelId, example: attributes.example ?? '', view: 'result' };
      } else {
        const name: unknown = attributes.name;
        if (!isCalculatorName(name)) throw new Error(`${where} names no known calculator ("${String(name)}")`);
        const spec = calculators[name];
        computed = { model: spec.model, example: attributes.example ?? spec.defaultExample, view: spec.view };
      }
      if (!computed.example) throw new Error(`${where} has no example attribute: a frozen result needs a named example`);
      found.set(goldenPath(computed), computed);
    }
  }
  return [...found.keys()].sort().map((key) => found.get(key) as ComputedExample);
}

/** Where a computed example's digest lives under tests/golden/<version>/. */
export function goldenPath(computed: ComputedExample): string {
  return `${exampleKey(computed)}.json`;
}
