/** Disclosure statement: its schema, JSON Schema, CSV template and Markdown. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  disclosureCsv, disclosureCsvHeader, disclosureExamples, disclosureJsonSchema, disclosureStatementSchema, evaluateDisclosure,
} from '../../../calculators/disclosure/index.ts';

describe('disclosure', () => {
  for (const [id, example] of Object.entries(disclosureExamples)) {
    it(`${id}: the statement validates against its own schema and renders`, () => {
      const outcome = evaluateDisclosure(example.input);
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      const { statement, markdown } = outcome.result;
      expect(z.safeParse(disclosureStatementSchema, statement).success).toBe(true);
      expect(statement.coefficientSet).toBe('cs-2026-11');
      expect(statement.guidanceVersion).toBe('0.2');
      expect(statement.boundary.included.length).toBeGreaterThan(0);
      expect(statement.results.length).toBeGreaterThan(1);
      expect(markdown).toMatch(/^# /);
      expect(markdown).toContain('## Boundary');
      expect(markdown).toContain('Excluded');
      const csv = disclosureCsv(statement).trim().split('\n');
      expect(csv).toHaveLength(2);
      expect(csv[0]).toBe(disclosureCsvHeader.join(','));
    });
  }

  it('article-drafting-disclosure lists assumptions and data tiers per input', () => {
    const outcome = evaluateDisclosure(disclosureExamples['article-drafting-disclosure'].input);
    if (!outcome.ok) throw new Error('failed');
    const s = outcome.result.statement;
    expect(s.dataQualityTier).toBe('proxy');
    expect(s.inputs.some((i) => i.dataTier === 'assumption')).toBe(true);
    expect(s.boundary.modelled).toContain('Network transfer');
    expect(s.assumptions.join(' ')).toMatch(/flagged/);
  });

  it('pins guidance 0.1 for cs-2025-10', () => {
    const outcome = evaluateDisclosure(disclosureExamples['gemini-median-disclosure'].input, { coefficientSet: 'cs-2025-10' });
    expect(outcome.ok && outcome.result.statement.guidanceVersion).toBe('0.1');
  });

  it('exports a JSON Schema of the statement and a CSV header from the same schema', () => {
    const schema = disclosureJsonSchema();
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties as object)).toEqual(disclosureCsvHeader);
    expect(disclosureCsvHeader).toContain('boundary');
    expect(disclosureCsvHeader).toContain('guidanceVersion');
  });

  it('reports nested model errors with the input path', () => {
    const outcome = evaluateDisclosure({ model: 'training', input: { energy: { method: 'reported', energyMWh: -1 } } });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors[0]?.path).toBe('input.energy.energyMWh');
  });
});
