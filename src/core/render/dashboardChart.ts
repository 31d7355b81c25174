import { winsText } from '../evidence/countText';
import { dayRange } from '../dates/dayFormat';
import type { EvidenceStatus } from '../evidence/evidence';
import { escapeMarkup } from '../text/markup';
import type { ElementReport, JournalReport, MonthlyWins } from '../evidence/report';
import { hatchPattern, isHatched, statusMark } from './dashboardStatus';

/*
 * The dashboard's charts as SVG text. No colour is written here: shapes carry
 * classes (`count status-thin`, `strong`, `minimum`...) that the webview's
 * stylesheet maps to theme colours, and `currentColor` is the fallback, so a
 * chart reads in every theme. A status is never told by colour alone: each
 * row starts with the status's mark, thin and stale bars are hatched, and
 * every figure is also written as text, for screen readers too.
 */

const WIDTH = 640;
const FONT_SIZE = 13;

/** Where a row's parts sit, from the row's top. */
const EVIDENCE = {
  header: 20,
  row: 46,
  /** The status mark before the label, and the room it takes. */
  markSize: 14,
  markTop: 1,
  labelLeft: 20,
  labelBaseline: 13,
  barTop: 19,
  barHeight: 13,
  strongTop: 34,
  strongHeight: 5,
  /** Room on the right for "12 wins, 4 measured". */
  valueColumn: 138,
  /** Leaves room on the label's line for the status that follows it. */
  maxLabelLength: 46,
} as const;

const STATUS_TEXT: Readonly<Record<EvidenceStatus, string>> = { ok: 'ok', thin: 'thin', stale: 'stale', missing: 'missing' };

/**
 * One row per element: a bar for its wins, coloured by status, a thin bar for
 * the wins with a measured result, and a dashed line at the minimum.
 */
export function evidenceChart(report: JournalReport, id = 'evidence-chart'): string {
  const minimum = report.thresholds.minEntries;
  const barWidth = WIDTH - EVIDENCE.valueColumn;
  const top = Math.max(minimum, ...report.elements.map((element) => element.count), 1);
  const scaleMax = top + Math.max(1, Math.ceil(top / 10));
  const x = (value: number) => round((value / scaleMax) * barWidth);
  const height = EVIDENCE.header + report.elements.length * EVIDENCE.row;
  const minimumX = x(minimum);
  const title = `Wins per element ${report.period.label} against the minimum of ${minimum}`;
  const description = report.elements.map((element) => `${element.element.label}: ${winsText(element.count)}, ${element.strong} with a measured result, ${statusText(element)}.`).join(' ');
  const tops = report.elements.map((_, index) => EVIDENCE.header + index * EVIDENCE.row);
  return svg(id, height, title, description, [
    hatchPattern(hatchId(id)),
    `<text class="minimum-label" x="${clamp(minimumX, 40, barWidth - 40)}" y="13" text-anchor="middle">minimum ${minimum}</text>`,
    ...report.elements.map((element, index) => evidenceRow(element, tops[index], barWidth, x, hatchId(id))),
    // Drawn over the bars only, never through a row's label and status.
    ...tops.map((top) => minimumMark(minimumX, top)),
  ]);
}

/** The id of a chart's hatching, which the page's legend uses too. */
export function hatchId(chartId = 'evidence-chart'): string {
  return `${chartId}-hatch`;
}

function evidenceRow(element: ElementReport, top: number, barWidth: number, x: (value: number) => number, hatch: string): string {
  const label = truncate(element.element.label, EVIDENCE.maxLabelLength);
  const barTop = top + EVIDENCE.barTop;
  // A missing element keeps a sliver of its colour, so the row never looks merely empty.
  const countWidth = Math.max(x(element.count), 4);
  return [
    `<g class="row" data-element="${escapeMarkup(element.element.id)}">`,
    `<title>${escapeMarkup(`${element.element.label}: ${winsText(element.count)}, ${element.strong} measured, ${statusText(element)}`)}</title>`,
    statusMark(element.status, EVIDENCE.markSize, { x: 0, y: top + EVIDENCE.markTop }),
    `<text class="label" x="${EVIDENCE.labelLeft}" y="${top + EVIDENCE.labelBaseline}">${escapeMarkup(label)}<tspan class="status-text status-${element.status}" dx="10">${escapeMarkup(statusText(element))}</tspan></text>`,
    `<rect class="track" x="0" y="${barTop}" width="${barWidth}" height="${EVIDENCE.barHeight}" fill="none"/>`,
    `<rect class="count status-${element.status}" x="0" y="${barTop}" width="${countWidth}" height="${EVIDENCE.barHeight}" fill="currentColor"/>`,
    isHatched(element.status) ? `<rect class="hatch" x="0" y="${barTop}" width="${countWidth}" height="${EVIDENCE.barHeight}" fill="url(#${hatch})"/>` : '',
    element.strong > 0
      ? `<rect class="strong" x="0" y="${top + EVIDENCE.strongTop}" width="${x(element.strong)}" height="${EVIDENCE.strongHeight}" fill="currentColor"/>`
      : '',
    `<text class="value" x="${barWidth + 10}" y="${barTop + EVIDENCE.barHeight - 2}">${winsText(element.count)}, ${element.strong} measured</text>`,
    '</g>',
  ].join('');
}

function minimumMark(x: number, top: number): string {
  const from = top + EVIDENCE.barTop - 3;
  const to = top + EVIDENCE.strongTop + EVIDENCE.strongHeight + 3;
  return `<line class="minimum" x1="${x}" y1="${from}" x2="${x}" y2="${to}" stroke="currentColor" stroke-width="1.5" stroke-dasharray="4 3"/>`;
}

const MONTHS = {
  height: 160,
  /** Room above the tallest bar for its figure. */
  top: 18,
  /** Room below the baseline for the month and the year. */
  bottom: 34,
  maxBarWidth: 44,
  /** More months than this and only every n-th is named, so names never overlap. */
  maxLabels: 12,
} as const;

/** One bar per month of the period; the part with a measured result is drawn over its foot. */
export function winsPerMonthChart(report: JournalReport, id = 'months-chart'): string {
  const months = report.winsPerMonth;
  const baseline = MONTHS.height - MONTHS.bottom;
  const top = Math.max(1, ...months.map((month) => month.wins));
  const y = (value: number) => round((value / top) * (baseline - MONTHS.top));
  const slot = WIDTH / Math.max(months.length, 1);
  const barWidth = round(Math.min(MONTHS.maxBarWidth, slot * 0.6));
  const labelEvery = Math.ceil(months.length / MONTHS.maxLabels);
  const total = months.reduce((sum, month) => sum + month.wins, 0);
  const title = `Wins per month, ${dayRange(report.period.start, report.period.end)}: ${winsText(total)}`;
  const description = months.map((month) => `${month.label}: ${winsText(month.wins)}, ${month.strong} with a measured result.`).join(' ');
  const bars = months.map((month, index) => {
    const centre = round(slot * index + slot / 2);
    return monthBar(month, centre, barWidth, baseline, y, index % labelEvery === 0, index === 0 || month.month.endsWith('-01'));
  });
  return svg(id, MONTHS.height, title, description, [
    ...bars,
    `<line class="axis" x1="0" y1="${baseline}" x2="${WIDTH}" y2="${baseline}" stroke="currentColor"/>`,
  ]);
}

function monthBar(
  month: MonthlyWins,
  centre: number,
  barWidth: number,
  baseline: number,
  y: (value: number) => number,
  named: boolean,
  showYear: boolean,
): string {
  const left = round(centre - barWidth / 2);
  const [monthName, year] = month.label.split(' ');
  const parts = [`<g class="month" data-month="${month.month}">`, `<title>${escapeMarkup(`${month.label}: ${winsText(month.wins)}, ${month.strong} measured`)}</title>`];
  if (month.wins > 0) {
    parts.push(`<rect class="wins" x="${left}" y="${baseline - y(month.wins)}" width="${barWidth}" height="${y(month.wins)}" fill="currentColor"/>`);
  }
  if (month.strong > 0) {
    parts.push(`<rect class="strong" x="${left}" y="${baseline - y(month.strong)}" width="${barWidth}" height="${y(month.strong)}" fill="currentColor"/>`);
  }
  parts.push(`<text class="value" x="${centre}" y="${baseline - y(month.wins) - 4}" text-anchor="middle">${month.wins}</text>`);
  if (named) {
    parts.push(`<text class="label" x="${centre}" y="${baseline + 16}" text-anchor="middle">${escapeMarkup(monthName)}</text>`);
    if (showYear) {
      parts.push(`<text class="muted" x="${centre}" y="${baseline + 31}" text-anchor="middle">${escapeMarkup(year ?? '')}</text>`);
    }
  }
  parts.push('</g>');
  return parts.join('');
}

/** The outer element: scales to its container's width, and is named for screen readers by its title and description. */
function svg(id: string, height: number, title: string, description: string, content: readonly string[]): string {
  const safeId = escapeMarkup(id);
  return [
    `<svg class="chart" id="${safeId}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${safeId}-title ${safeId}-desc" font-size="${FONT_SIZE}">`,
    `<title id="${safeId}-title">${escapeMarkup(title)}</title>`,
    `<desc id="${safeId}-desc">${escapeMarkup(description)}</desc>`,
    ...content,
    '</svg>',
  ].join('\n');
}

/** "ok", "thin: 2 of 3 this half", "missing: none this half". */
export function statusText(element: ElementReport): string {
  return element.status === 'ok' ? STATUS_TEXT.ok : `${STATUS_TEXT[element.status]}: ${element.gap}`;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** One decimal is finer than a pixel, and keeps the SVG text short and stable. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
