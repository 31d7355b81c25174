import { shortDay, type CalendarDay } from '../dates/calendarDay';
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

/** An entry's tooltip: title and date, the hint, impact, metrics, problems, and its file. */
export function entryTooltip(entry: JournalEntry): MarkdownText {
  let value = `**${escapeMarkdown(entry.title)}**${entry.date ? ` · ${entry.date}` : ''}\n\n`;
  if (!isStrongEntry(entry)) {
    value += '$(lightbulb) Add the result you measured to `impact` or `metrics`: a number, a percentage or an amount makes the win convincing.\n\n';
  }
  if (entry.impact) {
    value += `**Impact:** ${escapeMarkdown(entry.impact)}\n\n`;
  }
  value += entry.metrics.map((metric) => `- ${escapeMarkdown(metric)}\n`).join('');
  if (entry.problems.length > 0) {
    value += '\n**Problems:**\n\n';
    value += entry.problems.map((problem) => `- $(warning) ${escapeMarkdown(problem.message)}\n`).join('');
  }
  value += `\n\n${markdownCode(entry.path, true)}`;
  return { value, supportThemeIcons: true };
}
