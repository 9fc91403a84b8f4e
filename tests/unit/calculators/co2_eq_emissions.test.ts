/**
 * The Hugging Face model-card block `co2_eq_emissions` and the "Environmental impact" section, checked
 * against the shape Hugging Face documents (huggingface.co/docs/hub/model-cards-co2):
 *
 *   co2_eq_emissions:
 *     emissions: number (in grams of CO2)
 *     source: "source of the information …"
 *     training_type: "pre-training or fine-tuning"
 *     geographical_location: "as granular as possible …"
 *     hardware_used: "how much compute and what kind, e.g. 8 v100 GPUs"
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { evaluateTraining, trainingExamples } from '../../../calculators/training/index.ts';
import { evaluateDisclosure, disclosureExamples } from '../../../calculators/disclosure/index.ts';
import {
  environmentalImpactMarkdown,
  hardwareOfTraining,
  modelCardMetadata,
  regionOfGridLabel,
  statementCo2EqEmissions,
  statementImpactFacts,
  trainingCo2EqEmissions,
  trainingImpactFacts,
} from '../../../calculators/disclosure/model-card.ts';

/** The documented shape: nothing else under the key. */
const documentedShape = z.strictObject({
  co2_eq_emissions: z.strictObject({
    emissions: z.number().positive(),
    source: z.string().min(1),
    training_type: z.enum(['pre-training', 'fine-tuning']),
    geographical_location: z.string().min(1).optional(),
    hardware_used: z.string().min(1).optional(),
  }),
});

const context = {
  guidanceVersion: '0.3',
  coefficientSet: 'cs-2026-12',
  permalink: 'https://guidance.example/0.3/training-and-inference/?c=1',
  workTitle: 'Energy use and emissions of generative AI in media',
};

function run(id: keyof typeof trainingExamples) {
  const outcome = evaluateTraining(trainingExamples[id].input, { coefficientSet: 'cs-2026-12' });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

describe('co2_eq_emissions', () => {
  it('is the documented block for a pre-training run, emissions in grams, and parses back as YAML', () => {
    const result = run('bloom');
    const input = trainingExamples.bloom.input;
    const block = trainingCo2EqEmissions(result, context, {
      geographicalLocation: regionOfGridLabel('Grid intensity, France (BLOOM, 2022)'),
      hardwareUsed: hardwareOfTraining(input),
    });
    expect(block.training_type).toBe('pre-training');
    expect(block.geographical_location).toBe('France (BLOOM, 2022)');
    // Grams, two significant figures of the median: BLOOM's training is tens of tonnes.
    expect(block.emissions).toBe(Number(result.emissionsG.total.central.toPrecision(2)));
    expect(block.emissions).toBeGreaterThan(1e7);
    const yaml = modelCardMetadata(block);
    expect(yaml.startsWith('co2_eq_emissions:\n  emissions: ')).toBe(true);
    expect(documentedShape.parse(parse(yaml))).toEqual({ co2_eq_emissions: block });
  });

  it('says fine-tuning for a fine-tuning run and names the compute when the energy was modelled', () => {
    const example = trainingExamples['newsroom-finetune'];
    const block = trainingCo2EqEmissions(run('newsroom-finetune'), context, { hardwareUsed: hardwareOfTraining(example.input) });
    expect(block.training_type).toBe('fine-tuning');
    if (example.input.energy.method === 'accelerator-hours')
      expect(block.hardware_used).toMatch(/accelerator-hours at .* W per accelerator$/);
    expect(documentedShape.safeParse(parse(modelCardMetadata(block))).success).toBe(true);
  });

  it('comes from a training disclosure statement, and not from an inference one', () => {
    const training = evaluateDisclosure(
      { model: 'training', input: trainingExamples['newsroom-finetune'].input },
      { coefficientSet: 'cs-2026-12' },
    );
    const inference = evaluateDisclosure(disclosureExamples['article-drafting-disclosure'].input, { coefficientSet: 'cs-2026-12' });
    if (!training.ok || !inference.ok) throw new Error('examples do not evaluate');
    // Where the run was: the label of its grid coefficient in the set the statement names.
    const block = statementCo2EqEmissions(training.result.statement, context)!;
    expect(block.training_type).toBe('fine-tuning');
    expect(block).toMatchObject({
      geographical_location: 'United Kingdom (EcoLogits mix)',
      hardware_used: hardwareOfTraining(trainingExamples['newsroom-finetune'].input),
    });
    expect(documentedShape.parse(parse(modelCardMetadata(block))).co2_eq_emissions).toEqual(block);
    expect(statementCo2EqEmissions(inference.result.statement, context)).toBeUndefined();
  });

  it('keeps hostile text a plain YAML string', () => {
    const block = trainingCo2EqEmissions(
      run('gpt3'),
      { ...context, permalink: 'x"\n: evil: [1]\n# c' },
      { geographicalLocation: 'a: b\nc' },
    );
    const parsed = documentedShape.parse(parse(modelCardMetadata(block)));
    expect(parsed.co2_eq_emissions.source).toContain('x" : evil: [1] # c');
    expect(parsed.co2_eq_emissions.geographical_location).toBe('a: b c');
  });
});

describe('the "Environmental impact" section', () => {
  it('states the figures with their range, the functional unit, the boundary and the data tier for training', () => {
    const result = run('bloom');
    const text = environmentalImpactMarkdown(trainingImpactFacts(result, trainingExamples.bloom.input, context, 'France (BLOOM, 2022)'));
    expect(text).toMatch(/^## Environmental impact\n\n- \*\*Training emissions:\*\* /);
    expect(text).toContain('- **Functional unit:** one pre-training run');
    expect(text).toMatch(/- \*\*Boundary:\*\* training only \(inference is reported separately\); covers dynamic/);
    expect(text).toMatch(/- \*\*Data tier:\*\* (reported|modelled)/);
    expect(text).toContain('(France (BLOOM, 2022))');
    expect(text).toContain('coefficient set `cs-2026-12`');
  });

  it('for an inference disclosure uses its boundary statement and the likely-range wording', () => {
    const outcome = evaluateDisclosure(disclosureExamples['article-drafting-disclosure'].input, { coefficientSet: 'cs-2026-12' });
    if (!outcome.ok) throw new Error('example does not evaluate');
    const statement = outcome.result.statement;
    const text = environmentalImpactMarkdown(statementImpactFacts(statement, context));
    expect(text).toContain(`- **Functional unit:** ${statement.functionalUnit}`);
    expect(text).toContain(`- **Data tier:** ${statement.dataQualityTier}`);
    expect(text).toMatch(/\(likely range [^)]+\)/);
    expect(text).toMatch(/- \*\*Range:\*\* the likely range is /);
  });
});
