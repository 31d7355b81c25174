import type { JournalEntry } from '../entries/entry';

/**
 * The journal's entries grouped as the sidebar shows them: by element, plus
 * the untagged ones and the ones with problems. Kept current entry by entry,
 * so a change to one file never regroups the others.
 */
export class EntryGroups {
  private readonly byElement = new Map<string, Set<JournalEntry>>();
  private readonly untaggedEntries = new Set<JournalEntry>();
  private readonly problemEntries = new Set<JournalEntry>();

  add(entry: JournalEntry): void {
    for (const id of entry.elements) {
      let group = this.byElement.get(id);
      if (!group) {
        group = new Set();
        this.byElement.set(id, group);
      }
      group.add(entry);
    }
    if (entry.elements.length === 0) {
      this.untaggedEntries.add(entry);
    }
    if (entry.problems.length > 0) {
      this.problemEntries.add(entry);
    }
  }

  /** Removes an entry added before (the same object, unchanged). */
  remove(entry: JournalEntry): void {
    for (const id of entry.elements) {
      this.byElement.get(id)?.delete(entry);
    }
    this.untaggedEntries.delete(entry);
    this.problemEntries.delete(entry);
  }

  /** Every entry tagged with the element, in no particular order. */
  tagged(id: string): ReadonlySet<JournalEntry> {
    return this.byElement.get(id) ?? EMPTY;
  }

  untagged(): ReadonlySet<JournalEntry> {
    return this.untaggedEntries;
  }

  withProblems(): ReadonlySet<JournalEntry> {
    return this.problemEntries;
  }
}

const EMPTY: ReadonlySet<JournalEntry> = new Set();
