/**
 * A media preset written as one row (typical quantities of one functional unit), and the coefficients
 * and preset it becomes. Every set's presets are rows, so each set's list reads as a table.
 */
import type { Coefficient, MediaPreset } from './schema.ts';

export interface MediaRow {
  id: string;
  label: string;
  unit: MediaPreset['functionalUnit'];
  note: string;
  requests: Coefficient['value'];
  output: Coefficient['value'];
  input: Coefficient['value'];
  bytes: Coefficient['value'];
  deviceS: Coefficient['value'];
  /** A source for the output tokens when they are not a working-group assumption. */
  outputSource?: string;
  outputNote?: string;
}

const assumption = (c: Omit<Coefficient, 'trust' | 'assumption' | 'sourceId'>): Coefficient => ({
  ...c,
  sourceId: 'project-assumption',
  trust: 'UNVERIFIED',
  assumption: true,
});

/** The five coefficients of a row. `inputTokensCounted`: whether the set's methods count input tokens. */
export function mediaRowCoefficients(row: MediaRow, { inputTokensCounted }: { inputTokensCounted: boolean }): Coefficient[] {
  const per = row.unit.replace('-', ' ');
  return [
    assumption({
      id: `media-${row.id}-requests`,
      label: `${row.label}: requests per ${per}`,
      value: row.requests,
      unit: 'requests',
      year: 2025,
      note: `Assumption. ${row.note}`,
    }),
    row.outputSource
      ? {
          id: `media-${row.id}-output-tokens`,
          label: `${row.label}: output tokens per request`,
          value: row.output,
          unit: 'tokens',
          year: 2025,
          sourceId: row.outputSource,
          note: row.outputNote ?? row.note,
          trust: 'V-primary',
        }
      : assumption({
          id: `media-${row.id}-output-tokens`,
          label: `${row.label}: output tokens per request`,
          value: row.output,
          unit: 'tokens',
          year: 2025,
          note: `Assumption. ${row.note}`,
        }),
    assumption({
      id: `media-${row.id}-input-tokens`,
      label: `${row.label}: input tokens per request`,
      value: row.input,
      unit: 'tokens',
      year: 2025,
      note: inputTokensCounted
        ? 'Assumption: the prompt and any document given to the model, counted as prefill compute.'
        : 'Assumption: recorded for disclosure; the per-token models count output tokens.',
    }),
    assumption({
      id: `media-${row.id}-data-bytes`,
      label: `${row.label}: data transferred per ${per}`,
      value: row.bytes,
      unit: 'bytes',
      year: 2025,
      note: 'Assumption: prompts, answers, uploads and downloads.',
    }),
    assumption({
      id: `media-${row.id}-device-time-s`,
      label: `${row.label}: end-user device time per ${per}`,
      value: row.deviceS,
      unit: 's',
      year: 2025,
      note: 'Assumption: time a person spends prompting and reading, attributable to the AI use.',
    }),
  ];
}

export function mediaRowPreset(row: MediaRow): MediaPreset {
  return {
    id: row.id,
    label: row.label,
    functionalUnit: row.unit,
    requestsPerUnit: `media-${row.id}-requests`,
    outputTokensPerRequest: `media-${row.id}-output-tokens`,
    inputTokensPerRequest: `media-${row.id}-input-tokens`,
    dataBytesPerUnit: `media-${row.id}-data-bytes`,
    deviceTimeSPerUnit: `media-${row.id}-device-time-s`,
    note: row.note,
  };
}
