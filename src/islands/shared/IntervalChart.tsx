/** Central values with P5–P95 whiskers on a shared log scale (SVG), plus the table of the same figures. */
import type { Interval } from '../../../calculators/core/result.ts';
import { formatQuantity, formatRange, rangeEnds, roundSignificant, type Quantity } from '../../../calculators/core/format.ts';
import { rangeNote } from './range-note.ts';

export interface IntervalRow {
  key: string;
  label: string;
  interval: Interval;
  note?: string;
}

interface Props {
  id: string;
  title: string;
  quantity: Quantity;
  rows: IntervalRow[];
}

export function IntervalChart({ id, title, quantity, rows }: Props) {
  const positive = rows.flatMap((r) => [r.interval.p5, r.interval.p95, r.interval.central]).filter((v) => v > 0);
  const lo = Math.log10(Math.min(...positive, 1e-9 + (positive[0] ?? 1)));
  const hi = Math.log10(Math.max(...positive, 1e-9));
  const min = Math.floor(lo);
  const max = Math.max(min + 1, Math.ceil(hi));
  const x = (v: number) => (v <= 0 ? 0 : ((Math.log10(v) - min) / (max - min)) * 100);
  return (
    <figure className="calc-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title} (log scale)</figcaption>
      <div className="calc-bars" aria-hidden="true">
        {rows.map((row) => (
          <div key={row.key} className="calc-bars__row">
            <span className="calc-bars__label">{row.label}</span>
            <svg className="calc-bars__track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              <rect className="calc-bar__bg" x="0" y="0" width="100" height="10" />
              <rect
                className="calc-bar calc-bar--range"
                x={x(rangeEnds(row.interval).low)}
                y="2"
                width={Math.max(0.8, x(rangeEnds(row.interval).high) - x(rangeEnds(row.interval).low))}
                height="6"
              />
              <line
                className="calc-central"
                x1={x(row.interval.central)}
                x2={x(row.interval.central)}
                y1="0"
                y2="10"
                vectorEffect="non-scaling-stroke"
              />
            </svg>
            <span className="calc-bars__value">{formatRange(row.interval, quantity).value}</span>
          </div>
        ))}
        <p className="calc-bars__legend">
          Logarithmic scale from {formatQuantity(quantity, 10 ** min)} to {formatQuantity(quantity, 10 ** max)}; bar: the range, line:
          central value.
        </p>
      </div>
      <table className="calc-table" tabIndex={0} id={`${id}-table`}>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">Estimate</th>
            <th scope="col">Central</th>
            <th scope="col">Range</th>
            <th scope="col">High ÷ low</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const f = formatRange(row.interval, quantity);
            const ends = rangeEnds(row.interval);
            const ratio = ends.low > 0 ? ends.high / ends.low : undefined;
            return (
              <tr key={row.key}>
                <th scope="row">
                  {row.label}
                  {row.note ? <span className="meta"> ({row.note})</span> : null}
                </th>
                <td>{f.value}</td>
                <td>{rangeNote(f)}</td>
                <td>{ratio === undefined ? '–' : `× ${roundSignificant(ratio, 2)}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
