/**
 * Build-time registry of calculator islands: name -> default worked example and props builder.
 * Used by Calculator.astro; a name or example id not listed here is a build error.
 */
import { boundaryExplorerProps } from './boundary-explorer/prepare.ts';
import { dataQualityTiersProps } from './data-quality-tiers/prepare.ts';
import { counterfactualProps } from './counterfactual/prepare.ts';
import { disclosureBuilderProps } from './disclosure-builder/prepare.ts';
import { trainingAmortisationProps } from './training-amortisation/prepare.ts';
import type { VersionInfo } from './shared/server.ts';
import type { IslandProps } from './shared/types.ts';

interface IslandEntry {
  defaultExample: string;
  props: (exampleId: string, version: VersionInfo, site?: string) => IslandProps<unknown, unknown>;
}

export const islands: Record<string, IslandEntry> = {
  'boundary-explorer': { defaultExample: 'gemini-median', props: boundaryExplorerProps as IslandEntry['props'] },
  'data-quality-tiers': { defaultExample: 'summarisation', props: dataQualityTiersProps as IslandEntry['props'] },
  'training-amortisation': { defaultExample: 'bloom', props: trainingAmortisationProps as IslandEntry['props'] },
  counterfactual: { defaultExample: 'article-drafting', props: counterfactualProps as IslandEntry['props'] },
  'disclosure-builder': { defaultExample: 'article-drafting-disclosure', props: disclosureBuilderProps as IslandEntry['props'] },
};

export const islandNames = Object.keys(islands);

export function islandPropsFor(name: string, example: string | undefined, version: VersionInfo, site?: string): IslandProps<unknown, unknown> {
  const entry = islands[name];
  if (!entry) {
    throw new Error(`<Calculator name="${name}">: unknown calculator name. Known names: ${islandNames.join(', ')}`);
  }
  return entry.props(example ?? entry.defaultExample, version, site);
}
