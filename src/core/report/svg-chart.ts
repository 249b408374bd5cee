import { escapeHtml } from './escape';
import type { BarRow } from './types';

export interface ChartSeries {
  name: string;
  colour: string;
}

export interface BarChart {
  /** Unique in the page: the ids of the chart's title and description derive from it. */
  id: string;
  title: string;
  series: readonly ChartSeries[];
  rows: readonly BarRow[];
  /** Show each row's values as shares of its total (100 % bars) instead of counts. */
  shares?: boolean;
  /** At most this many rows; the rest are summed up in the description. */
  maxRows?: number;
}

const WIDTH = 720;
const LABEL = 210;
const BAR = 300;
const ROW = 26;
const TOP = 30;

const clip = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length > max ? `${[...flat].slice(0, max - 1).join('')}…` : flat;
};

const percent = (part: number, total: number): string =>
  total === 0 ? '0 %' : `${Math.round((part / total) * 100)} %`;

function valueText(chart: BarChart, values: readonly number[]): string {
  const total = values.reduce((a, b) => a + b, 0);
  if (chart.series.length === 1) return String(total);
  return values
    .map((v, i) => `${chart.shares ? percent(v, total) : v} ${chart.series[i]!.name.toLowerCase()}`)
    .join(', ');
}

/**
 * A horizontal bar chart as inline SVG (stacked when there are several series): a title and a
 * description for screen readers, text labels for every bar and value, a legend in words. No
 * script, no external resource; every text is escaped.
 */
export function svgBarChart(chart: BarChart): string {
  const shown = chart.rows.slice(0, chart.maxRows ?? 20);
  const hidden = chart.rows.length - shown.length;
  const max = Math.max(1, ...shown.map((r) => r.values.reduce((a, b) => a + b, 0)));
  const legend = chart.series.length > 1;
  const top = legend ? TOP : 8;
  const height = top + shown.length * ROW + 8;
  const description =
    chart.rows.map((r) => `${r.label}: ${valueText(chart, r.values)}`).join('; ') +
    (chart.rows.length === 0 ? 'No data.' : '.');
  const id = escapeHtml(chart.id);
  const out: string[] = [];
  out.push(
    `<svg class="chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg" font-family="Helvetica, Arial, sans-serif" font-size="13">`,
    `<title id="${id}-title">${escapeHtml(chart.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`,
  );
  if (legend) {
    let x = LABEL;
    for (const s of chart.series) {
      out.push(
        `<rect x="${x}" y="6" width="12" height="12" fill="${escapeHtml(s.colour)}"/>`,
        `<text x="${x + 17}" y="16.5">${escapeHtml(s.name)}</text>`,
      );
      x += 30 + [...s.name].length * 8;
    }
  }
  shown.forEach((row, i) => {
    const y = top + i * ROW;
    const total = row.values.reduce((a, b) => a + b, 0);
    const scale = chart.shares ? (total === 0 ? 0 : BAR / total) : BAR / max;
    out.push(`<g><title>${escapeHtml(`${row.label}: ${valueText(chart, row.values)}`)}</title>`);
    out.push(`<text x="${LABEL - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(clip(row.label, 28))}</text>`);
    let x = LABEL;
    row.values.forEach((v, k) => {
      const w = Math.round(v * scale * 10) / 10;
      if (w > 0)
        out.push(
          `<rect x="${x}" y="${y + 3}" width="${w}" height="${ROW - 8}" fill="${escapeHtml(chart.series[k]!.colour)}"/>`,
        );
      x += w;
    });
    if (chart.shares) x = LABEL + BAR;
    out.push(`<text x="${x + 6}" y="${y + 15}" fill="#333">${escapeHtml(valueText(chart, row.values))}</text></g>`);
  });
  out.push('</svg>');
  if (hidden > 0) out.push(`<p class="small">…and ${hidden} more, listed in the tables below.</p>`);
  return out.join('\n');
}
