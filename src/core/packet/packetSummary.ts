import { longDay } from '../dates/dayFormat';
import type { JournalEntry } from '../entries/entry';
import { statesMeasuredResult } from '../evidence/evidenceQuality';
import { escapeMarkdown } from '../text/markdown';
import type { JournalReport } from '../evidence/report';

/** Wins the summary names: a reviewer reads three, not ten. */
export const STRONGEST_IN_SUMMARY = 3;

/**
 * The top of the packet, for a reader with a minute: each element's wins (the
 * coverage table's count) on one line, and the strongest wins, those with the
 * most measured results (the dashboard's list).
 */
export function packetGlance(report: JournalReport, linkOf: (entry: JournalEntry) => string | undefined): string {
  const perElement = report.elements.map((evidence) => `${escapeMarkdown(evidence.element.label)}: ${evidence.count}`).join(' · ');
  // The dashboard's strongest wins, its first three: one reading of "strongest" everywhere.
  const strongest = report.strongest.slice(0, STRONGEST_IN_SUMMARY);
  const strongestText =
    strongest.length === 0
      ? 'No win states a measured result yet.'
      : strongest.map((entry, index) => `${index + 1}. ${strongItem(entry, linkOf(entry))}`).join('\n');
  return `## At a glance\n\n**Wins per element:** ${perElement}\n\n**Strongest wins:**\n\n${strongestText}`;
}

function strongItem(entry: JournalEntry, link: string | undefined): string {
  const title = escapeMarkdown(entry.title);
  const result = [entry.impact ?? '', ...entry.metrics].find(statesMeasuredResult);
  return `${link === undefined ? title : `[${title}](${link})`} (${longDay(entry.date!)})${result ? `: ${escapeMarkdown(result)}` : ''}`;
}
