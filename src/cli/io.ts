import type { CalendarDay } from '../core/dates/calendarDay';

/** What the command line touches outside itself, so tests can run it in-process. */
export interface CliIo {
  /** Where relative paths start. */
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The local calendar day, for when `--today` is not given. */
  readonly today: () => CalendarDay;
}

/** A problem with what the user asked for: one line on stderr and exit code 2. */
export class CliError extends Error {}

export const EXIT_OK = 0;
export const EXIT_NEEDS_EVIDENCE = 1;
export const EXIT_ERROR = 2;
