import type { CalendarDay } from '../dates/calendarDay';
import type { Period } from '../dates/periods';
import type { StrategicElement } from '../elements/elements';
import { isRecord } from '../journal/jsonRecord';
import { reviewJson, type ReviewCountdown } from '../review/reviewDate';
import type { ElementEvidence, EvidenceStatus, EvidenceThresholds } from './evidence';
import type { ReportJson } from './reportJson';

/**
 * The extension's report as the last start left it, for a start on the same
 * files: what the flags and the report of the API show while the entries
 * are still being taken in. Only counts: no entry is in it.
 */
export interface SavedReport {
  readonly json: ReportJson;
  /** One per element, in the framework's order: the tree's and the status bar's flags. */
  readonly evidence: readonly ElementEvidence[];
}

/** What a report is made of besides the entries. */
export interface SavedReportScope {
  readonly elements: readonly StrategicElement[];
  readonly period: Period;
  readonly today: CalendarDay;
  readonly thresholds: EvidenceThresholds;
  readonly review: ReviewCountdown;
}

/** The scope as text: a saved report is used only for the very same text. */
export function savedReportScope(scope: SavedReportScope): string {
  const { elements, period, today, thresholds, review } = scope;
  return JSON.stringify({ elements, period: { start: period.start, end: period.end, label: period.label }, today, thresholds, review: reviewJson(review) });
}

/** What is saved: the elements of the evidence by id, since the scope names them whole. */
export function savedReportValue(report: SavedReport): unknown {
  return { json: report.json, evidence: report.evidence.map(({ element, ...counts }) => ({ ...counts, id: element.id })) };
}

/**
 * A saved report read back, with the elements of `elements`; undefined when
 * the value has any other shape, or other elements, whatever it holds.
 */
export function savedReportOf(value: unknown, elements: readonly StrategicElement[]): SavedReport | undefined {
  if (!isRecord(value) || !isReportJson(value.json, elements) || !Array.isArray(value.evidence) || value.evidence.length !== elements.length) {
    return undefined;
  }
  const evidence: ElementEvidence[] = [];
  for (const [at, element] of elements.entries()) {
    const saved: unknown = value.evidence[at];
    if (!isRecord(saved) || saved.id !== element.id || !isCount(saved.count) || !isCount(saved.strong) || !isCount(saved.allTime) || !isStatus(saved.status) || typeof saved.gap !== 'string' || !isDayOrNone(saved.latest)) {
      return undefined;
    }
    evidence.push({ element, count: saved.count, strong: saved.strong, latest: saved.latest, status: saved.status, gap: saved.gap, allTime: saved.allTime });
  }
  return { json: value.json, evidence };
}

function isReportJson(value: unknown, elements: readonly StrategicElement[]): value is ReportJson {
  if (!isRecord(value) || !isRecord(value.period) || !isRecord(value.review) || !isCount(value.entries) || !isCount(value.wins)) {
    return false;
  }
  const { period, review } = value;
  if (typeof period.start !== 'string' || typeof period.end !== 'string' || typeof period.label !== 'string') {
    return false;
  }
  if (!(review.date === null || typeof review.date === 'string') || !(review.daysLeft === null || Number.isSafeInteger(review.daysLeft)) || typeof review.source !== 'string') {
    return false;
  }
  const problemsOk = Array.isArray(value.problems) && value.problems.every((problem) => isRecord(problem) && typeof problem.file === 'string' && typeof problem.message === 'string');
  const elementsOk =
    Array.isArray(value.elements) &&
    value.elements.length === elements.length &&
    value.elements.every(
      (saved, at) =>
        isRecord(saved) &&
        saved.id === elements[at].id &&
        saved.label === elements[at].label &&
        isCount(saved.count) &&
        isCount(saved.strong) &&
        isCount(saved.allTime) &&
        isStatus(saved.status) &&
        (saved.latest === null || typeof saved.latest === 'string'),
    );
  return problemsOk && elementsOk;
}

function isDayOrNone(value: unknown): value is CalendarDay | undefined {
  return value === undefined || typeof value === 'string';
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

const STATUSES: readonly unknown[] = ['ok', 'thin', 'stale', 'missing'] satisfies EvidenceStatus[];

function isStatus(value: unknown): value is EvidenceStatus {
  return STATUSES.includes(value);
}
