import * as vscode from 'vscode';
import type { CalendarDay } from '../core/dates/calendarDay';
import type { ElementEvidence } from '../core/evidence/evidence';
import { escapeMarkdown } from '../core/text/markdown';
import { lastWinSentence, reviewNote, type ReviewCountdown } from '../core/review/reviewDate';

/** Opens the Settings editor on the review date: the only command the tooltip may run. */
const REVIEW_DATE_LINK = `command:workbench.action.openSettings?${encodeURIComponent(JSON.stringify(['promotionJournal.reviewDate']))}`;

/**
 * The status bar's tooltip: the countdown to the review, what needs
 * evidence (`summary`, markdown), when a win was last logged, and the way
 * to the review date setting.
 */
export function reviewTooltip(summary: string, review: ReviewCountdown, evidence: readonly ElementEvidence[], today: CalendarDay): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(
    [escapeMarkdown(reviewNote(review)), summary, escapeMarkdown(lastWinSentence(evidence, today)), `[Set the review date](${REVIEW_DATE_LINK}) · Click to open the journal.`].join('\n\n'),
  );
  tooltip.isTrusted = { enabledCommands: ['workbench.action.openSettings'] };
  return tooltip;
}
