import { notADayMessage, parseCalendarDay, type CalendarDay } from '../core/calendarDay';
import { DEFAULT_THRESHOLDS, type EvidenceThresholds } from '../core/evidence';
import { parsePeriodChoice, type PeriodChoice } from '../core/periodChoice';
import { parseReviewDate } from '../core/reviewDate';
import { CliError } from './io';

export type CommandName = 'report' | 'check' | 'packet';

export interface CliOptions {
  readonly command: CommandName;
  /** As given, relative to the current directory unless absolute. */
  readonly folder: string;
  readonly period: PeriodChoice;
  readonly fiscalStartMonth: number;
  readonly today?: CalendarDay;
  readonly thresholds: EvidenceThresholds;
  readonly json: boolean;
  readonly out?: string;
  /** A framework JSON file replacing the six default elements, as given. */
  readonly framework?: string;
  /** The next review; the period's end stands in when absent. */
  readonly reviewDate?: CalendarDay;
}

export type ParsedArguments = { readonly kind: 'help' } | { readonly kind: 'version' } | { readonly kind: 'run'; readonly options: CliOptions };

const COMMANDS: readonly CommandName[] = ['report', 'check', 'packet'];
const VALUE_OPTIONS = ['--period', '--fiscal-start', '--today', '--min', '--stale-days', '--out', '--framework', '--review-date'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
/** Options that only make sense for some commands. */
const ONLY_FOR: Partial<Record<string, readonly CommandName[]>> = { '--json': ['report', 'check'], '--out': ['packet'] };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Reads the arguments after the program name; throws CliError naming the first problem. */
export function parseArguments(args: readonly string[]): ParsedArguments {
  if (args.some((arg) => arg === '--help' || arg === '-h') || args[0] === 'help') {
    return { kind: 'help' };
  }
  if (args.includes('--version')) {
    return { kind: 'version' };
  }
  const [command, ...rest] = args;
  if (command === undefined) {
    throw new CliError('no command given: use report, check or packet (see --help).');
  }
  if (!COMMANDS.includes(command as CommandName)) {
    throw new CliError(`unknown command "${command}": use report, check or packet (see --help).`);
  }
  const values = new Map<ValueOption, string>();
  const positionals: string[] = [];
  let json = false;
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index];
    if (arg === '--') {
      positionals.push(...rest.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = splitOption(arg);
    const allowed = ONLY_FOR[name];
    if (allowed && !allowed.includes(command as CommandName)) {
      throw new CliError(`${name} does not apply to ${command}.`);
    }
    if (name === '--json') {
      if (inline !== undefined) {
        throw new CliError('--json takes no value.');
      }
      json = true;
    } else if ((VALUE_OPTIONS as readonly string[]).includes(name)) {
      const value = inline ?? rest[++index];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new CliError(`${name} needs a value.`);
      }
      values.set(name as ValueOption, value);
    } else {
      throw new CliError(`unknown option ${name} (see --help).`);
    }
  }
  if (positionals.length > 1) {
    throw new CliError(`one journal folder only, got ${positionals.length}: ${positionals.join(', ')}.`);
  }
  return {
    kind: 'run',
    options: {
      command: command as CommandName,
      folder: positionals[0] ?? 'journal',
      period: readPeriod(values.get('--period')),
      fiscalStartMonth: readMonth(values.get('--fiscal-start')),
      today: readToday(values.get('--today')),
      thresholds: {
        minEntries: readCount('--min', values.get('--min'), DEFAULT_THRESHOLDS.minEntries),
        staleDays: readCount('--stale-days', values.get('--stale-days'), DEFAULT_THRESHOLDS.staleDays),
      },
      json,
      out: values.get('--out'),
      framework: values.get('--framework'),
      reviewDate: readReviewDate(values.get('--review-date')),
    },
  };
}

/** `--name=value` or `--name`. */
function splitOption(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return equals < 0 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}

function readPeriod(value: string | undefined): PeriodChoice {
  if (value === undefined) {
    return { kind: 'half' }; // the extension's default review period
  }
  const parsed = parsePeriodChoice(value);
  if (!parsed.ok) {
    throw new CliError(`--period: ${lowerFirst(parsed.error)}`);
  }
  return parsed.value;
}

/** A month number 1 to 12, or an English month name or its first three letters. */
function readMonth(value: string | undefined): number {
  if (value === undefined) {
    return 1;
  }
  const text = value.trim().toLowerCase();
  const month = /^\d+$/.test(text) ? Number(text) : MONTHS.findIndex((name) => text.length >= 3 && name.startsWith(text)) + 1;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new CliError(`--fiscal-start: "${value}" is not a month: give 1 to 12 or a month name.`);
  }
  return month;
}

function readToday(value: string | undefined): CalendarDay | undefined {
  if (value === undefined) {
    return undefined;
  }
  const day = parseCalendarDay(value);
  if (!day || value.trim().length !== 10) {
    throw new CliError(`--today: ${notADayMessage(value)}`);
  }
  return day;
}

function readReviewDate(value: string | undefined): CalendarDay | undefined {
  if (value === undefined) {
    return undefined;
  }
  const day = parseReviewDate(value);
  if (!day) {
    throw new CliError(`--review-date: ${notADayMessage(value)}`);
  }
  return day;
}

function readCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  const count = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new CliError(`${name}: "${value}" is not a whole number of 1 or more.`);
  }
  return count;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
