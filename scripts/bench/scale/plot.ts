/** An SVG line plot of seconds against corpus size (log-log), one line per measured cost. */
export interface PlotSeries {
  name: string;
  points: Array<{ size: number; seconds: number }>;
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
const [WIDTH, HEIGHT, MARGIN] = [720, 420, 60];

export function costPlotSvg(title: string, series: PlotSeries[]): string {
  const points = series.flatMap((line) => line.points).filter((point) => point.seconds > 0);
  if (points.length === 0)
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><text x="20" y="40">${title}: no data</text></svg>`;
  const log = Math.log10;
  const [minX, maxX] = [log(Math.min(...points.map((p) => p.size))), log(Math.max(...points.map((p) => p.size)))];
  const [minY, maxY] = [
    Math.floor(log(Math.min(...points.map((p) => p.seconds)))),
    Math.ceil(log(Math.max(...points.map((p) => p.seconds)))),
  ];
  const x = (size: number) => MARGIN + ((log(size) - minX) / Math.max(maxX - minX, 1e-9)) * (WIDTH - 2 * MARGIN);
  const y = (seconds: number) => HEIGHT - MARGIN - ((log(seconds) - minY) / Math.max(maxY - minY, 1e-9)) * (HEIGHT - 2 * MARGIN);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<text x="${WIDTH / 2}" y="20" text-anchor="middle" font-size="14">${title}</text>`,
    `<line x1="${MARGIN}" y1="${HEIGHT - MARGIN}" x2="${WIDTH - MARGIN}" y2="${HEIGHT - MARGIN}" stroke="#333"/>`,
    `<line x1="${MARGIN}" y1="${MARGIN}" x2="${MARGIN}" y2="${HEIGHT - MARGIN}" stroke="#333"/>`,
    `<text x="${WIDTH / 2}" y="${HEIGHT - 15}" text-anchor="middle">papers (log scale)</text>`,
    `<text x="15" y="${HEIGHT / 2}" transform="rotate(-90 15 ${HEIGHT / 2})" text-anchor="middle">seconds (log scale)</text>`,
  ];
  for (let power = minY; power <= maxY; power++) {
    parts.push(`<text x="${MARGIN - 6}" y="${y(10 ** power) + 4}" text-anchor="end">${10 ** power}</text>`);
  }
  for (const size of [...new Set(points.map((p) => p.size))]) {
    parts.push(`<text x="${x(size)}" y="${HEIGHT - MARGIN + 16}" text-anchor="middle">${size.toLocaleString('en')}</text>`);
  }
  series.forEach((line, index) => {
    const colour = COLOURS[index % COLOURS.length];
    const shown = line.points.filter((point) => point.seconds > 0);
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${shown.map((p) => `${x(p.size)},${y(p.seconds)}`).join(' ')}"/>`,
    );
    for (const point of shown) parts.push(`<circle cx="${x(point.size)}" cy="${y(point.seconds)}" r="3" fill="${colour}"/>`);
    parts.push(`<text x="${WIDTH - MARGIN - 150}" y="${MARGIN + 16 * index}" fill="${colour}">${line.name}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
