/** Coefficient sets: valid, sourced, immutable once pinned. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  canonicalJson,
  coefficient,
  coefficientSetHash,
  coefficientSetIds,
  getCoefficientSet,
  latestCoefficientSetId,
  legacyMethod,
  listCoefficientSets,
  methodOf,
  registerCoefficientSet,
} from '../../../calculators/coefficients/index.ts';
import { gridPresetIds, mediaPresetIds } from '../../../calculators/coefficients/preset-ids.ts';
import { mediaRowCoefficients, mediaRowPreset, type MediaRow } from '../../../calculators/coefficients/media-rows.ts';
import { networkEnergyWh, networkEnergyWhPerByte } from '../../../calculators/coefficients/network.ts';
import { coefficientSchema, coefficientSetSchema, methodSchema } from '../../../calculators/coefficients/schema.ts';
import { getSource, sourceIds, sources } from '../../../calculators/coefficients/sources.ts';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/coefficient-set-hashes.json'), 'utf8')) as Record<
  string,
  string
>;
// The manifest says which version pins which set, and whether that version is released (frozen) or a draft.
const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../../content/versions.json'), 'utf8')) as {
  versions: { id: string; status: string; released: string; coefficientSet: string }[];
};
const pinOf = (setId: string) => manifest.versions.find((v) => v.coefficientSet === setId);

// Ids the guidance and the engine cite; a removal or a rename would break citations in released text.
const contractSourceIds = [
  'ghg-protocol-scope3',
  'eu-ai-act-2024',
  'google-2024-env',
  'ecologits-2025',
  'ecologits-joss-2025',
  'ecologits-082',
  'elsworth-2025',
  'mistral-2025',
  'luccioni-2024-phh',
  'luccioni-2023-bloom',
  'patterson-2021',
  'strubell-2019',
  'meta-llama2-card',
  'meta-llama3-card',
  'meta-llama31-card',
  'epoch-2025',
  'altman-2025',
  'luccioni-2025-disclosures',
  'jegham-2025',
  'mlenergy-2025',
  'ai-energy-score-2025',
  'gsf-sci-2024',
  'gsf-sci-ai-2026',
  'tomlinson-2024',
  'rockpool-2024',
  'luccioni-2025-jevons',
  'dimpact-2023',
  'carbon-trust-2021',
  'malmodin-2020',
  'iea-2025-energy-ai',
  'iea-2025-electricity',
  'ember-2024',
  'uptime-2024',
  'llopis-2026',
  'ghg-protocol-corporate',
  'ghg-protocol-product',
  'ghg-protocol-scope2',
  'iso-14040',
  'iso-14044',
  'nvidia-h100-pcf',
  'boavizta-api',
  'project-assumption',
  'kaplan-2020',
  'mytton-2022',
];

describe('source registry', () => {
  it('holds exactly the cited ids, each with authors, title, year, venue, a URL or DOI and a note', () => {
    expect([...sourceIds].sort()).toEqual([...contractSourceIds].sort());
    for (const id of sourceIds) {
      const s = getSource(id)!;
      expect(s.id).toBe(id);
      expect(s.authors.length, id).toBeGreaterThan(2);
      expect(s.title.length, id).toBeGreaterThan(5);
      expect(s.year, id).toBeGreaterThan(1990);
      expect(s.venue.length, id).toBeGreaterThan(2);
      if (id !== 'project-assumption') expect(Boolean((s as { url?: string }).url || (s as { doi?: string }).doi), id).toBe(true);
      expect(s.note.length, id).toBeGreaterThan(10);
    }
    // The software paper and the tagged methodology whose coefficients the sets use are two sources.
    expect(sources['ecologits-joss-2025'].doi).toBe('10.21105/joss.07471');
    expect(sources['ecologits-2025'].url).toMatch(/\/tree\/0\.9\.1\//);
  });
});

describe.each(listCoefficientSets().map((set) => [set.id, set] as const))('coefficient set %s', (id, set) => {
  it('validates against the zod schema', () => {
    const parsed = z.safeParse(coefficientSetSchema, set);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  });

  it('cites a known source for every coefficient', () => {
    for (const c of set.coefficients) expect(getSource(c.sourceId), `${c.id} cites ${c.sourceId}`).toBeDefined();
  });

  it('marks every UNVERIFIED or working-group figure as an assumption', () => {
    for (const c of set.coefficients) {
      if (c.trust === 'UNVERIFIED' || c.sourceId === 'project-assumption') expect(c.assumption, c.id).toBe(true);
    }
    for (const device of ['device-laptop-w', 'device-desktop-monitor-w', 'device-smartphone-w']) {
      expect(set.coefficients.find((c) => c.id === device)?.assumption, device).toBe(true);
    }
  });

  it('has unique coefficient ids and presets that point at existing coefficients', () => {
    const ids = new Set(set.coefficients.map((c) => c.id));
    expect(ids.size).toBe(set.coefficients.length);
    for (const g of set.grids) expect(ids.has(g.coefficientId), g.id).toBe(true);
    for (const d of set.devices) expect(ids.has(d.coefficientId), d.id).toBe(true);
    for (const m of set.media)
      for (const ref of [m.requestsPerUnit, m.outputTokensPerRequest, m.inputTokensPerRequest, m.dataBytesPerUnit, m.deviceTimeSPerUnit])
        expect(ids.has(ref), ref).toBe(true);
    for (const k of set.modelClasses) expect(ids.has(k.activeParamsB), k.id).toBe(true);
    const released = [
      'article-drafting',
      'chat-assistant',
      'image-generation',
      'metadata-tagging',
      'summarisation',
      'transcription',
      'translation',
    ];
    // cs-2026-12 adds dubbing, video and audience-scale summaries; a later set never drops a preset.
    expect(set.media.map((m) => m.id).sort()).toEqual(
      id === 'cs-2026-12' ? [...released, 'dubbing-voice', 'reader-summaries', 'video-generation'].sort() : released,
    );
    for (const k of set.modelClasses) for (const ref of k.referenceFigures ?? []) expect(ids.has(ref), ref).toBe(true);
  });

  it('names the version that pins it, as the manifest does', () => {
    const pin = pinOf(id);
    expect(pin, `no version in content/versions.json pins ${id}`).toBeDefined();
    expect(set.pinnedBy).toBe(pin!.id);
  });

  it('was published by the day the version pinning it was released (for a draft, opened): its readers see it from then', () => {
    expect(set.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(set.published <= pinOf(id)!.released, `${id} published ${set.published}`).toBe(true);
  });

  it('is unchanged since a released version pinned it (content hash): a correction is a new set', () => {
    const released = pinOf(id)?.status !== 'draft';
    if (!released) {
      // A draft's set may still change; it is frozen (and its hash added to the fixture) when the draft is released.
      expect(fixture[id], `${id} is pinned by a draft only, so it has no frozen hash yet`).toBeUndefined();
      return;
    }
    expect(fixture[id], `no pinned hash for ${id}: add it to fixtures/coefficient-set-hashes.json on purpose`).toBeDefined();
    expect(coefficientSetHash(set)).toBe(fixture[id]);
  });

  it('is frozen at run time', () => {
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.isFrozen(set.coefficients[0])).toBe(true);
  });
});

describe('set registry', () => {
  it("lists every set, latest (the current version's) cs-2026-11", () => {
    expect(listCoefficientSets().map((s) => s.id)).toEqual(['cs-2025-10', 'cs-2026-11', 'cs-2026-12']);
    expect(latestCoefficientSetId).toBe('cs-2026-11');
    expect(getCoefficientSet()?.id).toBe('cs-2026-11');
    expect(getCoefficientSet('cs-1999-01')).toBeUndefined();
  });

  it('names every set in coefficientSetIds, which the engine and the islands use without loading the sets', () => {
    expect([...coefficientSetIds]).toEqual(listCoefficientSets().map((s) => s.id));
  });

  it('keeps a set registered once: a second copy (fetched data) never replaces it', () => {
    const set = getCoefficientSet('cs-2026-11')!;
    expect(registerCoefficientSet(JSON.parse(JSON.stringify(set)))).toBe(set);
    expect(() => registerCoefficientSet({ ...set, id: 'cs-1999-01' })).toThrow(/coefficientSetIds/);
  });

  it("lists the sets' preset ids in preset-ids.ts, which the input schemas use without loading the sets", () => {
    for (const set of listCoefficientSets())
      expect(
        set.grids.map((g) => g.id),
        set.id,
      ).toEqual([...gridPresetIds]);
    expect([...mediaPresetIds]).toEqual([...new Set(listCoefficientSets().flatMap((set) => set.media.map((m) => m.id)))]);
  });

  it('survives a round trip through JSON unchanged, as the islands fetch it', () => {
    for (const set of listCoefficientSets())
      expect(coefficientSetHash(JSON.parse(JSON.stringify(set))), set.id).toBe(coefficientSetHash(set));
  });

  it('differs between the sets only in the EcoLogits parametric coefficients', () => {
    const a = getCoefficientSet('cs-2025-10')!;
    const b = getCoefficientSet('cs-2026-11')!;
    const changed = b.coefficients
      .filter((c) => JSON.stringify(c) !== JSON.stringify(a.coefficients.find((x) => x.id === c.id)))
      .map((c) => c.id);
    expect(changed.length).toBeGreaterThan(5);
    for (const id of changed) expect(id).toMatch(/^ecologits-/);
    expect(a.coefficients.find((c) => c.id === 'ecologits-quantisation-bits')?.value).toBe(4);
    expect(b.coefficients.find((c) => c.id === 'ecologits-server-embodied-kg')?.value).toBe(5700);
  });

  it('carries the EcoLogits grid zones with their published values', () => {
    const set = getCoefficientSet('cs-2026-11')!;
    const value = (id: string) => set.coefficients.find((c) => c.id === id)?.value;
    expect(value('grid-ecologits-wor')).toBe(473.01);
    expect(value('grid-ecologits-gbr')).toBe(210.89);
    expect(value('grid-ecologits-swe')).toBe(35.82);
    expect(value('grid-ember-2023-world')).toBe(481);
    expect(set.grids.find((g) => g.id === 'grid-market-google-2025')?.basis).toBe('market');
  });

  it('cites Ember itself for its grid intensities from cs-2026-12 on; the pinned sets keep their note and values', () => {
    const ember = (setId: string) => getCoefficientSet(setId)!.coefficients.filter((c) => c.id.startsWith('grid-ember-2023-'));
    const draft = ember('cs-2026-12');
    expect(draft).toHaveLength(12);
    for (const c of draft) {
      expect(c.note, c.id).toMatch(/from Ember’s yearly electricity data/);
      expect(c.note, c.id).not.toMatch(/OWID|Statista|Our World in Data/);
    }
    expect(draft.find((c) => c.id === 'grid-ember-2023-fra')?.note).toMatch(/^Lifecycle intensity of France electricity/);
    for (const setId of ['cs-2025-10', 'cs-2026-11']) {
      expect(ember(setId).map((c) => c.note)).toContain(
        'Lifecycle intensity of France electricity generation in 2023 (Ember, via OWID/Statista).',
      );
      expect(ember(setId).map((c) => [c.id, c.value])).toEqual(draft.map((c) => [c.id, c.value]));
    }
  });
});

describe('network transfer helper', () => {
  it('gives 0.0065 kWh/GB on fixed networks, adding 0.025 with the home router', () => {
    expect(networkEnergyWhPerByte().whPerByte).toBeCloseTo(6.5e-9, 15);
    expect(networkEnergyWhPerByte({ includeHomeRouter: true }).whPerByte).toBeCloseTo(3.15e-8, 15);
    expect(networkEnergyWh(1e9, { access: 'mobile' })).toBeCloseTo(100, 9);
    expect(networkEnergyWh(-5)).toBe(0);
    expect(networkEnergyWh(Number.NaN)).toBe(0);
  });
});

describe('set registry helpers', () => {
  it('find a coefficient by id, and name the set when the id is unknown', () => {
    const set = getCoefficientSet('cs-2026-11')!;
    expect(coefficient(set, 'pue-default').value).toBe(1.2);
    expect(() => coefficient(set, 'no-such-id')).toThrow('Unknown coefficient no-such-id in cs-2026-11');
    expect(() => coefficient(set, 'network-line-mbps')).toThrow('Unknown coefficient network-line-mbps in cs-2026-11');
    expect(coefficient(getCoefficientSet('cs-2026-12')!, 'network-line-mbps').value).toBe(100);
    expect(coefficientSetIds).toEqual(['cs-2025-10', 'cs-2026-11', 'cs-2026-12']);
  });

  it('freeze every set to its leaves', () => {
    const set = getCoefficientSet('cs-2026-12')!;
    expect(Object.isFrozen(set.coefficients)).toBe(true);
    expect(Object.isFrozen(set.media[0])).toBe(true);
    expect(Object.isFrozen(set.method)).toBe(true);
    const ranged = set.coefficients.find((c) => typeof c.value === 'object')!;
    expect(Object.isFrozen(ranged.value)).toBe(true);
    expect(Object.isFrozen(set.modelClasses.find((k) => k.referenceFigures)!.referenceFigures)).toBe(true);
  });

  it('hash the canonical JSON: keys sorted, undefined fields left out, so key order and absent fields do not matter', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, d: { z: 2, y: 1 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"d":{"y":1,"z":2}}',
    );
    expect(canonicalJson('text')).toBe('"text"');
    expect(canonicalJson([])).toBe('[]');
    const set = getCoefficientSet('cs-2026-11')!;
    const reordered = Object.fromEntries(Object.entries(set).reverse());
    expect(coefficientSetHash(reordered as typeof set)).toBe(coefficientSetHash(set));
    expect(coefficientSetHash(set)).toMatch(/^[0-9a-f]{16}$/);
    expect(coefficientSetHash({ ...set, title: `${set.title} ` })).not.toBe(coefficientSetHash(set));
  });

  it('select methods by set: the released sets keep the behaviour they were released with', () => {
    expect(methodOf(getCoefficientSet('cs-2025-10')!)).toBe(legacyMethod);
    expect(legacyMethod).toEqual({
      inputTokens: 'ignored',
      proxy: 'parameter-range',
      bounds: 'uniform-p5-p95',
      counterfactual: 'ai-boundary-only',
      inferenceHandOff: 'lognormal-refit',
    });
    expect(Object.isFrozen(legacyMethod)).toBe(true);
    // The legacy block is itself a valid method block: a set may still name the released behaviour.
    expect(z.safeParse(methodSchema, legacyMethod).success).toBe(true);
    expect(z.safeParse(coefficientSetSchema, { ...getCoefficientSet('cs-2026-11')!, method: legacyMethod }).success).toBe(true);
    expect(methodOf(getCoefficientSet('cs-2026-12')!)).toEqual({
      inputTokens: 'prefill',
      proxy: 'serving-range',
      bounds: 'bound-min-max',
      counterfactual: 'like-for-like',
      inferenceHandOff: 'samples',
      notEstimated: [
        { elements: ['storage', 'retrieval and vector search', 'orchestration and monitoring'], reason: expect.any(String) },
        { elements: ['end of life'], reason: expect.any(String) },
      ],
    });
  });

  it('fall back to the latest set for the network helper when the set is unknown', () => {
    expect(networkEnergyWhPerByte({ coefficientSet: 'cs-1999-01' })).toEqual({
      whPerByte: 6.5e-9,
      coefficientIds: ['network-fixed-kwh-per-gb'],
    });
    expect(networkEnergyWhPerByte({ access: 'mobile', includeHomeRouter: true }).coefficientIds).toEqual([
      'network-mobile-kwh-per-gb',
      'network-home-router-kwh-per-gb',
    ]);
    expect(networkEnergyWh(1e9, { access: 'mobile', includeHomeRouter: true })).toBeCloseTo(125, 9);
    expect(networkEnergyWh(0)).toBe(0);
    expect(networkEnergyWh(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe('media rows', () => {
  const row: MediaRow = {
    id: 'audio-notes',
    label: 'Audio notes',
    unit: 'audio-minute',
    note: 'A minute of notes.',
    requests: { low: 1, high: 2 },
    output: 150,
    input: 0,
    bytes: 1e6,
    deviceS: 60,
  };

  it('become five coefficients, assumptions unless the output tokens cite a source', () => {
    const list = mediaRowCoefficients(row, { inputTokensCounted: false });
    expect(list.map((c) => [c.id, c.label, c.value, c.unit, c.sourceId, c.trust, c.assumption])).toEqual([
      [
        'media-audio-notes-requests',
        'Audio notes: requests per audio minute',
        { low: 1, high: 2 },
        'requests',
        'project-assumption',
        'UNVERIFIED',
        true,
      ],
      [
        'media-audio-notes-output-tokens',
        'Audio notes: output tokens per request',
        150,
        'tokens',
        'project-assumption',
        'UNVERIFIED',
        true,
      ],
      ['media-audio-notes-input-tokens', 'Audio notes: input tokens per request', 0, 'tokens', 'project-assumption', 'UNVERIFIED', true],
      [
        'media-audio-notes-data-bytes',
        'Audio notes: data transferred per audio minute',
        1e6,
        'bytes',
        'project-assumption',
        'UNVERIFIED',
        true,
      ],
      [
        'media-audio-notes-device-time-s',
        'Audio notes: end-user device time per audio minute',
        60,
        's',
        'project-assumption',
        'UNVERIFIED',
        true,
      ],
    ]);
    expect(list[0]!.note).toBe('Assumption. A minute of notes.');
    expect(list[2]!.note).toBe('Assumption: recorded for disclosure; the per-token models count output tokens.');
    expect(list[3]!.note).toBe('Assumption: prompts, answers, uploads and downloads.');
    expect(list[4]!.note).toBe('Assumption: time a person spends prompting and reading, attributable to the AI use.');
    for (const c of list) expect(z.safeParse(coefficientSchema, c).success).toBe(true);
    const counted = mediaRowCoefficients(
      { ...row, outputSource: 'epoch-2025', outputNote: 'Arena average.' },
      { inputTokensCounted: true },
    );
    expect(counted[1]).toEqual({
      id: 'media-audio-notes-output-tokens',
      label: 'Audio notes: output tokens per request',
      value: 150,
      unit: 'tokens',
      year: 2025,
      sourceId: 'epoch-2025',
      note: 'Arena average.',
      trust: 'V-primary',
    });
    expect(counted[2]!.note).toBe('Assumption: the prompt and any document given to the model, counted as prefill compute.');
    expect(mediaRowCoefficients({ ...row, outputSource: 'epoch-2025' }, { inputTokensCounted: true })[1]!.note).toBe('A minute of notes.');
  });

  it('become a preset naming those coefficients', () => {
    expect(mediaRowPreset(row)).toEqual({
      id: 'audio-notes',
      label: 'Audio notes',
      functionalUnit: 'audio-minute',
      requestsPerUnit: 'media-audio-notes-requests',
      outputTokensPerRequest: 'media-audio-notes-output-tokens',
      inputTokensPerRequest: 'media-audio-notes-input-tokens',
      dataBytesPerUnit: 'media-audio-notes-data-bytes',
      deviceTimeSPerUnit: 'media-audio-notes-device-time-s',
      note: 'A minute of notes.',
    });
  });
});

describe('the coefficient schema', () => {
  const valid = {
    id: 'pue-x',
    label: 'PUE x',
    value: 1.2,
    unit: 'ratio',
    year: 2025,
    sourceId: 'epoch-2025',
    note: 'A note.',
    trust: 'V-primary',
  };
  const messages = (c: object) => {
    const parsed = z.safeParse(coefficientSchema, c);
    return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  };

  it('refuses an unverified figure not marked as an assumption, and an inverted range', () => {
    expect(messages(valid)).toEqual([]);
    expect(messages({ ...valid, trust: 'UNVERIFIED' })).toEqual(['A coefficient tagged UNVERIFIED must be marked assumption: true']);
    expect(messages({ ...valid, trust: 'UNVERIFIED', assumption: true })).toEqual([]);
    expect(messages({ ...valid, value: { low: 2, high: 1 } })).toEqual(['A coefficient range must have low <= high']);
    expect(messages({ ...valid, value: { low: 1, high: 1 } })).toEqual([]);
    expect(messages({ ...valid, value: Number.POSITIVE_INFINITY })).toHaveLength(1);
  });

  it('checks ids, years, labels and notes', () => {
    for (const bad of [
      { id: 'PUE' },
      { id: '-pue' },
      { sourceId: 'Epoch 2025' },
      { year: 1989 },
      { year: 2101 },
      { year: 2025.5 },
      { label: 'ab' },
      { note: 'ab' },
      { trust: 'likely' },
    ]) {
      expect(messages({ ...valid, ...bad }).length, JSON.stringify(bad)).toBeGreaterThan(0);
    }
    for (const good of [{ id: '0pue.x-1' }, { year: 1990 }, { year: 2100 }, { label: 'abc' }])
      expect(messages({ ...valid, ...good })).toEqual([]);
    const set = getCoefficientSet('cs-2026-12')!;
    expect(z.safeParse(coefficientSetSchema, { ...set, id: 'cs-2026' }).success).toBe(false);
    expect(z.safeParse(coefficientSetSchema, { ...set, method: { ...set.method, bounds: 'either' } }).success).toBe(false);
  });
});
