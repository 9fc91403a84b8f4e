/**
 * The computed examples a chapter shows, as "model/example" (with ".tiers" for the data-quality tiers
 * calculator's four estimates): the keys the frozen results and errata of results use. Pure.
 */
import { calculators, isCalculatorName } from './calculators.ts';
import { componentUses } from './mdx-tags.ts';

export function chapterExampleKeys(body: string): string[] {
  const keys = new Set<string>();
  for (const use of componentUses(body, ['WorkedExample', 'Calculator'])) {
    const { model, example, name } = use.attributes;
    if (use.name === 'WorkedExample' && model && example) keys.add(`${model}/${example}`);
    if (use.name === 'Calculator' && isCalculatorName(name)) {
      const spec = calculators[name];
      keys.add(`${spec.model}/${example ?? spec.defaultExample}${name === 'data-quality-tiers' ? '.tiers' : ''}`);
    }
  }
  return [...keys];
}
