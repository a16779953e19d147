/** A small line of papers per bucket, drawn as SVG, with its figures in a title for hover and screen readers. */
export interface SparklineProps {
  counts: number[];
  buckets: string[];
  width?: number;
  height?: number;
  colour?: string;
}

/** Points of a series scaled into a box, x evenly spaced, y from 0 (bottom) to the largest count (top). */
export function seriesPoints(counts: number[], width: number, height: number, max = Math.max(1, ...counts)): Array<[number, number]> {
  const step = counts.length > 1 ? width / (counts.length - 1) : 0;
  return counts.map((count, index) => [counts.length > 1 ? index * step : width / 2, height - (count / max) * height]);
}

export function Sparkline({ counts, buckets, width = 220, height = 36, colour = 'var(--accent)' }: SparklineProps) {
  const points = seriesPoints(counts, width, height - 2).map(([x, y]) => [x, y + 1]);
  const line = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const area = `0,${height} ${line} ${width},${height}`;
  const total = counts.reduce((sum, n) => sum + n, 0);
  const peak = Math.max(0, ...counts);
  const summary =
    buckets.length > 0
      ? `${total} dated papers ${buckets[0]} – ${buckets[buckets.length - 1]}, at most ${peak} per ${buckets[0].length === 4 ? 'year' : 'month'}`
      : 'no dated papers';
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={summary}
      data-testid="sparkline"
    >
      <title>{summary}</title>
      {counts.length > 0 && <polygon points={area} fill={colour} opacity={0.12} />}
      {counts.length > 0 && <polyline points={line} fill="none" stroke={colour} strokeWidth={1.5} strokeLinejoin="round" />}
    </svg>
  );
}
