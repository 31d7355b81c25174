import { periodName } from '../evidence/countText';
import { needsEvidence, type ElementEvidence } from '../evidence/evidence';
import { escapeMarkdown, type MarkdownText } from '../text/markdown';
import type { Period } from '../dates/periods';
import { reviewCountdownText, type ReviewCountdown } from '../review/reviewDate';

export interface StatusBarText {
  /** The item's text; `$(name)` is an icon there. */
  readonly text: string;
  readonly tooltip: MarkdownText;
}

/**
 * How many elements need evidence in the period, the number the dashboard's
 * verdict and `check` give, after the days left until the review; in the
 * tooltip, which elements and why.
 */
export function evidenceStatusBarText(evidence: readonly ElementEvidence[], period: Period, review?: ReviewCountdown): StatusBarText {
  const flagged = evidence.filter(needsEvidence);
  const countdown = review && reviewCountdownText(review);
  const before = countdown ? `${countdown} · ` : '';
  if (flagged.length === 0) {
    return {
      text: `$(pass) ${before}Evidence ok ${period.label}`,
      tooltip: { value: escapeMarkdown(`Every strategic element has enough recent evidence ${periodName(period)}.`), supportThemeIcons: false },
    };
  }
  const heading = escapeMarkdown(`${flagged.length} of ${evidence.length} strategic elements need evidence ${periodName(period)}:`);
  const lines = flagged.map((item) => `- **${escapeMarkdown(item.element.label)}**: ${escapeMarkdown(item.gap)}`);
  return {
    text: `$(warning) ${before}${flagged.length} need evidence ${period.label}`,
    tooltip: { value: `${heading}\n\n${lines.join('\n')}`, supportThemeIcons: false },
  };
}
