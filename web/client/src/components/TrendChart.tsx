/** Several entities' papers per bucket on one SVG chart, with axis labels and a legend. */
import type { TrendsResponse } from '../../../shared/trends-api.ts';
import { seriesPoints } from './Sparkline.tsx';

export const SERIES_COLOURS = [
  '#2563eb',
  '#dc2626',
  '#059669',
  '#d97706',
  '#7c3aed',
  '#0891b2',
  '#db2777',
  '#65a30d',
  '#4f46e5',
  '#b45309',
  '#0d9488',
  '#be123c',
];

const WIDTH = 720;
const HEIGHT = 260;
const PAD = { left: 40, right: 12, top: 12, bottom: 28 };

export function TrendChart({ trends }: { trends: TrendsResponse }) {
  const max = Math.max(1, ...trends.series.flatMap((series) => series.counts));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const { buckets } = trends;
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 8));
  const x = (index: number) => PAD.left + (buckets.length > 1 ? (index * plotWidth) / (buckets.length - 1) : plotWidth / 2);
  return (
    <figure className="trend-chart" data-testid="trend-chart">
      <svg
        width="100%"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Papers per ${trends.bucket}, ${buckets[0] ?? ''} to ${buckets[buckets.length - 1] ?? ''}`}
      >
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={PAD.top + plotHeight} y2={PAD.top + plotHeight} stroke="var(--border-strong)" />
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={PAD.top + plotHeight} stroke="var(--border-strong)" />
        <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end" className="axis-label">
          {max}
        </text>
        <text x={PAD.left - 6} y={PAD.top + plotHeight} textAnchor="end" className="axis-label">
          0
        </text>
        {buckets.map((bucket, index) =>
          index % labelEvery === 0 ? (
            <text key={bucket} x={x(index)} y={HEIGHT - 8} textAnchor="middle" className="axis-label">
              {bucket}
            </text>
          ) : null,
        )}
        {trends.series.map((series, index) => {
          const points = seriesPoints(series.counts, plotWidth, plotHeight, max).map(
            ([px, py]) => `${(px + PAD.left).toFixed(1)},${(py + PAD.top).toFixed(1)}`,
          );
          return (
            <polyline
              key={series.entity.id}
              points={points.join(' ')}
              fill="none"
              stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]}
              strokeWidth={2}
              strokeLinejoin="round"
              data-series={series.entity.id}
            >
              <title>{`${series.entity.name}: ${series.dated} dated papers`}</title>
            </polyline>
          );
        })}
      </svg>
      <figcaption className="trend-legend">
        {trends.series.map((series, index) => (
          <span key={series.entity.id} className="trend-legend-item">
            <span className="trend-swatch" style={{ background: SERIES_COLOURS[index % SERIES_COLOURS.length] }} aria-hidden="true" />
            {series.entity.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
