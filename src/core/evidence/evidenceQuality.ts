import type { JournalEntry } from '../entries/entry';

/**
 * A number that states an outcome: "4.1%", "$120k", "2,300 users", "3x".
 * Digits glued to letters (Q3, H1, v2) are names, not outcomes.
 */
const MEASURED = /(?<![\p{L}\d.,])[$€£¥]?\d[\d,.]*(?![\p{L}\d])|(?<![\p{L}\d.,])\d[\d,.]*\s*(?:%|x|k|m|bn|pp|pts?)(?![\p{L}])/iu;

/** An entry is strong when its impact or metrics state a measurable outcome. */
export function isStrongEntry(entry: JournalEntry): boolean {
  return [entry.impact ?? '', ...entry.metrics].some(statesMeasuredResult);
}

/** Whether one impact or metric line states a measurable outcome. */
export function statesMeasuredResult(text: string): boolean {
  return MEASURED.test(text);
}
