/**
 * Server-rendered SVG charts for the statistics page: no script, no styles (only presentation
 * attributes, which the CSP allows), readable in print. Each chart names itself for screen
 * readers; the same figures stand in a table next to it.
 */
import { html, type SafeHtml } from '../html.js';

export interface BarSeries {
  label: string;
  /** A fill colour with at least 3:1 contrast to white. */
  color: string;
  /** One value per category; null = suppressed (too small to show). */
  values: (number | null)[];
}

const WIDTH = 720;
const PLOT_LEFT = 40;
const PLOT_RIGHT = 10;
const PLOT_TOP = 14;

/** A tick step of 1, 2 or 5 × 10^n giving at most ~5 ticks. */
function niceStep(max: number): number {
  const rough = Math.max(1, max) / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  return Math.max(1, step);
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace('.', ','));

/** Grouped bars per category (month); a suppressed value shows its "<k" mark instead of a bar. */
export function barChart(input: { id: string; title: string; description: string; categories: string[]; series: BarSeries[]; suppressedText: string; height?: number }): SafeHtml {
  const height = input.height ?? 200;
  const plotBottom = height - 34;
  const plotHeight = plotBottom - PLOT_TOP;
  const max = Math.max(0, ...input.series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const y = (v: number) => plotBottom - (v / top) * plotHeight;
  const groupWidth = (WIDTH - PLOT_LEFT - PLOT_RIGHT) / Math.max(1, input.categories.length);
  const barWidth = Math.min(22, (groupWidth * 0.8) / Math.max(1, input.series.length));
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  const bars = input.categories.map((category, i) => {
    const x0 = PLOT_LEFT + i * groupWidth + (groupWidth - barWidth * input.series.length) / 2;
    const cells = input.series.map((s, j) => {
      const v = s.values[i] ?? null;
      const x = x0 + j * barWidth;
      if (v === null) {
        return html`<text x="${(x + barWidth / 2).toFixed(1)}" y="${(plotBottom - 3).toFixed(1)}" font-size="${Math.min(9, barWidth * 0.5).toFixed(1)}" text-anchor="middle" fill="#4a5563">${input.suppressedText}</text>`;
      }
      return html`<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${(plotBottom - y(v)).toFixed(1)}" fill="${s.color}"><title>${s.label} ${category}: ${fmt(v)}</title></rect>
<text x="${(x + barWidth / 2 - 1).toFixed(1)}" y="${(y(v) - 3).toFixed(1)}" font-size="9" text-anchor="middle" fill="#1b1f24">${fmt(v)}</text>`;
    });
    return html`<g>${cells}<text x="${(PLOT_LEFT + (i + 0.5) * groupWidth).toFixed(1)}" y="${plotBottom + 14}" font-size="10" text-anchor="middle" fill="#1b1f24">${category}</text></g>`;
  });
  const legend = input.series.map(
    (s, j) => html`<rect x="${PLOT_LEFT + j * 190}" y="${height - 12}" width="10" height="10" fill="${s.color}"></rect><text x="${PLOT_LEFT + 14 + j * 190}" y="${height - 3}" font-size="10" fill="#1b1f24">${s.label}</text>`,
  );
  return html`<svg class="chart" id="${input.id}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${input.id}-title ${input.id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${input.id}-title">${input.title}</title><desc id="${input.id}-desc">${input.description}</desc>
${ticks.map(
  (t) => html`<line x1="${PLOT_LEFT}" x2="${WIDTH - PLOT_RIGHT}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#c9ced6" stroke-width="1"></line><text x="${PLOT_LEFT - 6}" y="${(y(t) + 3).toFixed(1)}" font-size="9" text-anchor="end" fill="#4a5563">${fmt(t)}</text>`,
)}
${bars}
${legend}
</svg>`;
}

export interface ShareSegment {
  label: string;
  color: string;
  /** null = suppressed. */
  count: number | null;
}

/** One horizontal bar split by shares of `total` (suppressed segments are left out and listed as such). */
export function shareBar(input: { id: string; title: string; description: string; total: number | null; segments: ShareSegment[] }): SafeHtml {
  const height = 34;
  const width = WIDTH - PLOT_RIGHT;
  let x = 0;
  const total = input.total ?? 0;
  const rects = input.segments.map((s) => {
    if (s.count === null || s.count === 0 || total === 0) return html``;
    const w = (s.count / total) * width;
    const rect = html`<rect x="${x.toFixed(1)}" y="2" width="${Math.max(0, w - 1).toFixed(1)}" height="${height - 4}" fill="${s.color}"><title>${s.label}: ${s.count}</title></rect>`;
    x += w;
    return rect;
  });
  return html`<svg class="chart share" id="${input.id}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${input.id}-title ${input.id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${input.id}-title">${input.title}</title><desc id="${input.id}-desc">${input.description}</desc>
<rect x="0" y="2" width="${width}" height="${height - 4}" fill="#eef1f5"></rect>
${rects}
</svg>`;
}
