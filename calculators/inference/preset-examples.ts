/**
 * The worked example that models a media preset with a given coefficient set: the newest one that
 * applies (0.3's speech model over 0.2's language-model stand-in for transcription). Examples that set
 * their own requests per unit (a scenario such as summaries per reader view) are not a preset's example.
 */
import { appliesTo } from '../core/example.ts';
import { inferenceExamples } from './examples.ts';
import type { InferenceInput } from './schema.ts';

export function presetExample(presetId: string, coefficientSet: string): { id: string; input: InferenceInput } | undefined {
  const candidates = Object.entries(inferenceExamples)
    .map(([id, example]) => ({ id, example: example as { input: InferenceInput; since?: string } }))
    .filter(
      ({ example }) =>
        example.input.preset === presetId && example.input.requestsPerUnit === undefined && appliesTo(example, coefficientSet),
    );
  const newest = candidates.sort((a, b) => (b.example.since ?? '').localeCompare(a.example.since ?? ''))[0];
  return newest ? { id: newest.id, input: newest.example.input } : undefined;
}
