import { shortDay } from '../dates/calendarDay';
import { totalsSentence } from '../evidence/countText';
import { evidenceChart, hatchId, statusText, winsPerMonthChart } from './dashboardChart';
import { isHatched, statusMark } from './dashboardStatus';
import type { EvidenceStatus } from '../evidence/evidence';
import { dayRange } from '../dates/dayFormat';
import type { JournalEntry } from '../entries/entry';
import { escapeMarkup } from '../text/markup';
import type { ElementReport, JournalReport } from '../evidence/report';
import { reviewSentence, type ReviewCountdown } from '../review/reviewDate';

/** What the page needs from the webview that shows it. */
export interface DashboardPage {
  /** The webview's `cspSource`: the only origin its stylesheet may come from. */
  readonly cspSource: string;
  /** Fresh and random for every render: only the script carrying it may run. */
  readonly nonce: string;
  /** The stylesheet, as a webview URI. */
  readonly styleUri: string;
  /** The page's one script (built from src/webview/dashboard.ts), as a webview URI. */
  readonly scriptUri: string;
  /** Which of the window's journals holds an entry; the first unless told. */
  readonly journalOf?: (entry: JournalEntry) => number;
}

/**
 * The dashboard page for a report: the evidence per element against the
 * minimum, the wins per month, the gaps with their prompts, and the strongest
 * entries. Every text from the user's files is escaped; nothing is fetched
 * from elsewhere; buttons carry data attributes that the page's one script
 * turns into messages (see `parseDashboardMessage`).
 */
export function renderDashboardHtml(report: JournalReport, page: DashboardPage, review?: ReviewCountdown): string {
  const nonce = escapeMarkup(page.nonce);
  const source = escapeMarkup(page.cspSource);
  const policy = `default-src 'none'; style-src ${source}; img-src ${source} data:; font-src ${source}; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeMarkup(page.styleUri)}">
<title>Evidence Dashboard</title>
</head>
<body>
<header>
<h1>Evidence dashboard</h1>
${countdown(review)}${summary(report)}
</header>
<main>
<div class="charts">
${evidenceSection(report)}
${monthsSection(report)}
</div>
${gapsSection(report)}
${strongestSection(report, page.journalOf ?? (() => 0))}
${problemsNote(report)}
</main>
<script nonce="${nonce}" src="${escapeMarkup(page.scriptUri)}"></script>
</body>
</html>
`;
}

/** The period's totals, from the report as every surface counts them (docs/counting.md). */
function summary(report: JournalReport): string {
  const verdict =
    report.gaps.length === 0
      ? 'Every element has enough recent evidence.'
      : `${report.gaps.length} of ${report.elements.length} elements need evidence.`;
  const { minEntries, staleDays } = report.thresholds;
  return [
    `<p class="summary"><strong>${escapeMarkup(capitalize(report.period.label))}</strong> (${dayRange(report.period.start, report.period.end)}): ${escapeMarkup(totalsSentence(report.totals))} ${verdict}</p>`,
    `<p class="muted">A win is an entry tagged with an element: it counts once in the total and once for each element it shows. An element needs evidence with fewer than ${minEntries} ${minEntries === 1 ? 'win' : 'wins'} in the period, or no win in the last ${staleDays} days.</p>`,
  ].join('\n');
}

/** The countdown to the review, when there is a review date. */
function countdown(review: ReviewCountdown | undefined): string {
  const sentence = review && reviewSentence(review);
  return sentence ? `<p class="review-countdown">${escapeMarkup(sentence)}</p>\n` : '';
}

function evidenceSection(report: JournalReport): string {
  return `<section class="chart-section" aria-labelledby="evidence-heading">
<h2 id="evidence-heading">Evidence by element</h2>
<ul class="legend">
${legendItem(statusSwatch('ok'), 'ok')}
${legendItem(statusSwatch('thin'), 'thin or stale')}
${legendItem(statusSwatch('missing'), 'missing')}
${legendItem(swatch('<rect class="strong" y="3" width="12" height="6" fill="currentColor"/>'), 'with a measured result')}
${legendItem(swatch('<line class="minimum" x1="6" y1="0" x2="6" y2="12" stroke="currentColor" stroke-width="1.5" stroke-dasharray="3 2"/>'), 'minimum')}
</ul>
${evidenceChart(report)}
</section>`;
}

function monthsSection(report: JournalReport): string {
  return `<section class="chart-section" aria-labelledby="months-heading">
<h2 id="months-heading">Wins per month</h2>
<ul class="legend">
${legendItem(swatch('<rect class="wins" width="12" height="12" fill="currentColor"/>'), 'wins')}
${legendItem(swatch('<rect class="strong" width="12" height="12" fill="currentColor"/>'), 'with a measured result')}
</ul>
${winsPerMonthChart(report)}
</section>`;
}

/** One item of a legend: its marks (markup made here, never from the user's files) and its words. */
function legendItem(marks: string, text: string): string {
  return `<li>${marks}${escapeMarkup(text)}</li>`;
}

/** A status in the legend as in the chart: its bar's colour (hatched when thin or stale) and its mark. */
function statusSwatch(status: EvidenceStatus): string {
  const hatch = isHatched(status) ? `<rect class="hatch" width="12" height="12" fill="url(#${hatchId()})"/>` : '';
  return `${swatch(`<rect class="count status-${status}" width="12" height="12" fill="currentColor"/>${hatch}`)}${statusMark(status, 12)}`;
}

function swatch(shape: string): string {
  return `<svg class="swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">${shape}</svg>`;
}

function gapsSection(report: JournalReport): string {
  const body =
    report.gaps.length === 0
      ? '<p>No gaps: every element has enough recent evidence. Keep logging to keep it that way.</p>'
      : `<div class="gaps">\n${report.gaps.map(gapCard).join('\n')}\n</div>`;
  return `<section aria-labelledby="gaps-heading">
<h2 id="gaps-heading">Gaps</h2>
${body}
</section>`;
}

function gapCard(gap: ElementReport): string {
  const { element } = gap;
  const headingId = `gap-${escapeMarkup(element.id)}`;
  const prompts = element.prompts.map((prompt) => `<li>${escapeMarkup(prompt)}</li>`).join('');
  return `<article class="gap status-${gap.status}" aria-labelledby="${headingId}">
<h3 id="${headingId}">${escapeMarkup(element.label)}</h3>
<p class="gap-status"><span class="badge">${statusMark(gap.status, 14)}${escapeMarkup(statusText(gap))}</span></p>
${element.description ? `<p class="description">${escapeMarkup(element.description)}</p>` : ''}
${prompts ? `<p class="prompts-intro">Log a win that answers:</p>\n<ul class="prompts">${prompts}</ul>` : ''}
<button type="button" data-action="logWin" data-element="${escapeMarkup(element.id)}" aria-label="${escapeMarkup(`Log a win for ${element.label}`)}">Log a win for this</button>
</article>`;
}

function strongestSection(report: JournalReport, journalOf: (entry: JournalEntry) => number): string {
  const labels = new Map(report.elements.map(({ element }) => [element.id, element.label]));
  const body =
    report.strongest.length === 0
      ? '<p>No win in this period states a measured result yet. Add a number to a win\'s impact or metrics: "churn 4.1% to 2.9%", "$120k saved".</p>'
      : `<ol class="strongest">\n${report.strongest.map((entry) => strongEntry(entry, report.today, labels, journalOf(entry))).join('\n')}\n</ol>`;
  return `<section aria-labelledby="strongest-heading">
<h2 id="strongest-heading">Strongest entries</h2>
${body}
</section>`;
}

function strongEntry(entry: JournalEntry, today: string, labels: ReadonlyMap<string, string>, journalIndex: number): string {
  const result = entry.impact ?? entry.metrics[0];
  const elements = entry.elements.map((id) => labels.get(id) ?? id).join(' · ');
  return `<li>
<button type="button" class="entry" data-action="openEntry" data-path="${escapeMarkup(entry.path)}" data-journal="${journalIndex}" title="${escapeMarkup(`Open ${entry.path}`)}"><span class="entry-title">${escapeMarkup(entry.title)}</span></button>
<span class="entry-date">${entry.date ? escapeMarkup(shortDay(entry.date, today)) : ''}</span>
${result ? `<p class="impact">${escapeMarkup(result)}</p>` : ''}
${elements ? `<p class="muted">${escapeMarkup(elements)}</p>` : ''}
</li>`;
}

function problemsNote(report: JournalReport): string {
  const broken = new Set(report.problems.map((problem) => problem.entry)).size;
  if (broken === 0) {
    return '';
  }
  return `<p class="note">${broken} ${broken === 1 ? 'entry has a problem' : 'entries have problems'} and may count wrongly: see <strong>Problems</strong> in the Promotion Journal sidebar.</p>`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

