import type { CalendarDay } from '../dates/calendarDay';
import { plural } from '../evidence/countText';
import { dayRange, longDay } from '../dates/dayFormat';
import type { StrategicElement } from '../elements/elements';
import type { JournalEntry } from '../entries/entry';
import { DEFAULT_THRESHOLDS, type EvidenceThresholds } from '../evidence/evidence';
import { encodeLinkPath, escapeMarkdown, markdownTable } from '../text/markdown';
import { isInPeriod, type Period } from '../dates/periods';
import { printableLines } from '../text/printable';
import { packetGlance } from './packetSummary';
import { storyLines } from './packetStoryLines';
import type { EntryStory } from './entryStory';
import { buildReport, type ElementReport, type JournalReport } from '../evidence/report';
import { isReviewAhead, reviewSentence, type ReviewCountdown } from '../review/reviewDate';

export interface PacketOptions {
  /**
   * The link target of an entry, ready to put in a markdown link (encoded), or
   * undefined for no link. By default its path relative to the journal folder,
   * right for a packet saved in that folder.
   */
  readonly linkOf?: (entry: JournalEntry) => string | undefined;
  /** The heading's first words; "Promotion packet" unless told. */
  readonly title?: string;
  /** The countdown to the review, said in the summary while the review is ahead. */
  readonly review?: ReviewCountdown;
  /** Each win's story, read from its file (see readStories); a win without one shows none. */
  readonly stories?: ReadonlyMap<JournalEntry, EntryStory>;
}

export interface PromotionPacket {
  readonly markdown: string;
  /** The report the packet shows: built without the confidential entries. */
  readonly report: JournalReport;
  /** Confidential entries dated inside the period, left out of the packet. */
  readonly confidentialLeftOut: number;
}

/**
 * The promotion packet for a period: a coverage table, a section per element
 * with its wins, then the gaps. The packet is shared with reviewers, so
 * confidential entries are left out of everything in it, counts included;
 * only their number is said.
 */
export function buildPacket(
  entries: Iterable<JournalEntry>,
  elements: readonly StrategicElement[],
  period: Period,
  today: CalendarDay,
  thresholds: EvidenceThresholds = DEFAULT_THRESHOLDS,
  options: PacketOptions = {},
): PromotionPacket {
  const shared: JournalEntry[] = [];
  let confidentialLeftOut = 0;
  for (const entry of entries) {
    if (!entry.confidential) {
      shared.push(entry);
    } else if (entry.date !== undefined && isInPeriod(entry.date, period)) {
      confidentialLeftOut++;
    }
  }
  const report = buildReport(shared, elements, period, today, thresholds);
  return { markdown: renderPacket(report, confidentialLeftOut, options), report, confidentialLeftOut };
}

function renderPacket(report: JournalReport, confidentialLeftOut: number, options: PacketOptions): string {
  const linkOf = once(options.linkOf ?? ((entry: JournalEntry) => encodeLinkPath(entry.path)));
  const range = dayRange(report.period.start, report.period.end);
  const sections = [
    `# ${escapeMarkdown(options.title ?? 'Promotion packet')}: ${range}`,
    summary(report, confidentialLeftOut, options.review),
    packetGlance(report, linkOf),
    `## Coverage\n\n${coverageTable(report, confidentialLeftOut)}`,
    ...report.elements.map((element) => elementSection(element, linkOf, options.stories)),
    gapsSection(report),
  ];
  // A control character is never meaningful in a packet, and one from an entry would act on the terminal of whoever `cat`s it.
  return printableLines(`${sections.join('\n\n')}\n`);
}

/**
 * The packet's totals are the report's, of the entries it shares: with what is
 * left out, they add up to the entries the dashboard and the CLI count.
 */
function summary(report: JournalReport, confidentialLeftOut: number, review: ReviewCountdown | undefined): string {
  const { wins, untagged } = report.totals;
  const sentences = [`${plural(wins, 'win', 'wins')} logged from ${dayRange(report.period.start, report.period.end)}, as of ${longDay(report.today)}.`];
  if (confidentialLeftOut > 0) {
    sentences.push(`${plural(confidentialLeftOut, 'confidential entry is', 'confidential entries are')} left out.`);
  }
  if (untagged > 0) {
    sentences.push(`${plural(untagged, 'more entry has', 'more entries have')} no strategic element and ${untagged === 1 ? 'is' : 'are'} not listed.`);
  }
  if (review && isReviewAhead(review)) {
    sentences.push(reviewSentence(review)!);
  }
  return sentences.join(' ');
}

function coverageTable(report: JournalReport, confidentialLeftOut: number): string {
  const rows = report.elements.map((evidence) => [
    escapeMarkdown(evidence.element.label),
    String(evidence.count),
    String(evidence.strong),
    evidence.latest ? longDay(evidence.latest) : 'never',
    evidence.gap ? `${evidence.status}: ${escapeMarkdown(evidence.gap)}` : evidence.status,
  ]);
  const table = markdownTable(['Strategic element', 'Wins', 'With a measured result', 'Latest', 'Status'], rows, [1, 2]);
  const leftOut = confidentialLeftOut > 0 ? ' Confidential entries are not counted.' : '';
  return `Wins per element from ${dayRange(report.period.start, report.period.end)}: a win tagged with several elements counts once for each.${leftOut}\n\n${table}`;
}

function elementSection(evidence: ElementReport, linkOf: (entry: JournalEntry) => string | undefined, stories?: ReadonlyMap<JournalEntry, EntryStory>): string {
  const description = escapeMarkdown(evidence.element.description);
  const heading = `## ${escapeMarkdown(evidence.element.label)}${description ? `\n\n_${description}_` : ''}`;
  if (evidence.entries.length === 0) {
    return `${heading}\n\nNo wins in this period.`;
  }
  return `${heading}\n\n${evidence.entries.map((entry) => winItem(entry, linkOf(entry), stories?.get(entry))).join('\n')}`;
}

function winItem(entry: JournalEntry, link: string | undefined, story: EntryStory | undefined): string {
  const title = escapeMarkdown(entry.title);
  const lines = [`- **${longDay(entry.date!)}: ${link === undefined ? title : `[${title}](${link})`}**`, ...storyLines(story)];
  if (entry.impact) {
    lines.push(`  - Impact: ${escapeMarkdown(entry.impact)}`);
  }
  if (entry.metrics.length === 1) {
    lines.push(`  - Metrics: ${escapeMarkdown(entry.metrics[0])}`);
  } else if (entry.metrics.length > 1) {
    lines.push('  - Metrics:', ...entry.metrics.map((metric) => `    - ${escapeMarkdown(metric)}`));
  }
  if (entry.stakeholders.length > 0) {
    lines.push(`  - Stakeholders: ${entry.stakeholders.map(escapeMarkdown).join(', ')}`);
  }
  return lines.join('\n');
}

function gapsSection(report: JournalReport): string {
  if (report.gaps.length === 0) {
    return '## Evidence gaps\n\nNone: every element has enough evidence.';
  }
  const items = report.gaps.map((gap) =>
    [`- **${escapeMarkdown(gap.element.label)}**: ${gap.status}, ${escapeMarkdown(gap.gap)}.`, ...gap.element.prompts.map((prompt) => `  - ${escapeMarkdown(prompt)}`)].join('\n'),
  );
  return `## Evidence gaps\n\nWhat to find or log next, with the questions that help.\n\n${items.join('\n')}`;
}

/** An entry shows in the glance and under each of its elements: its link is worked out once. */
function once(linkOf: (entry: JournalEntry) => string | undefined): (entry: JournalEntry) => string | undefined {
  const links = new Map<JournalEntry, string | undefined>();
  return (entry) => {
    if (!links.has(entry)) {
      links.set(entry, linkOf(entry));
    }
    return links.get(entry);
  };
}
