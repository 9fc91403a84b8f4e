/**
 * Which computed examples a version's pages show: every <WorkedExample> and every <Calculator> in its
 * chapters (a calculator shows its worked example; the data-quality tiers calculator shows four tiers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculators, isCalculatorName } from '../../src/lib/calculators.ts';
import type { ModelId } from '../../calculators/index.ts';
import type { ComputedExample } from './digest.ts';

const TAG = /<(WorkedExample|Calculator)\b([^>]*)>/g;
const ATTRIBUTE = /([a-zA-Z]+)="([^"]*)"/g;

/** The computed examples of one version, sorted and without repeats. */
export function computedExamples(root: string, version: string): ComputedExample[] {
  const folder = join(root, 'content/guidance', version);
  const found = new Map<string, ComputedExample>();
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()) {
    const source = readFileSync(join(folder, file), 'utf8');
    for (const match of source.matchAll(TAG)) {
      const attributes = Object.fromEntries([...(match[2] ?? '').matchAll(ATTRIBUTE)].map((a) => [a[1], a[2]]));
      const where = `content/guidance/${version}/${file}: <${match[1]}>`;
      let computed: ComputedExample;
      if (match[1] === 'WorkedExample') {
        computed = { model: attributes.model as ModelId, example: attributes.example ?? '', view: 'result' };
      } else {
        const name: unknown = attributes.name;
        if (!isCalculatorName(name)) throw new Error(`${where} names no known calculator ("${String(name)}")`);
        computed = {
          model: calculators[name].model,
          example: attributes.example ?? calculators[name].defaultExample,
          view: name === 'data-quality-tiers' ? 'tiers' : 'result',
        };
      }
      if (!computed.example) throw new Error(`${where} has no example attribute: a frozen result needs a named example`);
      found.set(goldenPath(computed), computed);
    }
  }
  return [...found.keys()].sort().map((key) => found.get(key) as ComputedExample);
}

/** Where a computed example's digest lives under tests/golden/<version>/. */
export function goldenPath(computed: ComputedExample): string {
  return `${computed.model}/${computed.example}${computed.view === 'tiers' ? '.tiers' : ''}.json`;
}
