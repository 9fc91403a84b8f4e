/**
 * The computed examples a chapter shows, as "model/example" (with ".tiers" for a calculator whose view is
 * the four data-quality tiers): the keys the frozen results and errata of results use. Pure.
 */
import { exampleKey } from '../../calculators/core/example.ts';
import { calculators, isCalculatorName } from './calculators.ts';
import { componentUses } from './mdx-tags.ts';

export function chapterExampleKeys(body: string): string[] {
  const keys = new Set<string>();
  for (const use of componentUses(body, ['WorkedExample', 'Calculator'])) {
    const { model, example, name } = use.attributes;
    if (use.name === 'WorkedExample' && model && example) keys.add(exampleKey({ model, example, view: 'result' }));
    if (use.name === 'Calculator' && isCalculatorName(name)) {
      const spec = calculators[name];
      keys.add(exampleKey({ model: spec.model, example: example ?? spec.defaultExample, view: spec.view }));
    }
  }
  return [...keys];
}
