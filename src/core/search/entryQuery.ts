import type { CalendarDay } from '../dates/calendarDay';
import type { JournalEntry } from '../entries/entry';
import { newestFirst } from '../evidence/entryOrder';

/** What to look for in the journal; each field given narrows the result. */
export interface EntryQuery {
  /** Element ids the entry shows, every one of them. */
  readonly elements?: readonly string[];
  /** Element ids the entry shows none of. */
  readonly notElements?: readonly string[];
  /** First and last day, both included: an undated entry is then left out. */
  readonly from?: CalendarDay;
  readonly to?: CalendarDay;
  /** Tags the entry has, every one of them; case does not matter. */
  readonly tags?: readonly string[];
  /** Text in the title, the impact or the body; case and runs of spaces do not matter. */
  readonly contains?: string;
  /** Only confidential entries (true), or only the others (false). */
  readonly confidential?: boolean;
  /** At most this many, the newest. */
  readonly limit?: number;
}

/** How many bodies are read at once while searching for text. */
const BODIES_AT_ONCE = 32;

/**
 * The entries a query finds, newest first (undated last). Only `contains`
 * needs more than the index: `readBody` gives an entry's body, and is asked
 * only for entries that every other filter keeps and whose title and impact
 * lack the text, newest first, until `limit` are found.
 */
export async function findEntries(entries: Iterable<JournalEntry>, query: EntryQuery, readBody: (entry: JournalEntry) => Promise<string>): Promise<JournalEntry[]> {
  const candidates = [...entries].filter((entry) => matchesFields(entry, query)).sort(newestFirst);
  const limit = query.limit ?? Infinity;
  if (query.contains === undefined) {
    return candidates.slice(0, limit);
  }
  const needle = searchable(query.contains);
  const found: JournalEntry[] = [];
  for (let start = 0; start < candidates.length && found.length < limit; start += BODIES_AT_ONCE) {
    const batch = candidates.slice(start, start + BODIES_AT_ONCE);
    const matches = await Promise.all(batch.map(async (entry) => fieldsContain(entry, needle) || searchable(await readBody(entry)).includes(needle)));
    found.push(...batch.filter((_, index) => matches[index]));
  }
  return found.slice(0, limit);
}

/** Every filter but `contains` and `limit`: what the index alone can answer. */
export function matchesFields(entry: JournalEntry, query: EntryQuery): boolean {
  if (query.elements && !query.elements.every((id) => entry.elements.includes(id))) {
    return false;
  }
  if (query.notElements?.some((id) => entry.elements.includes(id))) {
    return false;
  }
  if (query.from !== undefined || query.to !== undefined) {
    if (entry.date === undefined || (query.from !== undefined && entry.date < query.from) || (query.to !== undefined && entry.date > query.to)) {
      return false;
    }
  }
  if (query.tags?.length) {
    const tags = new Set(entry.tags.map((tag) => tag.trim().toLowerCase()));
    if (!query.tags.every((tag) => tags.has(tag.trim().toLowerCase()))) {
      return false;
    }
  }
  return query.confidential === undefined || entry.confidential === query.confidential;
}

function fieldsContain(entry: JournalEntry, needle: string): boolean {
  return searchable(entry.title).includes(needle) || (entry.impact !== undefined && searchable(entry.impact).includes(needle));
}

/** Lower case, one space for any run of white space: a phrase matches across a line break. */
function searchable(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
