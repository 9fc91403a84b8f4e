/**
 * Build-time registry of the calculator islands: for each name in src/lib/calculators.ts, the Astro wrapper
 * that hydrates it and its definition (form, input, engine). <Calculator> and the workbench page look an
 * island up here; an unknown name or example id is a build error naming the ones that exist.
 *
 * Each island has a small Island.astro wrapper (which also writes the worked example's result beside the
 * island: shared/island-data.ts) because Astro hydrates only a component it sees imported by name in a
 * template: a component chosen at run time from a map (a dynamic tag) cannot take client:visible.
 * The wrappers can be chosen from a map, which keeps <Calculator> a lookup rather than one branch per island.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { models } from '../../calculators/index.ts';
import type { CounterfactualInput } from '../../calculators/counterfactual/index.ts';
import type { DisclosureInput } from '../../calculators/disclosure/index.ts';
import type { InferenceInput } from '../../calculators/inference/index.ts';
import type { TrainingInput } from '../../calculators/training/index.ts';
import { calculatorNames, calculators, isCalculatorName, type CalculatorName, type CalculatorSpec } from '../lib/calculators.ts';
import BoundaryExplorerIsland from './boundary-explorer/Island.astro';
import { boundaryExplorer } from './boundary-explorer/prepare.ts';
import CounterfactualIsland from './counterfactual/Island.astro';
import { counterfactual } from './counterfactual/prepare.ts';
import DataQualityTiersIsland from './data-quality-tiers/Island.astro';
import { dataQualityTiers } from './data-quality-tiers/prepare.ts';
import DisclosureBuilderIsland from './disclosure-builder/Island.astro';
import { disclosureBuilder } from './disclosure-builder/prepare.ts';
import TrainingAmortisationIsland from './training-amortisation/Island.astro';
import { trainingAmortisation } from './training-amortisation/prepare.ts';
import { islandContext, islandProps, requireExample, type IslandDefinition, type VersionInfo } from './shared/server.ts';
import type { IslandProps } from './shared/types.ts';

/** The input type of each model's worked examples: a calculator's definition must accept its model's. */
interface ExampleInputs {
  inference: InferenceInput;
  training: TrainingInput;
  counterfactual: CounterfactualInput;
  disclosure: DisclosureInput;
}
type ExampleOf<N extends CalculatorName> = ExampleInputs[(typeof calculators)[N]['model']];

/** One island: its wrapper, and its props for a worked example of the calculator's model. */
function island<N extends CalculatorName, Input, View>(
  name: N,
  Island: AstroComponentFactory,
  definition: IslandDefinition<ExampleOf<N>, Input, View>,
) {
  const spec: CalculatorSpec = calculators[name];
  const props = (exampleId: string, version: VersionInfo, site?: string): IslandProps<Input, View> => {
    const worked = requireExample<ExampleOf<N>>(name, models[spec.model].examples, exampleId);
    const context = islandContext({ island: name, title: spec.title, exampleId, version, methodology: spec.methodology, site });
    const input = definition.input(worked.input, { exampleId, version });
    const props = islandProps(context, definition.fields(version.coefficientSet), input, definition.engine);
    return { ...props, ...definition.extras?.(version.coefficientSet, version) };
  };
  return { Island, props };
}

const islands = {
  'boundary-explorer': island('boundary-explorer', BoundaryExplorerIsland, boundaryExplorer),
  'training-amortisation': island('training-amortisation', TrainingAmortisationIsland, trainingAmortisation),
  counterfactual: island('counterfactual', CounterfactualIsland, counterfactual),
  'data-quality-tiers': island('data-quality-tiers', DataQualityTiersIsland, dataQualityTiers),
  'disclosure-builder': island('disclosure-builder', DisclosureBuilderIsland, disclosureBuilder),
} satisfies Record<CalculatorName, unknown>;

/**
 * A calculator island ready to render as <Island {...props} />: its wrapper, and its props for the named
 * worked example (the calculator's default when none is named), evaluated with the version's coefficient set.
 */
export function calculatorIsland(name: string, example: string | undefined, version: VersionInfo, site?: string) {
  if (!isCalculatorName(name))
    throw new Error(`<Calculator name="${name}">: unknown calculator name. Known names: ${calculatorNames.join(', ')}`);
  const { Island, props } = islands[name];
  const islandProps: IslandProps<unknown, unknown> = props(example ?? calculators[name].defaultExample, version, site);
  return { Island, props: islandProps };
}

/** The props alone (for tests that render the React component directly). */
export const islandPropsFor = (name: string, example: string | undefined, version: VersionInfo, site?: string) =>
  calculatorIsland(name, example, version, site).props;
