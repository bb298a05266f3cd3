// Small inline SVG charts for the simulator's report: no script, no external asset, readable without colour (each
// series is also named in its legend and drawn with its own dash).

export type Series = { readonly name: string; readonly points: ReadonlyArray<readonly [number, number]> };
export type ErrorPoint = { readonly x: number; readonly y: number; readonly low: number; readonly high: number };

const WIDTH = 560;
const HEIGHT = 260;
const MARGIN = { left: 64, right: 16, top: 16, bottom: 44 };
const STYLES = [
  { stroke: '#1f6feb', dash: '' },
  { stroke: '#b35900', dash: '6 3' },
  { stroke: '#2e7d32', dash: '2 3' },
];

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

type Axes = { readonly xMax: number; readonly yMax: number; readonly xLabel: string; readonly yLabel: string };

function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function format(value: number): string {
  if (value === 0) return '0';
  if (Math.abs(value) >= 1000) return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
  return Number(value.toPrecision(3)).toString();
}

const sx = (axes: Axes, x: number) => MARGIN.left + (x / axes.xMax) * (WIDTH - MARGIN.left - MARGIN.right);
const sy = (axes: Axes, y: number) => HEIGHT - MARGIN.bottom - (y / axes.yMax) * (HEIGHT - MARGIN.top - MARGIN.bottom);

function frame(title: string, axes: Axes, body: string, legend: readonly string[] = [], xTicksShown = true): string {
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const xTicks = (xTicksShown ? ticks : [])
    .map((t) => {
      const x = sx(axes, t * axes.xMax);
      return `<line x1="${x}" y1="${HEIGHT - MARGIN.bottom}" x2="${x}" y2="${HEIGHT - MARGIN.bottom + 4}" stroke="#555"/><text x="${x}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${format(t * axes.xMax)}</text>`;
    })
    .join('');
  const yTicks = ticks
    .map((t) => {
      const y = sy(axes, t * axes.yMax);
      return `<line x1="${MARGIN.left}" y1="${y}" x2="${WIDTH - MARGIN.right}" y2="${y}" stroke="#ddd"/><text x="${MARGIN.left - 6}" y="${y + 4}" text-anchor="end">${format(t * axes.yMax)}</text>`;
    })
    .join('');
  const legendItems = legend
    .map((name, i) => {
      const style = STYLES[i % STYLES.length] as (typeof STYLES)[number];
      const y = MARGIN.top + 6 + i * 16;
      const x = WIDTH - MARGIN.right - 150;
      return `<line x1="${x}" y1="${y}" x2="${x + 24}" y2="${y}" stroke="${style.stroke}" stroke-width="2" stroke-dasharray="${style.dash}"/><text x="${x + 30}" y="${y + 4}">${escapeXml(name)}</text>`;
    })
    .join('');
  return `<figure><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeXml(title)}" font-family="sans-serif" font-size="11">
${yTicks}${xTicks}
<line x1="${MARGIN.left}" y1="${HEIGHT - MARGIN.bottom}" x2="${WIDTH - MARGIN.right}" y2="${HEIGHT - MARGIN.bottom}" stroke="#555"/>
<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${HEIGHT - MARGIN.bottom}" stroke="#555"/>
<text x="${(MARGIN.left + WIDTH - MARGIN.right) / 2}" y="${HEIGHT - 8}" text-anchor="middle">${escapeXml(axes.xLabel)}</text>
<text transform="translate(14 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(axes.yLabel)}</text>
${body}${legendItems}</svg><figcaption>${escapeXml(title)}</figcaption></figure>`;
}

/** Lines through each series' points (x ascending). */
export function lineChart(title: string, xLabel: string, yLabel: string, series: readonly Series[]): string {
  const all = series.flatMap((s) => s.points);
  const axes: Axes = {
    xMax: niceMax(Math.max(0, ...all.map((p) => p[0]))),
    yMax: niceMax(Math.max(0, ...all.map((p) => p[1]))),
    xLabel,
    yLabel,
  };
  const body = series
    .map((s, i) => {
      const style = STYLES[i % STYLES.length] as (typeof STYLES)[number];
      const path = s.points.map(
        ([x, y], j) => `${j === 0 ? 'M' : 'L'}${sx(axes, x).toFixed(1)} ${sy(axes, y).toFixed(1)}`,
      );
      return `<path d="${path.join(' ')}" fill="none" stroke="${style.stroke}" stroke-width="2" stroke-dasharray="${style.dash}"/>`;
    })
    .join('');
  return frame(
    title,
    axes,
    body,
    series.map((s) => s.name),
  );
}

/** Bars with a label under each. */
export function barChart(title: string, yLabel: string, bars: ReadonlyArray<readonly [string, number]>): string {
  const axes: Axes = {
    xMax: Math.max(1, bars.length),
    yMax: niceMax(Math.max(0, ...bars.map((b) => b[1]))),
    xLabel: '',
    yLabel,
  };
  const slot = (WIDTH - MARGIN.left - MARGIN.right) / axes.xMax;
  const body = bars
    .map(([label, value], i) => {
      const x = MARGIN.left + i * slot + slot * 0.15;
      const y = sy(axes, value);
      return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${(HEIGHT - MARGIN.bottom - y).toFixed(1)}" fill="#1f6feb"/><text x="${(x + slot * 0.35).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 14}" text-anchor="middle">${escapeXml(label)}</text><text x="${(x + slot * 0.35).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle">${format(value)}</text>`;
    })
    .join('');
  // Bars are labelled by name: ticks counting them would say nothing.
  return frame(title, axes, body, [], false);
}

/** Points with a vertical error bar each. */
export function errorChart(title: string, xLabel: string, yLabel: string, points: readonly ErrorPoint[]): string {
  const axes: Axes = {
    xMax: niceMax(Math.max(0, ...points.map((p) => p.x)) * 1.1),
    yMax: niceMax(Math.max(0.01, ...points.map((p) => p.high))),
    xLabel,
    yLabel,
  };
  const body = points
    .map((p) => {
      const x = sx(axes, p.x).toFixed(1);
      return `<line x1="${x}" y1="${sy(axes, p.low).toFixed(1)}" x2="${x}" y2="${sy(axes, p.high).toFixed(1)}" stroke="#555"/><circle cx="${x}" cy="${sy(axes, p.y).toFixed(1)}" r="4" fill="#1f6feb"/>`;
    })
    .join('');
  return frame(title, axes, body);
}
