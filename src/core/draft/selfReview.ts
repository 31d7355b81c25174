import { dayRange, longDay } from '../dates/dayFormat';
import type { StrategicElement } from '../elements/elements';
import type { JournalEntry } from '../entries/entry';
import type { EntryStory } from '../packet/entryStory';
import { escapeMarkdown } from '../text/markdown';
import { packetWins } from '../packet/packetStories';
import { isInPeriod, type Period } from '../dates/periods';
import { printableLines } from '../text/printable';

/** What a self-review draft is written from. */
export interface SelfReviewInput {
  /** An array, not an iterator: the draft, the model's sources and the check each read it. */
  readonly entries: readonly JournalEntry[];
  readonly elements: readonly StrategicElement[];
  readonly period: Period;
  /** The link target of an entry, encoded, relative to where the draft is read. */
  readonly linkOf: (entry: JournalEntry) => string;
  /** Each win's story, read from its file (see readStories). */
  readonly stories?: ReadonlyMap<JournalEntry, EntryStory>;
}

/** The wins a draft may use, oldest first (a review reads as a story), and how many confidential ones stay out. */
export interface DraftWins {
  readonly wins: readonly JournalEntry[];
  readonly confidentialLeftOut: number;
}

export function draftWins(input: SelfReviewInput): DraftWins {
  const confidentialLeftOut = input.entries.filter((entry) => entry.confidential && entry.date !== undefined && isInPeriod(entry.date, input.period)).length;
  const wins = packetWins(input.entries, input.period).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { wins, confidentialLeftOut };
}

export function draftTitle(period: Period): string {
  return `Self-review draft: ${dayRange(period.start, period.end)}`;
}

/**
 * The self-review draft built from the entries alone: per element, what was
 * done, the results, and who was involved, each line from one entry and
 * linked to it. Needs nothing but the journal, so it always works, offline
 * and on the web.
 */
export function buildSelfReviewDraft(input: SelfReviewInput): string {
  const { wins, confidentialLeftOut } = draftWins(input);
  const left = confidentialLeftOut > 0 ? ` (${confidentialLeftOut} confidential ${confidentialLeftOut === 1 ? 'entry is' : 'entries are'} left out)` : '';
  const intro =
    wins.length === 0
      ? `No wins are logged in this period${left}: log a few, then draft again.`
      : `A starting point built from the ${wins.length === 1 ? 'win' : `${wins.length} wins`} logged in this period${left}. Every line links to the entry it comes from: check it, then put it in your own words.`;
  const sections = input.elements.map((element) => elementSection(element, wins.filter((entry) => entry.elements.includes(element.id)), input));
  // As in the packet: a control character from an entry would act on the terminal of whoever `cat`s the file.
  return printableLines(`${[`# ${draftTitle(input.period)}`, intro, ...sections].join('\n\n')}\n`);
}

function elementSection(element: StrategicElement, wins: readonly JournalEntry[], input: SelfReviewInput): string {
  const heading = `## ${escapeMarkdown(element.label)}`;
  if (wins.length === 0) {
    return `${heading}\n\nNo wins for this element in this period.`;
  }
  const cite = (entry: JournalEntry) => `[${escapeMarkdown(entry.title)}](${input.linkOf(entry)})`;
  const done = wins.map((entry) => {
    const story = input.stories?.get(entry);
    const told = story ? `: ${story.paragraphs.map(escapeMarkdown).join(' ')}` : '.';
    return `- ${cite(entry)} (${longDay(entry.date!)})${told}`;
  });
  const results = wins.flatMap((entry) => [entry.impact, ...entry.metrics].filter((text): text is string => Boolean(text)).map((text) => `- ${sentence(text)} (${cite(entry)}).`));
  const people = wins.filter((entry) => entry.stakeholders.length > 0).map((entry) => `- ${entry.stakeholders.map(escapeMarkdown).join(', ')} (${cite(entry)}).`);
  const parts = [heading, `What I did:\n\n${done.join('\n')}`];
  parts.push(results.length > 0 ? `Results:\n\n${results.join('\n')}` : 'Results: none logged yet; add the result you measured to these entries.');
  if (people.length > 0) {
    parts.push(`Who I worked with:\n\n${people.join('\n')}`);
  }
  return parts.join('\n\n');
}

/** A field as a sentence start: escaped, first letter up, no end stop (the citation follows). */
function sentence(text: string): string {
  const escaped = escapeMarkdown(text).replace(/[.;,\s]+$/, '');
  return escaped.charAt(0).toUpperCase() + escaped.slice(1);
}
