import type { JournalEntry } from '../core/entries/entry';
import type { ElementEvidence } from '../core/evidence/evidence';
import type { PeriodBucket } from '../core/dates/periods';
import type { LocatedEntry } from '../journal/journalService';

/** A node's entries are located and sorted only when it is expanded. */
export interface ElementNode {
  readonly kind: 'element';
  readonly evidence: ElementEvidence;
  readonly entries: ReadonlySet<JournalEntry>;
}

/** While grouped by period: the elements that need evidence, so that the flags stay in sight. */
export interface FlagsNode {
  readonly kind: 'flags';
  readonly elements: readonly ElementNode[];
}

export interface PeriodNode {
  readonly kind: 'period';
  readonly bucket: PeriodBucket;
  readonly entries: ReadonlySet<JournalEntry>;
}

export interface GroupNode {
  readonly kind: 'untagged' | 'problems' | 'undated';
  readonly entries: ReadonlySet<JournalEntry>;
}

export interface EntryNode {
  readonly kind: 'entry';
  readonly located: LocatedEntry;
  /** The node it is shown under: an entry tagged twice appears under both elements. */
  readonly parentKey: string;
  readonly showProblems: boolean;
  /** Its title starts like a sibling's: the row starts with its day to tell them apart. */
  readonly looksAlike: boolean;
}

export type JournalTreeNode = ElementNode | FlagsNode | PeriodNode | GroupNode | EntryNode;
