import type { ElementEvidence } from '../core/evidence';
import type { PeriodBucket } from '../core/periods';
import type { LocatedEntry } from '../journal/journalService';

export interface ElementNode {
  readonly kind: 'element';
  readonly evidence: ElementEvidence;
  readonly entries: readonly LocatedEntry[];
}

export interface PeriodNode {
  readonly kind: 'period';
  readonly bucket: PeriodBucket;
  readonly entries: readonly LocatedEntry[];
}

export interface GroupNode {
  readonly kind: 'untagged' | 'problems' | 'undated';
  readonly entries: readonly LocatedEntry[];
}

export interface EntryNode {
  readonly kind: 'entry';
  readonly located: LocatedEntry;
  /** The node it is shown under: an entry tagged twice appears under both elements. */
  readonly parentKey: string;
  readonly showProblems: boolean;
}

export type JournalTreeNode = ElementNode | PeriodNode | GroupNode | EntryNode;
