import type { CalendarDay } from '../dates/calendarDay';

export type ProblemCode =
  | 'frontmatter-language'
  | 'frontmatter-unclosed'
  | 'frontmatter-invalid'
  | 'frontmatter-not-mapping'
  | 'elements-type'
  | 'unknown-element'
  | 'no-date'
  | 'invalid-date'
  | 'too-large'
  | 'not-text'
  | 'unreadable'
  | 'link-outside'
  | 'link-unchecked';

export interface EntryProblem {
  readonly code: ProblemCode;
  readonly message: string;
  /** Zero-based line in the file where the problem is (the first line when it has no better place); absent for a file that is not read at all. */
  readonly line?: number;
}

/** One journal file, as read. Paths are relative to the journal folder, with `/`. */
export interface JournalEntry {
  readonly path: string;
  readonly title: string;
  readonly date?: CalendarDay;
  /** Ids of the matched elements, in the order written, without repeats. */
  readonly elements: readonly string[];
  readonly impact?: string;
  readonly metrics: readonly string[];
  readonly stakeholders: readonly string[];
  readonly tags: readonly string[];
  readonly confidential: boolean;
  readonly problems: readonly EntryProblem[];
}

export function hasProblems(entry: JournalEntry): boolean {
  return entry.problems.length > 0;
}

/** A file left unread because it is a link leading out of the journal (or nobody can tell where): its text is not the journal's, in the editor either. */
export function isUnreadLink(entry: JournalEntry | undefined): boolean {
  return entry !== undefined && entry.problems.some((problem) => problem.code === 'link-outside' || problem.code === 'link-unchecked');
}
