/** Shapes passed from the build (Calculator.astro, the workbench) to every island. Serialisable. */
import type { FieldError } from '../../../calculators/core/result.ts';

export interface CoefficientMeta {
  id: string;
  label: string;
  /** Value as published ("1.2", "0.16–1"). */
  value: string;
  unit: string;
  sourceId: string;
  assumption: boolean;
}

export interface IslandLinks {
  /** Chapter (and section) where the island's equations are set out. */
  methodology: string;
  methodologyLabel: string;
  coefficients: string;
  references: string;
  workbench?: string;
  /** The one explanation of "likely range" and "full range" (the version's glossary entry), when the version has one. */
  uncertainty?: string;
  /** The provision that advises against the top-down per-capita method, as this version numbers it. */
  topDownProvision?: { label: string; href: string };
}

/** The page and version an island is rendered in. */
export interface IslandContext {
  island: string;
  title: string;
  exampleId: string;
  version: string;
  versionTitle: string;
  released: string;
  /** Coefficient set pinned by this guidance version. */
  coefficientSet: string;
  latestCoefficientSet: string;
  /** Every known coefficient set id (a link naming any other is malformed). */
  coefficientSets: string[];
  links: IslandLinks;
  /** Short citations by source id ("Elsworth et al., 2025"). */
  sources: Record<string, string>;
  /** Date of the build (YYYY-MM-DD). */
  builtOn: string;
  /** SITE_URL when set, for absolute citations. */
  site?: string;
}

export interface NumberFieldDef {
  kind: 'number';
  path: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  help: string;
  /** The model accepts a range { low, high } here. */
  range?: boolean;
  /** The input may be left empty (the model then uses its default). */
  optional?: boolean;
  /** Shown as the placeholder when empty: the default the model would use. */
  defaultHint?: string;
  /**
   * The field is shown in another unit than the engine's (minutes for hours): the reader's number is
   * `factor` times the engine's, and `unit`, `min` and `max` above are already in the shown unit.
   */
  scale?: { factor: number; engineUnit: string };
}

export interface ChoiceFieldDef {
  kind: 'select';
  path: string;
  label: string;
  help: string;
  options: { value: string; label: string }[];
  optional?: boolean;
}

export interface SwitchFieldDef {
  kind: 'switch';
  path: string;
  label: string;
  help: string;
}

export type FieldDef = NumberFieldDef | ChoiceFieldDef | SwitchFieldDef;

export type ViewOutcome<V> = { ok: true; view: V; coefficientIds: string[]; sourceIds: string[] } | { ok: false; errors: FieldError[] };

/** What an island's lazily loaded engine chunk provides. */
export interface IslandEngine<I, V> {
  run(input: I, coefficientSet: string): ViewOutcome<V>;
  coefficientMeta(coefficientSet: string, ids: string[]): CoefficientMeta[];
  /**
   * Loads what `input` needs beyond the engine chunk, before it is run: a model only some inputs use (the
   * disclosure builder's training model), so the chunk every reader loads stays without it.
   */
  ready?(input: I | undefined): Promise<void>;
}

export interface IslandProps<I, V> {
  context: IslandContext;
  fields: FieldDef[];
  input: I;
  /** The worked example's result, which the island opens with (island-data.ts: openingResult). */
  outcome?: ViewOutcome<V>;
  coefficients: CoefficientMeta[];
}
