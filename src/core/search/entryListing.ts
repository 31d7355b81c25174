import type { CalendarDay } from '../dates/calendarDay';
import type { JournalEntry } from '../entries/entry';
import { printable } from '../text/printable';

/** One entry in `list --json`: stable, keys may be added, never renamed or removed. */
export interface EntryJson {
  /** Relative to the journal folder, with `/`. */
  readonly path: string;
  readonly date: CalendarDay | null;
  readonly title: string;
  /** Element ids. */
  readonly elements: readonly string[];
  readonly impact: string | null;
  readonly metrics: readonly string[];
  readonly stakeholders: readonly string[];
  readonly tags: readonly string[];
  readonly confidential: boolean;
}

export function entryJson(entry: JournalEntry): EntryJson {
  return {
    path: entry.path,
    date: entry.date ?? null,
    title: entry.title,
    elements: entry.elements,
    impact: entry.impact ?? null,
    metrics: entry.metrics,
    stakeholders: entry.stakeholders,
    tags: entry.tags,
    confidential: entry.confidential,
  };
}

const NO_DATE = 'no date   '; // as wide as a date, so that titles line up

/**
 * One line per entry, for a terminal: date, title, element ids and path,
 * every text from the file made printable.
 */
export function renderEntryList(entries: readonly JournalEntry[]): string {
  return entries
    .map((entry) => {
      const elements = entry.elements.length > 0 ? entry.elements.join(', ') : 'untagged';
      const confidential = entry.confidential ? ' (confidential)' : '';
      return `${entry.date ?? NO_DATE}  ${printable(entry.title)}${confidential}  [${elements}]  ${printable(entry.path)}\n`;
    })
    .join('');
}
