/** Island forms take limits and units from the engine's field specs and defaults from the pinned set. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferenceFields } from '../../../calculators/inference/index.ts';
import { boundaryFields } from '../../../src/islands/boundary-explorer/prepare.ts';
import { calculatorIsland } from '../../../src/islands/registry.ts';
import { fieldsFor } from '../../../src/islands/shared/fields.ts';
import type { FieldDef, NumberFieldDef } from '../../../src/islands/shared/types.ts';
import { workbenchFields } from '../../../src/islands/workbench/prepare.ts';
import { calculatorNames } from '../../../src/lib/calculators.ts';

const numberField = (fields: FieldDef[], path: string) => fields.find((f): f is NumberFieldDef => f.kind === 'number' && f.path === path);
const manifest = JSON.parse(readFileSync('content/versions.json', 'utf8')) as {
  versions: { id: string; title: string; released: string; coefficientSet: string }[];
};

describe('island fields', () => {
  it('show the default of the coefficient set the page pins', () => {
    // EcoLogits v0.8.2 (cs-2025-10) does not model batching (batch size 1); v0.9.1 (cs-2026-11) uses 64.
    expect(numberField(workbenchFields('cs-2025-10'), 'estimate.batchSize')?.defaultHint).toBe('1');
    expect(numberField(workbenchFields('cs-2026-11'), 'estimate.batchSize')?.defaultHint).toBe('64');
    expect(numberField(boundaryFields('cs-2026-11'), 'network.bytesPerUnit')?.defaultHint).toBe('20,000');
  });

  it("keep the engine's unit and limits, whatever the island calls the field", () => {
    const field = numberField(boundaryFields('cs-2026-11'), 'estimate.energyWhPerRequest');
    expect(field).toMatchObject({
      label: 'Reported energy per request',
      unit: inferenceFields.energyWhPerRequest.unit,
      min: 0,
      max: inferenceFields.energyWhPerRequest.max,
    });
  });

  it('stop the build for a coefficient set or default the engine does not define', () => {
    expect(() => fieldsFor('cs-1999-01')).toThrow(/cs-1999-01/);
    expect(() => fieldsFor('cs-2026-11').number('x', inferenceFields.pue, 'help', { defaultFrom: 'no-such-coefficient' })).toThrow(
      /no-such-coefficient/,
    );
  });
});

describe('the calculator registry', () => {
  it("opens every calculator on its default worked example with every version's coefficient set", () => {
    for (const version of manifest.versions) {
      for (const name of calculatorNames) {
        const { props } = calculatorIsland(name, undefined, version);
        expect(props.outcome?.ok, `${name} in ${version.id}`).toBe(true);
        expect(props.context.coefficientSet).toBe(version.coefficientSet);
      }
    }
  });
});
