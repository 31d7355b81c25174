import { daysBetween, shortDay, type CalendarDay } from '../dates/calendarDay';
import type { StrategicElement } from '../elements/elements';
import { entriesText, periodName, winsText } from '../evidence/countText';
import type { JournalEntry } from '../entries/entry';
import { needsEvidence, type ElementEvidence } from '../evidence/evidence';
import { isStrongEntry } from '../evidence/evidenceQuality';
import { escapeMarkdown, markdownCode, type MarkdownText } from '../text/markdown';
import type { Period } from '../dates/periods';

/*
 * The sidebar's texts, built from the report's evidence so that the tree says
 * what the status bar, the dashboard and the command line say. An element
 * lists its entries of every date; its description says which of its numbers
 * are the period's and which are all-time (docs/counting.md).
 */

/**
 * "4 wins this half", "1 of 3 this half · 3 in all", "0 wins this half, none
 * since 14 Dec 2025 · 2 in all": the period's count first, then the gap, then
 * the all-time count when it differs.
 */
export function elementDescription(evidence: ElementEvidence, period: Period): string {
  const { status, gap, count, allTime } = evidence;
  // These gaps already state the period's count: "1 of 3 this half", "none this half".
  const gapStatesCount = status === 'thin' || (status === 'missing' && evidence.latest === undefined);
  const inPeriod = gapStatesCount ? gap : [`${winsText(count)} ${period.label}`, gap].filter(Boolean).join(', ');
  return allTime === count ? inPeriod : `${inPeriod} · ${allTime} in all`;
}

/** An element's name in the tree: its short name where it has one, so that its numbers fit beside it at the sidebar's default width. */
export function elementTreeLabel(element: StrategicElement): string {
  return element.shortLabel ?? element.label;
}

/**
 * An element's row, short enough for the sidebar's default width: "4 wins"
 * when ok; when flagged, the period's wins of the minimum and how long ago
 * the latest was ("1/3 · 6 wk ago", "0/3 · never"). The tooltip and the
 * screen reader say it in full (`elementDescription`).
 */
export function elementRowDescription(evidence: ElementEvidence, minEntries: number, today: CalendarDay): string {
  if (!needsEvidence(evidence)) {
    return winsText(evidence.count);
  }
  return `${evidence.count}/${minEntries} · ${evidence.latest ? timeAgo(evidence.latest, today) : 'never'}`;
}

/** "today", "yesterday", "5 days ago", "6 wk ago", "5 mo ago", "2 yr ago": how long ago a day was, in a few characters. */
export function timeAgo(day: CalendarDay, today: CalendarDay): string {
  const days = daysBetween(day, today);
  if (days <= 0) {
    return days === 0 ? 'today' : shortDay(day, today);
  }
  if (days === 1) {
    return 'yesterday';
  }
  if (days < 14) {
    return `${days} days ago`;
  }
  if (days < 70) {
    return `${Math.floor(days / 7)} wk ago`;
  }
  if (days < 730) {
    return `${Math.floor(days / 30.44)} mo ago`;
  }
  return `${Math.floor(days / 365.25)} yr ago`;
}

/** What a screen reader says for an element's row. */
export function elementAccessibilityLabel(evidence: ElementEvidence, period: Period): string {
  return `${evidence.element.label}: ${elementDescription(evidence, period)}${needsEvidence(evidence) ? ', needs evidence' : ''}`;
}

/** The element's tooltip: what counts as evidence, its numbers with the period's days, and what to log when flagged. */
export function elementTooltip(evidence: ElementEvidence, period: Period): MarkdownText {
  const { element, count, strong, allTime, gap } = evidence;
  const parts = [
    `**${escapeMarkdown(element.label)}** · ${markdownCode(element.id, true)}`,
    escapeMarkdown(element.description),
    escapeMarkdown(`${winsText(count)} ${periodName(period)}, ${strong} with a measured result; ${allTime} in all, of any date.`),
  ].filter(Boolean);
  let value = parts.join('\n\n');
  if (needsEvidence(evidence)) {
    value += `\n\n$(warning) **Needs evidence: ${escapeMarkdown(gap)}.** Log a win that answers:\n\n`;
    value += element.prompts.map((prompt) => `- ${escapeMarkdown(prompt)}\n`).join('');
  }
  return { value, supportThemeIcons: true };
}

/** A group of entries (a quarter, Untagged, Problems, No date) counts its entries, tagged or not. */
export function groupDescription(entryCount: number): string {
  return entriesText(entryCount);
}

/** Shown on entries that state no measurable outcome: the one edit that makes a win convincing. */
export const WEAK_HINT = 'add the result you measured';

/** An entry's row: its first problem under Problems; elsewhere its day, with the hint when it states no result. */
export function entryDescription(entry: JournalEntry, today: CalendarDay, underProblems: boolean): string {
  if (underProblems && entry.problems.length > 0) {
    return entry.problems[0].message;
  }
  const day = entry.date ? shortDay(entry.date, today) : 'no date';
  return isStrongEntry(entry) ? day : `${day} · ${WEAK_HINT}`;
}

/** How many characters of a title the sidebar shows at its default width, about. */
const VISIBLE_TITLE_CHARS = 24;

/**
 * The titles among siblings that look the same when the row is cut: those
 * that share their visible start with another. Their rows start with the
 * day, which tells them apart.
 */
export function lookAlikeTitles(titles: Iterable<string>): Set<string> {
  const byStart = new Map<string, string[]>();
  for (const title of titles) {
    const start = title.slice(0, VISIBLE_TITLE_CHARS).toLowerCase();
    byStart.set(start, [...(byStart.get(start) ?? []), title]);
  }
  return new Set([...byStart.values()].filter((group) => group.length > 1).flat());
}

/** An entry's row label: its title, after its day when the title looks like a sibling's. */
export function entryLabel(entry: JournalEntry, today: CalendarDay, looksAlike: boolean): string {
  return looksAlike && entry.date ? `${shortDay(entry.date, today)} · ${entry.title}` : entry.title;
}

/**
 * An entry's tooltip: title and date, its elements, the hint, impact,
 * metrics, stakeholders and tags, problems, and its file. Element ids the
 * framework does not know are shown as written.
 */
export function entryTooltip(entry: JournalEntry, elements: readonly StrategicElement[] = []): MarkdownText {
  let value = `**${escapeMarkdown(entry.title)}**${entry.date ? ` · ${entry.date}` : ''}\n\n`;
  if (entry.elements.length > 0) {
    const labels = entry.elements.map((id) => elements.find((element) => element.id === id)?.label ?? id);
    value += `**Elements:** ${labels.map(escapeMarkdown).join(', ')}\n\n`;
  }
  if (!isStrongEntry(entry)) {
    value += '$(lightbulb) Add the result you measured to `impact` or `metrics`: a number, a percentage or an amount makes the win convincing.\n\n';
  }
  if (entry.impact) {
    value += `**Impact:** ${escapeMarkdown(entry.impact)}\n\n`;
  }
  value += entry.metrics.map((metric) => `- ${escapeMarkdown(metric)}\n`).join('');
  if (entry.metrics.length > 0) {
    value += '\n';
  }
  if (entry.stakeholders.length > 0) {
    value += `**Stakeholders:** ${entry.stakeholders.map(escapeMarkdown).join(', ')}\n\n`;
  }
  if (entry.tags.length > 0) {
    value += `**Tags:** ${entry.tags.map(escapeMarkdown).join(', ')}\n\n`;
  }
  if (entry.problems.length > 0) {
    value += '\n**Problems:**\n\n';
    value += entry.problems.map((problem) => `- $(warning) ${escapeMarkdown(problem.message)}\n`).join('');
  }
  value += `\n\n${markdownCode(entry.path, true)}`;
  return { value, supportThemeIcons: true };
}
