import * as path from 'path';
import { periodOfChoice } from '../core/dates/periodChoice';
import { printable, printableLines } from '../core/text/printable';
import { reviewCountdown } from '../core/review/reviewDate';
import type { DiskJournal } from '../node/diskJournal';
import { parseArguments } from './arguments';
import { runCommand } from './commands';
import { packageVersion, USAGE } from './help';
import { cacheFolder } from './cacheFolder';
import { CliError, EXIT_ERROR, EXIT_OK, type CliIo } from './io';
import { loadFramework } from './loadFramework';
import { checkJournalFolder, loadJournal, usableCacheFolder } from './loadJournal';
import { logCommand } from './log/logCommand';
import { runWithSavedOutput, SAVED_OUTPUT_COMMANDS } from './savedOutput';

/** Runs one command line and returns the exit code; a usage or folder problem is one line on stderr and 2. */
export async function runCli(args: readonly string[], terminal: CliIo): Promise<number> {
  const io = printableIo(terminal);
  try {
    const parsed = parseArguments(args, io.env);
    if (parsed.kind === 'help') {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    if (parsed.kind === 'version') {
      io.stdout(`${packageVersion()}\n`);
      return EXIT_OK;
    }
    const { options } = parsed;
    const today = options.today ?? io.today();
    const period = periodOfChoice(options.period, today, options.fiscalStartMonth);
    const folder = path.resolve(io.cwd, options.folder);
    const framework = await loadFramework(options.framework && path.resolve(io.cwd, options.framework), options.framework);
    if (options.command === 'log') {
      return await logCommand({ io, log: options.log!, folder, folderAsGiven: options.folder, elements: framework.elements, today });
    }
    await checkJournalFolder(folder, options.folderShownAs);
    const cache = usableCacheFolder(folder, options.cache ? cacheFolder(io.env ?? {}) : undefined);
    const review = reviewCountdown(options.reviewDate, period, today);
    const run = (journal: DiskJournal, commandIo: CliIo) => runCommand({ io: commandIo, options, folder, entries: journal.entries, elements: framework.elements, period, today, review });
    if (cache !== undefined && SAVED_OUTPUT_COMMANDS.has(options.command)) {
      return await runWithSavedOutput({ io, folder, elements: framework.elements, cache, madeOf: { options, today, framework } }, run);
    }
    return await run(await loadJournal(folder, framework.elements, cache), io);
  } catch (error) {
    if (error instanceof CliError) {
      // The message can quote arguments, file names and a framework file's bytes: it stays one line.
      io.stderr(`promotion-journal: ${printable(error.message)}\n`);
      return EXIT_ERROR;
    }
    throw error;
  }
}

/**
 * The renderers make each text from a file printable, newlines included; this
 * is the last guard, so that no control character reaches the terminal even
 * from a text they miss.
 */
function printableIo(io: CliIo): CliIo {
  return { ...io, stdout: (text) => io.stdout(printableLines(text)), stderr: (text) => io.stderr(printableLines(text)) };
}
