/** Training per request against lifetime volume on log–log axes (SVG), with the inference line and the chosen volume. */
import type { TrainingCurvePoint } from '../../../calculators/training/index.ts';
import { formatCount, formatQuantity } from '../../../calculators/core/format.ts';

interface Props {
  id: string;
  curve: TrainingCurvePoint[];
  inferenceG: number | undefined;
  chosen: number | undefined;
}

const W = 320;
const H = 180;
const PAD = { left: 8, right: 8, top: 8, bottom: 8 };

export function CurveChart({ id, curve, inferenceG, chosen }: Props) {
  const points = curve.filter((p) => p.trainingPerUnitG > 0 && p.lifetimeInferences > 0);
  if (points.length < 2) return null;
  const xs = points.map((p) => Math.log10(p.lifetimeInferences));
  const ys = points.map((p) => Math.log10(p.trainingPerUnitG)).concat(inferenceG && inferenceG > 0 ? [Math.log10(inferenceG)] : []);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const sx = (v: number) => PAD.left + ((Math.log10(v) - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right);
  const sy = (v: number) => H - PAD.bottom - ((Math.log10(v) - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom);
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${sx(p.lifetimeInferences).toFixed(1)},${sy(p.trainingPerUnitG).toFixed(1)}`).join('');
  const title = 'Training emissions per request against lifetime requests (log–log)';
  const tableRows = points.filter((_, i) => i % 2 === 0);
  return (
    <figure className="calc-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" className="calc-curve" aria-hidden="true" focusable="false">
        <rect className="calc-bar__bg" x="0" y="0" width={W} height={H} />
        <path className="calc-curve__line" d={path} fill="none" />
        {inferenceG !== undefined && inferenceG > 0 && <line className="calc-marker" x1={PAD.left} x2={W - PAD.right} y1={sy(inferenceG)} y2={sy(inferenceG)} />}
        {chosen !== undefined && chosen > 0 && <line className="calc-central" x1={sx(chosen)} x2={sx(chosen)} y1={PAD.top} y2={H - PAD.bottom} />}
      </svg>
      <p className="calc-bars__legend" aria-hidden="true">
        Horizontal axis: {formatCount(points[0]?.lifetimeInferences ?? 0)} to {formatCount(points[points.length - 1]?.lifetimeInferences ?? 0)} requests. Solid line: training per request; dashed line: one inference request; vertical line: the volume chosen.
      </p>
      <table className="calc-table" tabIndex={0}>
        <caption className="visually-hidden">{title}</caption>
        <thead><tr><th scope="col">Lifetime requests</th><th scope="col">Training per request</th><th scope="col">Training share of each request</th></tr></thead>
        <tbody>
          {tableRows.map((p) => (
            <tr key={p.lifetimeInferences}>
              <th scope="row">{formatCount(p.lifetimeInferences)}</th>
              <td>{formatQuantity('emissions', p.trainingPerUnitG)}</td>
              <td>{p.shareOfUnitTotal === undefined ? '–' : `${Math.round(p.shareOfUnitTotal * 1000) / 10} %`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
