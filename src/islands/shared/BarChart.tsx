/**
 * A horizontal bar chart: labels and values in HTML (so they wrap at 360 px and scale with the text),
 * bars in hand-made SVG; the same figures follow in a table for screen readers and print.
 */
import { formatQuantityAt, type Quantity } from '../../../calculators/core/format.ts';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Short note shown in the table (e.g. "modelled", "excluded"). */
  note?: string;
  muted?: boolean;
}

interface Props {
  id: string;
  title: string;
  quantity: Quantity;
  bars: Bar[];
  /** Optional reference line, e.g. a published narrow-boundary figure. */
  marker?: { label: string; value: number } | undefined;
  firstColumn?: string;
}

export function BarChart({ id, title, quantity, bars, marker, firstColumn = 'Element' }: Props) {
  const max = Math.max(...bars.map((b) => b.value), marker?.value ?? 0) || 1;
  const pct = (value: number) => Math.max(0, Math.min(100, (value / max) * 100));
  // One unit for the whole chart, chosen by its largest value, so bars and figures read on one scale.
  const show = (value: number) => formatQuantityAt(quantity, value, max);
  return (
    <figure className="calc-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div className="calc-bars" aria-hidden="true">
        {bars.map((bar) => (
          <div key={bar.key} className="calc-bars__row" data-muted={bar.muted ? 'true' : undefined}>
            <span className="calc-bars__label">{bar.label}</span>
            <svg className="calc-bars__track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              <rect className="calc-bar__bg" x="0" y="0" width="100" height="10" />
              <rect className={bar.muted ? 'calc-bar calc-bar--muted' : 'calc-bar'} x="0" y="0" width={pct(bar.value)} height="10" />
              {marker && (
                <line
                  className="calc-marker"
                  x1={pct(marker.value)}
                  x2={pct(marker.value)}
                  y1="0"
                  y2="10"
                  vectorEffect="non-scaling-stroke"
                />
              )}
            </svg>
            <span className="calc-bars__value">{bar.muted && bar.value === 0 ? 'off' : show(bar.value)}</span>
          </div>
        ))}
        {marker && (
          <p className="calc-bars__legend">
            <svg viewBox="0 0 20 10" width="20" height="10" focusable="false">
              <line className="calc-marker" x1="10" x2="10" y1="0" y2="10" />
            </svg>{' '}
            {marker.label}: {show(marker.value)}
          </p>
        )}
      </div>
      <table className="calc-table" tabIndex={0} id={`${id}-table`}>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            <th scope="col">Value</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.label}</th>
              <td>{show(bar.value)}</td>
              <td>{bar.note ?? ''}</td>
            </tr>
          ))}
          {marker && (
            <tr>
              <th scope="row">{marker.label}</th>
              <td>{show(marker.value)}</td>
              <td>reference line</td>
            </tr>
          )}
        </tbody>
      </table>
    </figure>
  );
}
