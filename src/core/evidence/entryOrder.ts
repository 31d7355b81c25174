import type { JournalEntry } from '../entries/entry';

// The one order of entries, for the report, the dashboard, the packet and the sidebar alike.

/**
 * Best first: more metrics, then more elements, then newer. A number of stated
 * results and of elements shown is what a reviewer weighs.
 */
export function compareStrength(a: JournalEntry, b: JournalEntry): number {
  return b.metrics.length - a.metrics.length || b.elements.length - a.elements.length || newestFirst(a, b);
}

/** Newest first, undated last; ties by path so that the order never depends on reading order. */
export function newestFirst(a: JournalEntry, b: JournalEntry): number {
  if (a.date !== b.date) {
    return a.date === undefined ? 1 : b.date === undefined ? -1 : compareText(b.date, a.date);
  }
  return compareText(a.path, b.path);
}

/** By code unit, not by locale, so that every machine sorts alike. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
