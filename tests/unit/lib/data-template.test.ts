import { describe, expect, it } from 'vitest';
import { disclosureCsvHeader, disclosureStatementSchema } from '../../../calculators/disclosure/index.ts';
import { templateCsv, templateJsonSchema } from '../../../src/lib/data-template.ts';

describe('contributing-data template', () => {
  it('publishes a JSON Schema whose properties are the statement’s fields', () => {
    const schema = JSON.parse(templateJsonSchema()) as {
      title: string;
      type: string;
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.title).toMatch(/Disclosure statement/);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual([...disclosureCsvHeader]);
    expect(schema.required.length).toBeGreaterThan(3);
  });

  it('publishes a CSV header with one worked row that has a cell per column', () => {
    const [header, row, ...rest] = templateCsv('cs-2026-11').trimEnd().split('\n');
    expect(header!.split(',')).toEqual([...disclosureCsvHeader]);
    expect(row).toMatch(/cs-2026-11/);
    expect(rest).toEqual([]);
    expect(Object.keys(disclosureStatementSchema.def.shape)).toEqual([...disclosureCsvHeader]);
  });
});
