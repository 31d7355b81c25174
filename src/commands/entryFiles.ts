import type { JournalEntry } from '../core/entries/entry';
import type { ReadEntryFile } from '../core/packet/packetStories';
import type { JournalService, LocatedEntry } from '../journal/journalService';

/** Every entry of the window with its journal and file, by entry object. */
export function locatedEntries(service: JournalService): Map<JournalEntry, LocatedEntry> {
  const located = new Map<JournalEntry, LocatedEntry>();
  for (const item of service.entries()) {
    located.set(item.entry, item);
  }
  return located;
}

/** Reads an entry's file again through its journal's file source: the one that read it (remote and virtual folders too). */
export function entryFileReader(located: ReadonlyMap<JournalEntry, LocatedEntry>): ReadEntryFile {
  return (entry) => {
    const item = located.get(entry);
    return item ? item.journal.files.read(entry.path) : Promise.reject(new Error(`not in the journal: ${entry.path}`));
  };
}
