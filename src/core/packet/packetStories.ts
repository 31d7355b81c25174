import type { JournalEntry } from '../entries/entry';
import { storyOfEntryText, type EntryStory, type StoryMode } from './entryStory';
import type { OversizedFile, RefusedFile } from '../journal/journalIndex';
import { isInPeriod, type Period } from '../dates/periods';

/**
 * Reads one entry's file again, for its body (the index keeps only the
 * frontmatter): through the journal's file source, whose limits (size, links
 * leading outside the journal) hold for the stories too.
 */
export type ReadEntryFile = (entry: JournalEntry) => Promise<Uint8Array | OversizedFile | RefusedFile>;

/** Files read at once: a packet reads only its period's wins, so a few in flight are enough. */
const PARALLEL_READS = 16;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The entries a packet lists: shared (not confidential), dated in the period, tagged with an element. */
export function packetWins(entries: Iterable<JournalEntry>, period: Period): JournalEntry[] {
  return [...entries].filter((entry) => !entry.confidential && entry.elements.length > 0 && entry.date !== undefined && isInPeriod(entry.date, period));
}

/**
 * The story of each entry, read from its file now. An entry whose file is
 * gone, unreadable, too large, refused by the source, not text, or
 * confidential by now simply has no story: the packet is still written.
 */
export async function readStories(entries: readonly JournalEntry[], read: ReadEntryFile, mode: StoryMode): Promise<Map<JournalEntry, EntryStory>> {
  const stories = new Map<JournalEntry, EntryStory>();
  if (mode === 'none') {
    return stories;
  }
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const entry = entries[next++];
      const story = await storyOfFile(entry, read, mode);
      if (story) {
        stories.set(entry, story);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, entries.length) }, worker));
  return stories;
}

async function storyOfFile(entry: JournalEntry, read: ReadEntryFile, mode: StoryMode): Promise<EntryStory | undefined> {
  let text: string;
  try {
    const bytes = await read(entry);
    if ('oversized' in bytes || 'refused' in bytes) {
      return undefined;
    }
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  return storyOfEntryText(text, mode);
}
