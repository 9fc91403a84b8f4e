/** The observation template, its row checks, identifying content, anonymising and pooling. */
import { describe, expect, it } from 'vitest';
import {
  aggregateContributions,
  aggregateMarkdown,
  anonymise,
  defaultAnonymiseOptions,
  exampleObservation,
  identifyingScanner,
  observationColumns,
  observationJsonSchema,
  observationSchema,
  observationsCsv,
  redact,
  rowChecker,
  summaryLines,
  findingLabels,
  type Observation,
} from '../../../calculators/contribution/index.ts';

const csvRecord = (o: Observation): Record<string, string> =>
  Object.fromEntries(
    observationColumns.map((k) => [k, o[k] === undefined ? '' : Array.isArray(o[k]) ? (o[k] as string[]).join(';') : String(o[k])]),
  );

describe('the observation template', () => {
  it('has its example pass, and a JSON Schema with every column', () => {
    expect(observationSchema.safeParse(exampleObservation).success).toBe(true);
    const schema = observationJsonSchema() as {
      properties: { observations: { items: { properties: Record<string, unknown>; required: string[] } } };
    };
    const item = schema.properties.observations.items;
    expect(Object.keys(item.properties)).toEqual(observationColumns);
    expect(item.required).toEqual(
      expect.arrayContaining(['useCase', 'functionalUnit', 'energyPerUnit', 'energyUnit', 'dataTier', 'boundaryCovered']),
    );
    expect(item.required).not.toContain('notes');
  });

  it('reads a CSV row, and reports errors by column without repeating the input', () => {
    const check = rowChecker();
    expect(check(csvRecord(exampleObservation), 2, 'csv')).toMatchObject({
      row: 2,
      observation: exampleObservation,
      issues: [],
      findings: [],
    });
    const bad = check(
      {
        ...csvRecord(exampleObservation),
        energyPerUnit: '12 Wh',
        energyUnit: 'kW',
        periodEnd: '2026-02-30',
        boundaryCovered: 'accelerators;gpu',
      },
      7,
      'csv',
    );
    expect(bad.observation).toBeUndefined();
    expect(bad.issues.map((i) => [i.row, i.column, i.severity])).toEqual([
      [7, 'energyPerUnit', 'error'],
      [7, 'energyUnit', 'error'],
      [7, 'periodEnd', 'error'],
      [7, 'boundaryCovered', 'error'],
    ]);
    expect(bad.issues.find((i) => i.column === 'energyUnit')!.message).toBe('Energy unit must be one of: Wh, kWh, mWh, J');
    for (const issue of bad.issues) expect(issue.message).not.toMatch(/12 Wh|kW\b|gpu/);
  });

  it('flags a plausible-looking but implausible value as a warning, and refuses one that cannot be per unit', () => {
    const check = rowChecker();
    const high = check({ ...csvRecord(exampleObservation), energyPerUnit: '9', energyUnit: 'kWh' }, 3, 'csv');
    expect(high.observation).toBeDefined();
    expect(high.issues).toEqual([expect.objectContaining({ column: 'energyPerUnit', severity: 'warning' })]);
    const impossible = check({ ...csvRecord(exampleObservation), energyPerUnit: '20', energyUnit: 'MWh' }, 4, 'csv');
    expect(impossible.issues[0]).toMatchObject({ column: 'energyUnit', severity: 'error' });
    const tooMuch = check({ ...csvRecord(exampleObservation), energyPerUnit: '20000', energyUnit: 'kWh' }, 5, 'csv');
    expect(tooMuch.issues[0]).toMatchObject({ column: 'energyPerUnit', severity: 'error' });
  });

  it('refuses markup in text and treats JSON rows strictly', () => {
    const check = rowChecker();
    const markup = check({ ...exampleObservation, notes: '<img src=x onerror=alert(1)>' }, 1, 'json');
    expect(markup.issues[0]).toMatchObject({ column: 'notes', severity: 'error' });
    expect(check({ ...exampleObservation, energyPerUnit: '0.42' }, 2, 'json').issues[0]).toMatchObject({ column: 'energyPerUnit' });
    expect(check(null as never, 3, 'json').issues[0]!.column).toBe('(row)');
  });
});

describe('identifying content', () => {
  const scan = identifyingScanner({ organisations: ['Daily Bugle', 'ACME'] });
  const kinds = (text: string) => scan(text).map((f) => f.kind);

  it('finds e-mail addresses, addresses, keys, ids, organisations and names', () => {
    expect(kinds('Ask jane.doe@example.org')).toEqual(['email']);
    expect(kinds('See https://intranet.example/x')).toEqual(['url']);
    expect(kinds('key sk-proj-abcdefghijklmnop1234567890')).toEqual(['api-key']);
    expect(kinds('AKIAIOSFODNN7EXAMPLE')).toEqual(['api-key']);
    expect(kinds('sub 3f2504e0-4f89-11d3-9a0c-0305e82c3301')).toEqual(['account-id']);
    expect(kinds('account 123456789012')).toEqual(['account-id']);
    expect(kinds('deployment_id: prod-east-7')).toEqual(['account-id']);
    expect(kinds('served from 10.2.33.4')).toEqual(['ip-address']);
    expect(kinds('Measured for the daily bugle newsroom')).toEqual(['organisation']);
    expect(kinds('Measured by Jane Smith in September')).toEqual(['personal-name']);
    expect(kinds('Dr Okafor checked it')).toEqual(['personal-name']);
  });

  it('leaves ordinary notes alone', () => {
    expect(kinds('Metered energy of the Google Cloud servers in September, divided by minutes transcribed.')).toEqual([]);
    expect(kinds('Llama 3.1 70B on H100 at batch size 8; PUE 1.2 from the data centre.')).toEqual([]);
  });

  it('redacts what it finds', () => {
    const text = 'Contact jane.doe@example.org or Jane Smith.';
    expect(redact(text, scan(text))).toBe('Contact [removed] or [removed].');
  });
});

describe('anonymising', () => {
  it('drops, redacts, generalises, rounds and buckets, and says what it did', () => {
    const check = rowChecker();
    const rows = [
      check(
        {
          ...csvRecord(exampleObservation),
          notes: 'Ask jane.doe@example.org',
          region: 'eu-west-2',
          modelName: 'Llama 3.1 8B',
          energyPerUnit: '0.4234',
        },
        2,
        'csv',
      ),
      check({ ...csvRecord(exampleObservation), energyUnit: 'kW' }, 3, 'csv'),
    ];
    const { observations, summary } = anonymise(
      rows,
      rows.flatMap((r) => r.findings),
      { ...defaultAnonymiseOptions, dropColumns: ['modelName'], generaliseRegion: true, significantFigures: 2 },
    );
    expect(observations).toHaveLength(1);
    expect(observations[0]).toMatchObject({
      notes: 'Ask [removed]',
      region: 'EU',
      energyPerUnit: 0.42,
      periodStart: '2026-09',
      periodEnd: '2026-09',
    });
    expect(observations[0]!.modelName).toBeUndefined();
    expect(observationSchema.safeParse(observations[0]).success).toBe(true);
    const lines = summaryLines(summary, (k) => findingLabels[k as keyof typeof findingLabels]);
    expect(lines).toEqual([
      '1 of 2 observations kept.',
      'Left out because they have errors: row 3.',
      'Columns removed: modelName.',
      'Removed an e-mail address from notes: row 2.',
      'region: 1 value generalised to its first part.',
      'gridIntensityGPerKWh: 1 value rounded to 2 significant figures.',
      'energyPerUnit: 1 value rounded to 2 significant figures.',
      'periodStart: 1 value bucketed to its month.',
      'periodEnd: 1 value bucketed to its month.',
    ]);
    const csv = observationsCsv(observations);
    expect(csv.split('\r\n')[0]).toBe(observationColumns.join(','));
    expect(csv).not.toContain('jane');
  });

  it('neutralises spreadsheet formulae in the CSV and reads them back unchanged', () => {
    const csv = observationsCsv([{ ...exampleObservation, notes: '=HYPERLINK("x")' }]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const values = csv.split('\r\n')[1]!;
    expect(values).toMatch(/^transcription,audio-minute,/);
  });
});

describe('pooling contributions (CON-2)', () => {
  const at = (energyPerUnit: number, extra: Partial<Observation> = {}): Observation => ({ ...exampleObservation, energyPerUnit, ...extra });

  it('publishes the median and P5-P95 of a group of three contributors, and withholds smaller groups', () => {
    const report = aggregateContributions(
      [
        { name: 'c-1', observations: [at(0.3, { unitsInPeriod: 100 }), at(0.5, { unitsInPeriod: 100 })] },
        { name: 'c-2', observations: [at(0.4, { unitsInPeriod: 100 })] },
        { name: 'c-3', observations: [at(0.6, { unitsInPeriod: 100 }), at(0.2, { unitsInPeriod: 100, dataTier: 'reported' })] },
      ],
      { generated: '2026-12-01' },
    );
    expect(report.groups).toHaveLength(2);
    const measured = report.groups.find((g) => g.dataTier === 'measured')!;
    expect(measured).toMatchObject({
      observations: 4,
      contributors: 3,
      publishable: true,
      volumeBasis: 'unitsInPeriod',
      energyWhPerUnit: { median: 0.5, p5: 0.3, p95: 0.6 },
      minimumBoundaryShare: 1,
    });
    const reported = report.groups.find((g) => g.dataTier === 'reported')!;
    expect(reported.publishable).toBe(false);
    expect(reported.energyWhPerUnit).toBeUndefined();
    const md = aggregateMarkdown(report);
    expect(md).toContain('| transcription | audio-minute | measured | 4 | 3 | 0.5 Wh (0.3 to 0.6 Wh) | 100 % |');
    expect(md).toContain('- transcription, audio-minute, reported: 1 observation; pools 1 contributor; at least 3 are needed (CON-2).');
  });

  it('withholds a group where one contributor supplies more than half of the volume', () => {
    const report = aggregateContributions(
      [
        { name: 'a', observations: [at(0.3, { unitsInPeriod: 1000 })] },
        { name: 'b', observations: [at(0.4, { unitsInPeriod: 100 })] },
        { name: 'c', observations: [at(0.5, { unitsInPeriod: 100 })] },
      ],
      { generated: '2026-12-01' },
    );
    expect(report.groups[0]).toMatchObject({
      publishable: false,
      withheldReason: 'one contributor supplies 83 % of the volume; at most half is allowed (CON-2)',
    });
  });
});
