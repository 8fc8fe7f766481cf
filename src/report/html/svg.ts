/** Small inline SVG charts, no library: horizontal (stacked) bars and a line chart. */
import { escapeHtml as esc } from './escape.js';

export interface Series {
  name: string;
  color: string;
}

const FONT = 'font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif" font-size="12"';

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function legend(series: Series[], x: number, y: number): string {
  let offset = x;
  return series
    .map((s) => {
      const item = `<rect x="${num(offset)}" y="${num(y - 9)}" width="10" height="10" fill="${esc(s.color)}"/><text x="${num(offset + 14)}" y="${num(y)}">${esc(s.name)}</text>`;
      offset += 24 + s.name.length * 7;
      return item;
    })
    .join('');
}

/**
 * 100% stacked horizontal bars: one row per label, each segment a share of the row's total.
 * Rows with nothing counted show an empty track and an em dash.
 */
export function stackedBarChart(rows: Array<{ label: string; values: number[] }>, series: Series[], title: string, width = 880): string {
  const labelWidth = 240;
  const barWidth = width - labelWidth - 70;
  const rowHeight = 24;
  const top = 30;
  const height = top + Math.max(rows.length, 1) * rowHeight + 10;
  const parts: string[] = [legend(series, labelWidth, 16)];
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    const total = row.values.reduce((a, b) => a + b, 0);
    const label = row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end"><title>${esc(row.label)}</title>${esc(label)}</text>`);
    parts.push(`<rect class="track" x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="${rowHeight - 8}" fill="#eef0f3"/>`);
    let x = labelWidth;
    row.values.forEach((value, k) => {
      if (!total || !value) return;
      const w = (value / total) * barWidth;
      const s = series[k];
      parts.push(
        `<rect class="bar" x="${num(x)}" y="${y + 3}" width="${num(w)}" height="${rowHeight - 8}" fill="${esc(s?.color ?? '#999')}"><title>${esc(`${row.label} · ${s?.name ?? ''}: ${value} (${pct(value / total)})`)}</title></rect>`,
      );
      if (w > 34) parts.push(`<text x="${num(x + w / 2)}" y="${y + 15}" text-anchor="middle" fill="#fff">${pct(value / total)}</text>`);
      x += w;
    });
    parts.push(`<text x="${labelWidth + barWidth + 8}" y="${y + 15}" fill="#555">${total ? `n=${total}` : '—'}</text>`);
  });
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}" ${FONT}><title>${esc(title)}</title>${parts.join('')}</svg>`;
}

/** Simple horizontal bars with counts. */
export function barChart(rows: Array<{ label: string; value: number; color?: string }>, title: string, width = 880): string {
  const labelWidth = 240;
  const barWidth = width - labelWidth - 60;
  const rowHeight = 22;
  const height = Math.max(rows.length, 1) * rowHeight + 12;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const parts = rows.map((row, i) => {
    const y = 6 + i * rowHeight;
    const w = Math.max((row.value / max) * barWidth, row.value ? 2 : 0);
    const label = row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label;
    return (
      `<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end"><title>${esc(row.label)}</title>${esc(label)}</text>` +
      `<rect class="track" x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="${rowHeight - 8}" fill="#f3f4f6"/>` +
      `<rect class="bar" x="${labelWidth}" y="${y + 3}" width="${num(w)}" height="${rowHeight - 8}" fill="${esc(row.color ?? '#3b6ea5')}"><title>${esc(`${row.label}: ${row.value}`)}</title></rect>` +
      `<text x="${num(labelWidth + w + 6)}" y="${y + 14}" fill="#333">${row.value}</text>`
    );
  });
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}" ${FONT}><title>${esc(title)}</title>${parts.join('')}</svg>`;
}

/** A line chart of shares (0..1) over labelled points; null values break the line. */
export function lineChart(labels: string[], series: Array<Series & { values: Array<number | null> }>, title: string, width = 880): string {
  const left = 44;
  const right = 36;
  const top = 30;
  const plotHeight = 180;
  const height = top + plotHeight + 40;
  const plotWidth = width - left - right;
  const step = labels.length > 1 ? plotWidth / (labels.length - 1) : 0;
  const xAt = (i: number) => left + (labels.length > 1 ? i * step : plotWidth / 2);
  const yAt = (v: number) => top + plotHeight - Math.max(0, Math.min(1, v)) * plotHeight;
  const parts: string[] = [legend(series, left, 16)];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const y = yAt(tick);
    parts.push(`<line x1="${left}" x2="${left + plotWidth}" y1="${num(y)}" y2="${num(y)}" stroke="${tick === 0.5 ? '#b9bec7' : '#e5e7eb'}"${tick === 0.5 ? ' stroke-dasharray="4 3"' : ''}/>`);
    parts.push(`<text x="${left - 6}" y="${num(y + 4)}" text-anchor="end" fill="#555">${pct(tick)}</text>`);
  }
  const every = Math.max(1, Math.ceil(labels.length / 12));
  labels.forEach((label, i) => {
    if (i % every === 0) parts.push(`<text x="${num(xAt(i))}" y="${top + plotHeight + 18}" text-anchor="middle" fill="#555">${esc(label)}</text>`);
  });
  for (const s of series) {
    let path = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      path += `${pen ? 'L' : 'M'}${num(xAt(i))} ${num(yAt(v))} `;
      pen = true;
    });
    if (path) parts.push(`<path class="line" d="${path.trim()}" fill="none" stroke="${esc(s.color)}" stroke-width="2.5"/>`);
    s.values.forEach((v, i) => {
      if (v !== null) {
        parts.push(`<circle class="point" cx="${num(xAt(i))}" cy="${num(yAt(v))}" r="3.5" fill="${esc(s.color)}"><title>${esc(`${labels[i] ?? ''} · ${s.name}: ${pct(v)}`)}</title></circle>`);
      }
    });
  }
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}" ${FONT}><title>${esc(title)}</title>${parts.join('')}</svg>`;
}
