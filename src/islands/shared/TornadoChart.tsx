/** Which inputs drive the uncertainty: a tornado chart (SVG bars around the baseline) and its table. */
import type { SensitivityTable } from '../../../calculators/core/result.ts';
import { formatNumber, formatQuantityAt, type Quantity } from '../../../calculators/core/format.ts';

interface Props {
  id: string;
  table: SensitivityTable;
  quantity: Quantity;
  /** How many inputs to show (largest swing first). */
  limit?: number;
}

export function TornadoChart({ id, table, quantity, limit = 8 }: Props) {
  const entries = table.entries.slice(0, limit);
  if (entries.length === 0) {
    return (
      <p className="calc-note">
        No input is given as a range, so there is no uncertainty to attribute. Give a low and a high value to any input to see which drives
        the result.
      </p>
    );
  }
  const values = entries.flatMap((e) => [e.outputAtLow, e.outputAtHigh]).concat(table.baseline);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const x = (v: number) => ((v - lo) / span) * 100;
  // One unit for the whole chart, chosen by its largest magnitude.
  const reference = Math.max(Math.abs(lo), Math.abs(hi));
  const show = (v: number) => formatQuantityAt(quantity, v, reference);
  const title = `What drives the uncertainty in ${table.metric.toLowerCase()}`;
  return (
    <figure className="calc-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}: each input moved from its low to its high value, others at their central values</figcaption>
      <div className="calc-bars" aria-hidden="true">
        {entries.map((entry) => {
          const a = x(Math.min(entry.outputAtLow, entry.outputAtHigh));
          const b = x(Math.max(entry.outputAtLow, entry.outputAtHigh));
          return (
            <div key={entry.path} className="calc-bars__row">
              <span className="calc-bars__label">{entry.label}</span>
              <svg className="calc-bars__track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                <rect className="calc-bar__bg" x="0" y="0" width="100" height="10" />
                <rect className="calc-bar" x={a} y="1" width={Math.max(0.8, b - a)} height="8" />
                <line
                  className="calc-central"
                  x1={x(table.baseline)}
                  x2={x(table.baseline)}
                  y1="0"
                  y2="10"
                  vectorEffect="non-scaling-stroke"
                />
              </svg>
              <span className="calc-bars__value">± {show(entry.swing / 2)}</span>
            </div>
          );
        })}
      </div>
      <table className="calc-table" tabIndex={0} id={`${id}-table`}>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Input range</th>
            <th scope="col">Result at low</th>
            <th scope="col">Result at high</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.path}>
              <th scope="row">{entry.label}</th>
              <td>
                {formatNumber(entry.inputLow)}–{formatNumber(entry.inputHigh)} {entry.unit}
              </td>
              <td>{show(entry.outputAtLow)}</td>
              <td>{show(entry.outputAtHigh)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
