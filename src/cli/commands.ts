import * as path from 'path';
import type { CalendarDay } from '../core/dates/calendarDay';
import type { StrategicElement } from '../core/elements/elements';
import type { JournalEntry } from '../core/entries/entry';
import { encodeLinkPath } from '../core/text/markdown';
import { buildPacket } from '../core/render/packet';
import { printable, printableJson } from '../core/text/printable';
import type { Period } from '../core/dates/periods';
import { buildReport, reportJson, type JournalReport } from '../core/evidence/report';
import { renderCheckSummary, renderGapsText, renderProblemsText, renderReportText } from '../core/render/reportText';
import type { ReviewCountdown } from '../core/review/reviewDate';
import type { CliOptions } from './arguments';
import { EXIT_NEEDS_EVIDENCE, EXIT_OK, type CliIo } from './io';
import { writeNewFile } from './writeNewFile';

/** What every command gets: the options, the journal as read, and the period to report on. */
export interface CommandContext {
  readonly io: CliIo;
  readonly options: CliOptions;
  /** The journal folder, absolute. */
  readonly folder: string;
  readonly entries: readonly JournalEntry[];
  /** The framework's elements: the six defaults unless --framework says otherwise. */
  readonly elements: readonly StrategicElement[];
  readonly period: Period;
  readonly today: CalendarDay;
  /** The countdown to the next review: `--review-date`, or the period's end. */
  readonly review: ReviewCountdown;
}

export async function runCommand(context: CommandContext): Promise<number> {
  switch (context.options.command) {
    case 'report':
      return reportCommand(context);
    case 'check':
      return checkCommand(context);
    case 'packet':
      return packetCommand(context);
  }
}

function reportOf(context: CommandContext): JournalReport {
  return buildReport(context.entries, context.elements, context.period, context.today, context.options.thresholds);
}

function reportCommand(context: CommandContext): number {
  const report = reportOf(context);
  context.io.stdout(context.options.json ? `${printableJson(reportJson(report, context.review))}\n` : renderReportText(report, context.review));
  return EXIT_OK;
}

/** The gaps (and broken entries) go to stderr, so a cron job mails them and a hook shows them. */
function checkCommand(context: CommandContext): number {
  const report = reportOf(context);
  if (context.options.json) {
    context.io.stdout(`${printableJson(reportJson(report, context.review))}\n`);
  } else {
    context.io.stdout(renderCheckSummary(report, context.review));
  }
  const warnings = [report.gaps.length > 0 ? renderGapsText(report) : '', report.problems.length > 0 ? renderProblemsText(report) : ''].filter(Boolean);
  if (warnings.length > 0) {
    context.io.stderr(`${warnings.join('\n\n')}\n`);
  }
  return report.gaps.length > 0 ? EXIT_NEEDS_EVIDENCE : EXIT_OK;
}

/** Links are relative to where the packet lands: the --out file's folder, or the current directory for stdout. */
async function packetCommand(context: CommandContext): Promise<number> {
  const { io, options } = context;
  const outFile = options.out === undefined ? undefined : path.resolve(io.cwd, options.out);
  const linkBase = outFile === undefined ? io.cwd : path.dirname(outFile);
  const packet = buildPacket(context.entries, context.elements, context.period, context.today, options.thresholds, {
    review: context.review,
    linkOf: (entry) => encodeLinkPath(path.relative(linkBase, path.join(context.folder, ...entry.path.split('/'))).split(path.sep).join('/')),
  });
  if (outFile === undefined) {
    io.stdout(packet.markdown);
    return EXIT_OK;
  }
  await writeNewFile(outFile, options.out!, packet.markdown);
  io.stderr(`Wrote the promotion packet to ${printable(options.out!)}.\n`);
  return EXIT_OK;
}
