import type { CalendarDay } from '../dates/calendarDay';
import { reviewCountdown, reviewJson, type ReviewCountdown, type ReviewJson } from '../review/reviewDate';
import type { EvidenceStatus } from './evidence';
import type { JournalReport, ReportProblem } from './report';

/** The stable JSON form, documented in the README and docs/counting.md: change it only by adding keys. */
export interface ReportJson {
  /** `label` names it as the other surfaces do: "this half". */
  readonly period: { readonly start: CalendarDay; readonly end: CalendarDay; readonly label: string };
  /** Entries dated inside the period. */
  readonly entries: number;
  /** Of those, the entries tagged with at least one element: each once. */
  readonly wins: number;
  readonly elements: readonly {
    readonly id: string;
    readonly label: string;
    readonly count: number;
    readonly strong: number;
    readonly latest: CalendarDay | null;
    readonly status: EvidenceStatus;
    readonly allTime: number;
  }[];
  readonly problems: readonly { readonly file: string; readonly message: string }[];
  /** The countdown to the next review. */
  readonly review: ReviewJson;
}

/** `review` is the countdown the other surfaces show; the period's end stands in when it is not given. */
export function reportJson(report: JournalReport, review: ReviewCountdown = reviewCountdown(undefined, report.period, report.today)): ReportJson {
  return {
    period: { start: report.period.start, end: report.period.end, label: report.period.label },
    entries: report.totals.entries,
    wins: report.totals.wins,
    elements: report.evidence.map(({ element, count, strong, latest, status, allTime }) => ({
      id: element.id,
      label: element.label,
      count,
      strong,
      latest: latest ?? null,
      status,
      allTime,
    })),
    problems: problemsJson(report.problems),
    review: reviewJson(review),
  };
}

/** A live report hands out the same problem list until a problem changes: its JSON form is reused with it. */
const PROBLEMS_JSON = new WeakMap<readonly ReportProblem[], ReportJson['problems']>();

function problemsJson(problems: readonly ReportProblem[]): ReportJson['problems'] {
  let json = PROBLEMS_JSON.get(problems);
  if (!json) {
    json = problems.map(({ file, message }) => ({ file, message }));
    PROBLEMS_JSON.set(problems, json);
  }
  return json;
}
