/**
 * Collects a model's numeric inputs as they are resolved from supplied values, presets and the
 * coefficient set, so every result can say which values were supplied and which were defaults, and
 * which coefficients and sources it used.
 */
import { coefficient, coefficientValue } from '../coefficients/registry.ts';
import type { CoefficientSet } from '../coefficients/schema.ts';
import type { InputOrigin, InputRecord, RangeKind, ResultMeta } from './result.ts';
import type { FieldSpec, UncertainNumber } from './uncertain.ts';

export class InputCollector {
  readonly set: CoefficientSet;
  readonly inputs: InputRecord[] = [];
  readonly coefficientsUsed = new Set<string>();
  readonly sourceIds = new Set<string>();
  readonly warnings: string[] = [];
  readonly defaultPaths: string[] = [];
  readonly suppliedPaths: string[] = [];

  constructor(set: CoefficientSet) {
    this.set = set;
  }

  /**
   * Register an input the reader supplied. Returns its index in the input vector. `assumption` marks a
   * value the guidance treats as an assumption whoever supplies it (a rebound multiplier, for one).
   */
  supplied(path: string, spec: FieldSpec, value: UncertainNumber, assumption = false): number {
    this.suppliedPaths.push(path);
    const record: InputRecord = { path, label: spec.label, unit: spec.unit, value, origin: 'supplied' };
    if (assumption) record.assumption = true;
    return this.push(record);
  }

  /** Register an input filled from a coefficient (a default or a preset). */
  fromCoefficient(path: string, spec: FieldSpec, coefficientId: string, origin: InputOrigin = 'default'): number {
    const c = this.useCoefficient(coefficientId);
    this.defaultPaths.push(path);
    const record: InputRecord = { path, label: spec.label, unit: spec.unit, value: coefficientValue(c), origin, coefficientId };
    if (c.assumption) record.assumption = true;
    return this.push(record);
  }

  /** Supplied value if given, otherwise the coefficient. */
  pick(path: string, spec: FieldSpec, value: UncertainNumber | undefined, coefficientId: string, origin: InputOrigin = 'default'): number {
    return value !== undefined ? this.supplied(path, spec, value) : this.fromCoefficient(path, spec, coefficientId, origin);
  }

  /** Register another model's result as an input (not supplied by the reader, not a default). */
  computed(path: string, spec: FieldSpec, value: UncertainNumber): number {
    return this.push({ path, label: spec.label, unit: spec.unit, value, origin: 'computed' });
  }

  /** Register a default that is not a coefficient (e.g. one request per unit). */
  fixedDefault(path: string, spec: FieldSpec, value: number): number {
    this.defaultPaths.push(path);
    return this.push({ path, label: spec.label, unit: spec.unit, value, origin: 'default' });
  }

  /** A coefficient used as a fixed constant (not an input the reader can vary). */
  constant(coefficientId: string): number {
    const c = this.useCoefficient(coefficientId);
    return typeof c.value === 'number' ? c.value : (c.value.low + c.value.high) / 2;
  }

  useCoefficient(coefficientId: string) {
    const c = coefficient(this.set, coefficientId);
    this.coefficientsUsed.add(c.id);
    this.sourceIds.add(c.sourceId);
    return c;
  }

  /** Record a non-input default choice (e.g. the boundary) so readers see it was not supplied. */
  defaulted(path: string): void {
    this.defaultPaths.push(path);
  }

  useSource(...ids: string[]): void {
    for (const id of ids) this.sourceIds.add(id);
  }

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  /** The bookkeeping every result carries, from this collector and the propagation's samples and range. */
  meta(run: { samples: number; range: RangeKind }, seed: number): ResultMeta {
    return {
      coefficientSet: this.set.id,
      defaultsUsed: [...new Set(this.defaultPaths)],
      suppliedInputs: [...new Set(this.suppliedPaths)],
      coefficientsUsed: [...this.coefficientsUsed].sort(),
      sourceIds: [...this.sourceIds].sort(),
      warnings: [...this.warnings],
      inputs: this.inputs.map((input) => ({ ...input })),
      samples: run.samples,
      seed,
      range: run.range,
    };
  }

  private push(record: InputRecord): number {
    this.inputs.push(record);
    return this.inputs.length - 1;
  }
}
