/** Every numeric input with its value and where it came from: the reader, the worked example or preset, a default. */
import type { InputRecord } from '../../../calculators/core/result.ts';
import { formatNumber } from '../../../calculators/core/format.ts';
import { readerOrigin, type ReaderOrigin } from './used-values.ts';

const originText: Record<ReaderOrigin, string> = {
  entered: 'you entered',
  supplied: 'worked example',
  default: 'default',
  preset: 'preset',
  computed: 'computed by the model',
};

export function valueText(value: InputRecord['value']): string {
  return typeof value === 'number' ? formatNumber(value) : `${formatNumber(value.low)}–${formatNumber(value.high)}`;
}

/** The caption of an island's inputs when it opens at a worked example, as most do. */
const WORKED_EXAMPLE_CAPTION = 'Inputs: what you entered, and what comes from the worked example or defaults';

interface Props {
  inputs: InputRecord[];
  caption?: string;
  /** Draft keys and choices the reader set (CalculatorState.typed). */
  typed: ReadonlySet<string>;
  /** Where these records sit in the island's input (the counterfactual's AI step: "ai.inference."). */
  prefix?: string;
  /** How values the reader did not set are described; "worked example" unless the form started from something else. */
  startedFrom?: string;
}

export function InputsTable({ inputs, caption = WORKED_EXAMPLE_CAPTION, typed, prefix = '', startedFrom }: Props) {
  const text = (origin: ReaderOrigin) => (origin === 'supplied' && startedFrom ? startedFrom : originText[origin]);
  return (
    <table className="calc-table" tabIndex={0}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Input</th>
          <th scope="col">Value</th>
          <th scope="col">Origin</th>
        </tr>
      </thead>
      <tbody>
        {inputs.map((input, index) => (
          <tr key={`${input.path}-${index}`}>
            <th scope="row">{input.label}</th>
            <td>
              {valueText(input.value)} {input.unit}
            </td>
            <td>
              {text(readerOrigin(input, typed, prefix))}
              {input.assumption ? (
                <>
                  {' '}
                  <span className="assumption-tag">assumption</span>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
