import * as path from 'path';
import { buildPacket } from '../core/packet/packet';
import { renderPacketHtml } from '../core/packet/packetHtml';
import { packetWins, readStories } from '../core/packet/packetStories';
import { printable, printableJson } from '../core/text/printable';
import { buildReport, type JournalReport } from '../core/evidence/report';
import { reportJson } from '../core/evidence/reportJson';
import { renderCheckSummary, renderGapsText, renderProblemsText, renderReportText } from '../core/render/reportText';
import { draftCommand } from './draftCommand';
import { entryFileReader, linkFrom } from './entryFiles';
import type { CommandContext } from './commandContext';
import { EXIT_NEEDS_EVIDENCE, EXIT_OK } from './io';
import { listCommand } from './listCommand';
import { writeNewFile } from './log/writeNewFile';

export async function runCommand(context: CommandContext): Promise<number> {
  switch (context.options.command) {
    case 'report':
      return reportCommand(context);
    case 'check':
      return checkCommand(context);
    case 'packet':
      return packetCommand(context);
    case 'draft':
      return draftCommand(context);
    case 'list':
      return listCommand(context);
    case 'log':
      throw new Error('log writes an entry without reading the journal: cli.ts runs it');
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
  const stories = await readStories(packetWins(context.entries, context.period), entryFileReader(context.folder), options.stories);
  const packet = buildPacket(context.entries, context.elements, context.period, context.today, options.thresholds, {
    review: context.review,
    linkOf: linkFrom(linkBase, context.folder),
    stories,
  });
  const text = options.format === 'html' ? renderPacketHtml(packet.markdown) : packet.markdown;
  if (outFile === undefined) {
    io.stdout(text);
    return EXIT_OK;
  }
  await writeNewFile(outFile, options.out!, text);
  io.stderr(`Wrote the promotion packet to ${printable(options.out!)}.\n`);
  return EXIT_OK;
}
