/** Build-time props of the counterfactual comparison island. */
import { devicePresets, gridPresets } from '../../../calculators/coefficients/shared.ts';
import { counterfactualExamples, counterfactualFields } from '../../../calculators/counterfactual/index.ts';
import type { CounterfactualInput, CounterfactualResult } from '../../../calculators/counterfactual/index.ts';
import { inferenceFields } from '../../../calculators/inference/index.ts';
import { islandContext, islandProps, requireExample, type VersionInfo } from '../shared/server.ts';
import type { FieldDef, IslandProps } from '../shared/types.ts';
import { engine } from './engine.ts';

export function counterfactualFieldDefs(): FieldDef[] {
  const f = counterfactualFields;
  const num = (path: string, spec: { label: string; unit: string; min: number; max: number }, help: string, extra: Partial<FieldDef> = {}): FieldDef =>
    ({ kind: 'number', path, label: spec.label, unit: spec.unit, min: spec.min, max: spec.max, range: true, help, ...extra }) as FieldDef;
  const devices = devicePresets.map((d) => ({ value: d.id, label: d.label }));
  return [
    num('rebound', f.rebound, 'AI tasks per task replaced: 1 means no rebound; 1.5 means half as many tasks again because they became cheap.', { optional: true, defaultHint: '1' }),
    num('ai.inference.requestsPerUnit', { ...inferenceFields.requestsPerUnit, label: 'Prompts per task' }, 'Requests to the model for one task (the preset assumes 3–10 for an article).', { optional: true, defaultHint: 'preset' }),
    num('ai.reviewTimeH', f.reviewTimeH, 'Time a person spends checking and editing the AI output, on their device.', { optional: true }),
    { kind: 'select', path: 'ai.device.type', label: 'Device used with the AI', optional: true, help: 'Device power is an assumption (laptop 30 W).', options: devices },
    num('baseline.humanTimeH', f.humanTimeH, 'Time the task takes without AI.'),
    { kind: 'select', path: 'baseline.device.type', label: 'Device used without AI', optional: true, help: 'Use the same device on both sides unless the workflow really changes it.', options: devices },
    num('volume.tasksPerPeriod', f.tasksPerPeriod, 'Tasks per month before any rebound.', { optional: true }),
    { kind: 'select', path: 'grid.preset', label: 'Electricity grid', optional: true, help: 'Grid of the people doing the work.', options: gridPresets.map((g) => ({ value: g.id, label: g.region })) },
    num('topDown.wordsPerPage', { ...f.wordsPerPage, label: 'Words per task (top-down method)' }, 'Words written in one task, for the top-down comparison only.', { optional: true, range: false, defaultHint: '250' }),
  ];
}

export function counterfactualProps(exampleId: string, version: VersionInfo, site?: string): IslandProps<CounterfactualInput, CounterfactualResult> {
  const example = requireExample<CounterfactualInput>('counterfactual', counterfactualExamples, exampleId);
  // The island always shows the top-down method beside the marginal one, for the same number of words.
  const words = /(\d[\d,]*)-word/.exec(example.input.task ?? '')?.[1];
  const input: CounterfactualInput = example.input.topDown ? example.input : { ...example.input, topDown: words ? { wordsPerPage: Number(words.replace(/,/g, '')) } : {} };
  const context = islandContext({
    island: 'counterfactual',
    title: 'Counterfactual comparison',
    exampleId,
    version,
    methodology: { slug: 'counterfactuals-and-rebound', label: 'Counterfactuals and rebound' },
    site,
  });
  return islandProps(context, counterfactualFieldDefs(), input, engine);
}
