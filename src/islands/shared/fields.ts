/**
 * Build-time form fields for the islands. A number field's label, unit and limits are the engine's field
 * spec (calculators/<model>/schema.ts), never retyped; the default it falls back to when left empty is
 * read from the coefficient set the page pins, so a page of version 0.1 shows 0.1's defaults. Choices
 * (grids, devices, model classes, functional units) are the pinned set's lists.
 */
import { coefficient } from '../../../calculators/coefficients/index.ts';
import { functionalUnits } from '../../../calculators/coefficients/schema.ts';
import type { FieldSpec } from '../../../calculators/core/uncertain.ts';
import { functionalUnitLabels } from '../../../calculators/inference/index.ts';
import { formatCoefficientValue, requireCoefficientSet } from '../../lib/coefficients.ts';
import type { ChoiceFieldDef, NumberFieldDef, SwitchFieldDef } from './types.ts';

export interface NumberFieldOptions {
  /** The island's own wording, where it differs from the engine's label. */
  label?: string;
  /** False when the field takes one value only; by default a low and a high value may be given. */
  range?: boolean;
  /** The field may be left empty. */
  optional?: boolean;
  /** Id of the pinned set's coefficient the model uses when the field is empty; shown as the placeholder. */
  defaultFrom?: string;
  /** A default that is a rule of the model rather than a coefficient ("preset", "1 (no rebound)"). */
  defaultHint?: string;
}

type Choice = ChoiceFieldDef['options'][number];

/** The field builders for one coefficient set; an unknown set or coefficient id stops the build. */
export function fieldsFor(coefficientSetId: string) {
  const set = requireCoefficientSet(coefficientSetId);
  /** A coefficient of the pinned set as readers see it ('64', '0.16–1'), for help texts that quote one. */
  const value = (id: string) => formatCoefficientValue(coefficient(set, id));

  const number = (path: string, spec: FieldSpec, help: string, options: NumberFieldOptions = {}): NumberFieldDef => {
    const field: NumberFieldDef = {
      kind: 'number',
      path,
      label: options.label ?? spec.label,
      unit: spec.unit,
      min: spec.min,
      max: spec.max,
      help,
    };
    if (options.range ?? true) field.range = true;
    if (options.optional) field.optional = true;
    const hint = options.defaultFrom ? value(options.defaultFrom) : options.defaultHint;
    if (hint) field.defaultHint = hint;
    return field;
  };

  const select = (path: string, label: string, help: string, options: Choice[], { optional = true } = {}): ChoiceFieldDef =>
    optional ? { kind: 'select', path, label, help, options, optional } : { kind: 'select', path, label, help, options };

  const toggle = (path: string, label: string, help = ''): SwitchFieldDef => ({ kind: 'switch', path, label, help });

  /** The pinned set's lists, as choices. */
  const choices = {
    grids: (): Choice[] => set.grids.map((g) => ({ value: g.id, label: g.region })),
    devices: (): Choice[] => set.devices.map((d) => ({ value: d.id, label: d.label })),
    modelClasses: (): Choice[] => set.modelClasses.map((m) => ({ value: m.id, label: m.label })),
    functionalUnits: (): Choice[] => functionalUnits.map((u) => ({ value: u, label: functionalUnitLabels[u].replace(/^per /, 'one ') })),
  };

  return { number, select, toggle, choices, value };
}

export type FieldBuilders = ReturnType<typeof fieldsFor>;

/** A field in hours shown in minutes: people think of a summary as ten minutes, not 0.17 h. */
export function minutes(field: NumberFieldDef): NumberFieldDef {
  return { ...field, unit: 'min', min: field.min * 60, max: field.max * 60, scale: { factor: 60, engineUnit: 'h' } };
}
