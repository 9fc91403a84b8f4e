/**
 * The disclosure builder discloses a training or fine-tuning run as well as an inference estimate: the
 * training model loads only for a training statement, and such a statement offers the model card's
 * co2_eq_emissions block with where the run was and on what compute.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import '../../../calculators/coefficients/index.ts';
import { disclosureExamples, type DisclosureInput } from '../../../calculators/disclosure/index.ts';
import { engine, TRAINING_NOT_LOADED } from '../../../src/islands/disclosure-builder/engine.ts';
import { statementRecords } from '../../../src/islands/disclosure-builder/DisclosureBuilder.tsx';
import { trainingExamples } from '../../../calculators/training/index.ts';

const SET = 'cs-2026-12';
const trainingStart = trainingExamples['newsroom-finetune'].input;
const training: DisclosureInput = { model: 'training', input: trainingStart, guidanceVersion: '0.3' }; // as prepare.ts starts one
const labels = (records: { label: string }[]) => records.map((r) => r.label);

describe('disclosure builder', () => {
  it('runs an inference statement without the training model, and offers no co2_eq_emissions block for it', async () => {
    const input = disclosureExamples['article-drafting-disclosure'].input;
    await engine.ready?.(input);
    // Before it has loaded (or when it cannot be fetched) the choice of statement says so, not that training is not allowed.
    expect(engine.run(training, SET)).toEqual({ ok: false, errors: [{ path: 'model', message: TRAINING_NOT_LOADED }] });
    const outcome = engine.run(input, SET);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(labels(statementRecords(outcome.view, 'https://x.example/'))).toEqual(['“Environmental impact” section']);
  });

  it('loads the training model for a training statement, then offers the block with location and hardware', async () => {
    await engine.ready?.(training);
    const outcome = engine.run(training, SET);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.view.statement.model).toBe('training');
    // The page's coefficients, as the island holds them, name the grid.
    const records = statementRecords(outcome.view, 'https://x.example/0.3/?c=1');
    expect(labels(records)).toEqual(['model-card metadata (co2_eq_emissions)', '“Environmental impact” section']);
    const block = parse(await records[0]!.text()).co2_eq_emissions;
    expect(Object.keys(block)).toEqual(['emissions', 'source', 'training_type', 'geographical_location', 'hardware_used']);
    expect(block).toMatchObject({
      training_type: 'fine-tuning',
      geographical_location: 'United Kingdom (EcoLogits mix)',
      hardware_used: '16 to 64 accelerator-hours at 700 W per accelerator',
    });
    expect(block.emissions).toBe(Number(outcome.view.statement.results[1]!.value.central.toPrecision(2)));
  });

  it('says beside the field what a run is missing', async () => {
    const input = { ...training, input: { ...trainingStart, energy: { method: 'accelerator-hours', powerPerAcceleratorW: 700 } } };
    await engine.ready?.(input as DisclosureInput);
    const outcome = engine.run(input as DisclosureInput, SET);
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.path)).toEqual(['input.energy.acceleratorHours']);
  });
});
