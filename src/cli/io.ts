import type { CalendarDay } from '../core/dates/calendarDay';

/** What the command line touches outside itself, so tests can run it in-process. */
export interface CliIo {
  /** Where relative paths start. */
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The local calendar day, for when `--today` is not given. */
  readonly today: () => CalendarDay;
  /** The environment, for PROMOTION_JOURNAL_DIR; none when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** True when a person types the input (stdin is a terminal): only then are questions asked. */
  readonly isTerminal?: boolean;
  /** Shows a question (on stderr) and resolves with the line typed, or undefined when the input ends (Ctrl+D, Ctrl+C). */
  readonly ask?: (question: string) => Promise<string | undefined>;
}

/** A problem with what the user asked for: one line on stderr and exit code 2. */
export class CliError extends Error {}

export const EXIT_OK = 0;
export const EXIT_NEEDS_EVIDENCE = 1;
export const EXIT_ERROR = 2;
/** The user stopped a question (Ctrl+C or Ctrl+D): nothing was written. */
export const EXIT_CANCELLED = 130;
