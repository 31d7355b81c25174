import { periodName, totalsSentence } from '../evidence/countText';
import { longDay } from '../dates/dayFormat';
import { printable } from '../text/printable';
import type { ElementReport, JournalReport, ReportProblem } from '../evidence/report';
import { reviewSentence, type ReviewCountdown } from '../review/reviewDate';

/** Wins and strong wins of the period, per element. */
const COLUMNS = ['Element', 'Status', 'Wins', 'Strong', 'Latest'] as const;
/** Numbers read best right-aligned. */
const RIGHT_ALIGNED = new Set([2, 3]);

/**
 * The report as plain text for a terminal: a table of the elements, then the
 * gaps, then the problems. Every text from an entry, a file name or the
 * framework goes through printable, so none can move the cursor or fake a line.
 */
export function renderReportText(report: JournalReport, review?: ReviewCountdown): string {
  const countdown = review && reviewSentence(review);
  const sections = [
    `Evidence ${periodName(report.period)}, as of ${longDay(report.today)}: ${totalsSentence(report.totals)}${countdown ? `\n${countdown}` : ''}`,
    elementTable(report.elements),
    report.gaps.length > 0 ? renderGapsText(report) : 'Every element has enough evidence.',
  ];
  if (report.problems.length > 0) {
    sections.push(renderProblemsText(report));
  }
  return `${sections.join('\n\n')}\n`;
}

/** `check`'s verdict: the number of elements the status bar and the dashboard flag, for the same period. */
export function renderCheckSummary(report: JournalReport, review?: ReviewCountdown): string {
  const ok = report.elements.length - report.gaps.length;
  const countdown = review && reviewSentence(review);
  return `${ok} of ${report.elements.length} elements have enough evidence ${periodName(report.period)}.${countdown ? ` ${countdown}` : ''}\n`;
}

/** The elements that need evidence, each with its gap and the prompts that help fill it. */
export function renderGapsText(report: JournalReport): string {
  const lines = [`Gaps (${report.gaps.length})`];
  for (const gap of report.gaps) {
    lines.push(`  ${printable(gap.element.label)} (${printable(gap.element.id)}): ${gap.status}, ${printable(gap.gap)}`);
    lines.push(...gap.element.prompts.map((prompt) => `    - ${printable(prompt)}`));
  }
  return lines.join('\n');
}

/** One line per problem, `file:line: message` as compilers write them, so editors can jump there. */
export function renderProblemsText(report: JournalReport): string {
  return [`Problems (${report.problems.length})`, ...report.problems.map((problem) => `  ${problemPlace(problem)}: ${printable(problem.message)}`)].join('\n');
}

function problemPlace(problem: ReportProblem): string {
  const file = printable(problem.file);
  return problem.line === undefined ? file : `${file}:${problem.line + 1}`;
}

function elementTable(elements: readonly ElementReport[]): string {
  const rows = [
    [...COLUMNS],
    ...elements.map((evidence) => [printable(evidence.element.label), evidence.status, String(evidence.count), String(evidence.strong), evidence.latest ?? 'never']),
  ];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) => row.map((cell, column) => (RIGHT_ALIGNED.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd())
    .join('\n');
}
