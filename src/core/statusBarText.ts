import { periodName } from './countText';
import { needsEvidence, type ElementEvidence } from './evidence';
import { escapeMarkdown, type MarkdownText } from './markdown';
import type { Period } from './periods';

export interface StatusBarText {
  /** The item's text; `$(name)` is an icon there. */
  readonly text: string;
  readonly tooltip: MarkdownText;
}

/**
 * How many elements need evidence in the period, the number the dashboard's
 * verdict and `check` give, and in the tooltip which ones and why.
 */
export function evidenceStatusBarText(evidence: readonly ElementEvidence[], period: Period): StatusBarText {
  const flagged = evidence.filter(needsEvidence);
  if (flagged.length === 0) {
    return {
      text: `$(pass) Evidence ok ${period.label}`,
      tooltip: { value: escapeMarkdown(`Every strategic element has enough recent evidence ${periodName(period)}.`), supportThemeIcons: false },
    };
  }
  const heading = escapeMarkdown(`${flagged.length} of ${evidence.length} strategic elements need evidence ${periodName(period)}:`);
  const lines = flagged.map((item) => `- **${escapeMarkdown(item.element.label)}**: ${escapeMarkdown(item.gap)}`);
  return {
    text: `$(warning) ${flagged.length} need evidence ${period.label}`,
    tooltip: { value: `${heading}\n\n${lines.join('\n')}\n\nClick to open the journal.`, supportThemeIcons: false },
  };
}
