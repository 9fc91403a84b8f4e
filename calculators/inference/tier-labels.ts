/**
 * The data-quality tiers and their names. Apart from tiers.ts so that the calculator's component can show
 * the names without loading the engine, which it loads on first interaction.
 */
export type Tier = 'measured' | 'reported' | 'modelled' | 'proxy';

export const tierLabels: Record<Tier, string> = {
  measured: 'Measured (your own metering)',
  reported: 'Reported (supplier’s figure)',
  modelled: 'Modelled (benchmark, adjusted)',
  proxy: 'Proxy (model class only)',
};
