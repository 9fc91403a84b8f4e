/** Every numeric input with its value and whether the reader supplied it or it is a default. */
import type { InputRecord } from '../../../calculators/core/result.ts';
import { formatNumber } from '../../../calculators/core/format.ts';

const originText: Record<InputRecord['origin'], string> = {
  supplied: 'you supplied',
  default: 'default',
  preset: 'preset',
  computed: 'computed by the model',
};

export function valueText(value: InputRecord['value']): string {
  return typeof value === 'number' ? formatNumber(value) : `${formatNumber(value.low)}–${formatNumber(value.high)}`;
}

export function InputsTable({ inputs, caption }: { inputs: InputRecord[]; caption: string }) {
  return (
    <table className="calc-table" tabIndex={0}>
      <caption>{caption}</caption>
      <thead><tr><th scope="col">Input</th><th scope="col">Value</th><th scope="col">Origin</th></tr></thead>
      <tbody>
        {inputs.map((input, index) => (
          <tr key={`${input.path}-${index}`}>
            <th scope="row">{input.label}</th>
            <td>{valueText(input.value)} {input.unit}</td>
            <td>{originText[input.origin]}{input.assumption ? <> <span className="assumption-tag">assumption</span></> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
