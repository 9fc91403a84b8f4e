/**
 * The computed examples a chapter shows, as "model/example" (with ".tiers" for a calculator whose view is
 * the four data-quality tiers): the keys the frozen results and errata of results use. Pure.
 */
import { calculators, isCalculatorName, type ExampleView } from './calculators.ts';
import { componentUses } from './mdx-tags.ts';

/** The key of a computed example: "inference/gemini-median", "inference/summarisation.tiers". */
export function exampleKey(computed: { model: string; example: string; view: ExampleView }): string {
  return `${computed.model}/${computed.example}${computed.view === 'tiers' ? '.tiers' : ''}`;
}

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
