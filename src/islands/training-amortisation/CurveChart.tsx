/**
 * Training per request against lifetime volume on log–log axes (SVG): labelled axes with a tick at each
 * power of ten, the inference line, the chosen volume and the break-even volume marked where training per
 * request falls below one inference request. The table below carries the same figures for screen readers.
 */
import type { TrainingCurvePoint } from '../../../calculators/training/index.ts';
import { formatCount, formatQuantity, formatShare } from '../../../calculators/core/format.ts';

interface Props {
  id: string;
  curve: TrainingCurvePoint[];
  inferenceG: number | undefined;
  chosen: number | undefined;
  /** Lifetime requests at which inference emissions equal training's. */
  breakEven?: number | undefined;
}

const W = 480;
const H = 260;
const PAD = { left: 64, right: 12, top: 12, bottom: 44 };

/** Powers of ten from the floor of `from` to the ceiling of `to` (exponents). */
const decades = (from: number, to: number) => Array.from({ length: Math.ceil(to) - Math.floor(from) + 1 }, (_, i) => Math.floor(from) + i);

export function CurveChart({ id, curve, inferenceG, chosen, breakEven }: Props) {
  const points = curve.filter((p) => p.trainingPerUnitG > 0 && p.lifetimeInferences > 0);
  if (points.length < 2) return null;
  const xs = points.map((p) => Math.log10(p.lifetimeInferences));
  const ys = points.map((p) => Math.log10(p.trainingPerUnitG)).concat(inferenceG && inferenceG > 0 ? [Math.log10(inferenceG)] : []);
  // Axes run over whole decades, so every tick is a power of ten and the scale reads at a glance.
  const [x0, x1] = [Math.floor(Math.min(...xs)), Math.ceil(Math.max(...xs))];
  const [y0, y1] = [Math.floor(Math.min(...ys)), Math.ceil(Math.max(...ys))];
  const sx = (v: number) => PAD.left + ((Math.log10(v) - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right);
  const sy = (v: number) => H - PAD.bottom - ((Math.log10(v) - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom);
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${sx(p.lifetimeInferences).toFixed(1)},${sy(p.trainingPerUnitG).toFixed(1)}`).join('');
  const title = 'Training emissions per request against lifetime requests (both axes logarithmic)';
  const tableRows = points.filter((_, i) => i % 2 === 0);
  const xTicks = decades(x0, x1);
  const yTicks = decades(y0, y1);
  // Label every tick when they fit, else every other one.
  const xStep = xTicks.length > 6 ? 2 : 1;
  const yStep = yTicks.length > 6 ? 2 : 1;
  const showBreakEven = breakEven !== undefined && Number.isFinite(breakEven) && Math.log10(breakEven) >= x0 && Math.log10(breakEven) <= x1;
  return (
    <figure className="calc-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" className="calc-curve" aria-hidden="true" focusable="false">
        <rect className="calc-bar__bg" x={PAD.left} y={PAD.top} width={W - PAD.left - PAD.right} height={H - PAD.top - PAD.bottom} />
        {xTicks.map((e, i) => (
          <g key={`x${e}`}>
            <line className="calc-grid" x1={sx(10 ** e)} x2={sx(10 ** e)} y1={PAD.top} y2={H - PAD.bottom} />
            {i % xStep === 0 && (
              <text className="calc-axis__tick" x={sx(10 ** e)} y={H - PAD.bottom + 14} textAnchor="middle">
                {formatCount(10 ** e)}
              </text>
            )}
          </g>
        ))}
        {yTicks.map((e, i) => (
          <g key={`y${e}`}>
            <line className="calc-grid" x1={PAD.left} x2={W - PAD.right} y1={sy(10 ** e)} y2={sy(10 ** e)} />
            {i % yStep === 0 && (
              <text className="calc-axis__tick" x={PAD.left - 4} y={sy(10 ** e) + 4} textAnchor="end">
                {formatQuantity('emissions', 10 ** e)}
              </text>
            )}
          </g>
        ))}
        <text className="calc-axis__label" x={(PAD.left + W - PAD.right) / 2} y={H - 6} textAnchor="middle">
          Lifetime requests of the model
        </text>
        <text
          className="calc-axis__label"
          x={12}
          y={(PAD.top + H - PAD.bottom) / 2}
          textAnchor="middle"
          transform={`rotate(-90 12 ${(PAD.top + H - PAD.bottom) / 2})`}
        >
          Emissions per request
        </text>
        <path className="calc-curve__line" d={path} fill="none" />
        {inferenceG !== undefined && inferenceG > 0 && (
          <line className="calc-marker" x1={PAD.left} x2={W - PAD.right} y1={sy(inferenceG)} y2={sy(inferenceG)} />
        )}
        {chosen !== undefined && chosen > 0 && (
          <line className="calc-central" x1={sx(chosen)} x2={sx(chosen)} y1={PAD.top} y2={H - PAD.bottom} />
        )}
        {showBreakEven && inferenceG !== undefined && (
          <g>
            <circle className="calc-breakeven" cx={sx(breakEven)} cy={sy(inferenceG)} r={5} />
            <text className="calc-axis__tick" x={sx(breakEven) + 8} y={sy(inferenceG) - 8}>
              break-even
            </text>
          </g>
        )}
      </svg>
      <p className="calc-bars__legend">
        Solid line: training emissions per request. Dashed line: one inference request. Vertical line: the volume chosen.
        {showBreakEven && <> Circle: break-even, where inference equals training (about {formatCount(breakEven)} requests).</>}
      </p>
      <table className="calc-table" tabIndex={0}>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">Lifetime requests</th>
            <th scope="col">Training per request</th>
            <th scope="col">Training share of each request</th>
          </tr>
        </thead>
        <tbody>
          {tableRows.map((p) => (
            <tr key={p.lifetimeInferences}>
              <th scope="row">{formatCount(p.lifetimeInferences)}</th>
              <td>{formatQuantity('emissions', p.trainingPerUnitG)}</td>
              <td>{p.shareOfUnitTotal === undefined ? '–' : formatShare(p.shareOfUnitTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
