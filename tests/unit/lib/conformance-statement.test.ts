/** The conformance statement: its forms, its JSON Schema, reading one back and mapping an earlier version's. */
import { describe, expect, it } from 'vitest';
import {
  conformanceStatementJsonSchema,
  readStatement,
  statementCsv,
  statementJson,
  statementMarkdown,
  statementOf,
  type AssessmentPageData,
  type AssessmentState,
} from '../../../src/lib/conformance-statement.ts';

const page: AssessmentPageData = {
  version: { id: '0.3', status: 'draft' },
  provisions: [
    { id: 'GEN-1', level: 'shall', title: 'Claiming to follow this guidance' },
    { id: 'BND-1', level: 'shall', title: 'Minimum boundary for inference' },
    { id: 'BND-4', level: 'should', title: 'Storage, retrieval and orchestration' },
  ],
  earlier: [
    { id: '0.2', map: { '1.1': ['GEN-1'], '1.3': [], '2.3': ['BND-1'], '3.14': ['BND-1'] }, retired: { '1.3': 'Now explanatory text.' } },
  ],
};
const state: AssessmentState = {
  organisation: 'Example News',
  assessed: '2026-12-01',
  answers: {
    'GEN-1': { status: 'partly-met', note: 'Two | provisions =not yet listed\nsee board paper', evidence: 'https://intranet.example/a|b' },
    'BND-4': { status: 'not-applicable', evidence: 'Board paper 2026-14' },
  },
};

describe('conformance statement', () => {
  const statement = statementOf(state, page);

  it('names the version and every provision, "not assessed" where there is no answer', () => {
    expect(statement.guidanceVersion).toBe('0.3');
    expect(statement.provisions.map((p) => [p.id, p.status])).toEqual([
      ['GEN-1', 'partly-met'],
      ['BND-1', 'not-assessed'],
      ['BND-4', 'not-applicable'],
    ]);
  });

  it('writes Markdown with escaped cells, and CSV and JSON that read back to the same state', () => {
    const md = statementMarkdown(statement);
    expect(md).toContain(
      '| GEN-1 | shall | Claiming to follow this guidance | Partly met | Two \\| provisions =not yet listed<br>see board paper | <https://intranet.example/a%7Cb> |',
    );
    expect(md).toContain('Provisions: 3; met 0, partly met 1, not met 0, not applicable 1, not assessed 1.');
    const fromJson = readStatement(
      statementJson(statement, 'https://site.example/downloads/conformance-statement.schema.json'),
      's.json',
      page,
    );
    const fromCsv = readStatement(statementCsv(statement), 's.csv', page);
    expect(fromJson).toEqual({ ok: true, state, from: '0.3', mapped: false, notes: [] });
    expect(fromCsv).toEqual(fromJson);
  });

  it('publishes a JSON Schema with the statuses and the evidence pattern', () => {
    const schema = conformanceStatementJsonSchema() as {
      properties: { provisions: { items: { properties: { status: { enum: string[] }; evidence: { pattern: string } } } } };
    };
    const item = schema.properties.provisions.items.properties;
    expect(item.status.enum).toEqual(['met', 'partly-met', 'not-met', 'not-applicable', 'not-assessed']);
    expect(new RegExp(item.evidence.pattern).test('javascript:alert(1)')).toBe(false);
    expect(new RegExp(item.evidence.pattern).test('https://example.org/x')).toBe(true);
  });

  it('refuses what is malformed, hostile or for another version, with a message', () => {
    const json = (value: unknown) => JSON.stringify(value);
    const refusals = [
      readStatement('{"guidanceVersion": ', 's.json', page),
      readStatement('[1,2]', 's.json', page),
      readStatement(json({ ...statement, provisions: [{ id: 'GEN-1', status: 'done' }] }), 's.json', page),
      readStatement(json({ ...statement, provisions: [{ id: 'GEN-1', status: 'met', evidence: 'javascript:alert(1)' }] }), 's.json', page),
      readStatement(json({ ...statement, provisions: [{ id: '<img src=x>', status: 'met' }] }), 's.json', page),
      readStatement(
        json({
          ...statement,
          provisions: [
            { id: 'GEN-1', status: 'met' },
            { id: 'GEN-1', status: 'met' },
          ],
        }),
        's.json',
        page,
      ),
      readStatement(json({ ...statement, guidanceVersion: '0.4' }), 's.json', page),
      readStatement('x'.repeat(2_000_001), 's.json', page),
      readStatement('a,b\n1,2\n', 's.csv', page),
    ];
    for (const outcome of refusals) expect(outcome.ok, JSON.stringify(outcome)).toBe(false);
    expect(refusals.map((o) => (o.ok ? '' : o.message))).toEqual([
      'The file is not valid JSON: choose the JSON or CSV file the explorer exported',
      'The file is not a conformance statement: it has no guidanceVersion and provisions',
      'The statement cannot be imported: Provision GEN-1: Status must be one of: met, partly-met, not-met, not-applicable, not-assessed.',
      'The statement cannot be imported: Provision GEN-1: Evidence must be a web address starting with https:// (or http://), or a document reference without a scheme.',
      'The statement cannot be imported: Provision 1: A provision id looks like BND-3 (or 2.3 in version 0.2).',
      'The statement cannot be imported: Provision GEN-1: Provision GEN-1 is listed twice.',
      'This statement is for version 0.4 of the guidance; this page is version 0.3. Import it on the requirements page of version 0.4, or export a statement for this version.',
      'The file is larger than a conformance statement can be (2 MB): choose the JSON or CSV file the explorer exported',
      'The CSV file has no guidanceVersion, id, status column: export the statement again from the explorer',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('maps an earlier version’s statement to this version’s ids, cautiously, and lists the rest', () => {
    const old = json({
      schemaVersion: '1.0',
      guidanceVersion: '0.2',
      assessed: '2026-06-01',
      provisions: [
        { id: '1.1', status: 'met', evidence: 'https://example.org/report' },
        { id: '1.3', status: 'met' },
        { id: '2.3', status: 'met', note: 'Full boundary.' },
        { id: '3.14', status: 'not-met' },
        { id: '9.9', status: 'met' },
      ],
    });
    const outcome = readStatement(old, 'old.json', page);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.mapped).toBe(true);
    expect(outcome.state.answers).toEqual({
      'GEN-1': { status: 'met', evidence: 'https://example.org/report' },
      'BND-1': { status: 'partly-met', note: '[2.3: met] Full boundary.\n[3.14: not met]' },
    });
    expect(outcome.notes.slice(1)).toEqual([
      'Not carried over (no provision of version 0.3 replaces them): 1.3 (retired: Now explanatory text.).',
      'Not provisions of version 0.2 (left out): 9.9.',
      'New in version 0.3 or without an earlier answer, so not assessed: BND-4.',
    ]);
  });
});

function json(value: unknown): string {
  return JSON.stringify(value);
}
