import { dayOf } from '../core/dates/calendarDay';
import { printable } from '../core/text/printable';
import { runCli } from './cli';
import { EXIT_ERROR } from './io';
import { TerminalQuestions } from './log/terminalQuestions';

// `| head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') {
    throw error;
  }
});

const questions = new TerminalQuestions();

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: () => dayOf(new Date()),
  env: process.env,
  isTerminal: process.stdin.isTTY === true,
  ask: questions.ask,
}).then(
  (code) => {
    questions.close();
    process.exitCode = code;
  },
  (error: unknown) => {
    questions.close();
    process.stderr.write(`promotion-journal: unexpected error: ${printable(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = EXIT_ERROR;
  },
);
