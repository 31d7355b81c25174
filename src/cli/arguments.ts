import { parseArgs, type ParseArgsConfig } from 'util';
import { notADayMessage, parseCalendarDay, type CalendarDay } from '../core/dates/calendarDay';
import { DEFAULT_THRESHOLDS, type EvidenceThresholds } from '../core/evidence/evidence';
import { parsePeriodChoice, type PeriodChoice } from '../core/dates/periodChoice';
import { parseReviewDate } from '../core/review/reviewDate';
import { CliError } from './io';
import { readFormat, readStories, type PacketFormat } from './packetOptions';
import type { StoryMode } from '../core/packet/entryStory';

export type CommandName = 'report' | 'check' | 'packet' | 'draft';

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
  /** packet, draft: how much of each win's story to tell. */
  readonly stories: StoryMode;
  /** packet: markdown, or one self-contained HTML page. */
  readonly format: PacketFormat;
}

export type ParsedArguments = { readonly kind: 'help' } | { readonly kind: 'version' } | { readonly kind: 'run'; readonly options: CliOptions };

const COMMANDS: readonly CommandName[] = ['report', 'check', 'packet', 'draft'];

/** Every option of every command, in `util.parseArgs` form. */
const OPTIONS = {
  period: { type: 'string' },
  'fiscal-start': { type: 'string' },
  today: { type: 'string' },
  min: { type: 'string' },
  'stale-days': { type: 'string' },
  out: { type: 'string' },
  framework: { type: 'string' },
  'review-date': { type: 'string' },
  stories: { type: 'string' },
  format: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;
type OptionName = keyof typeof OPTIONS;

/** Options that only make sense for some commands. */
const ONLY_FOR: Partial<Record<OptionName, readonly CommandName[]>> = {
  json: ['report', 'check'],
  out: ['packet', 'draft'],
  stories: ['packet', 'draft'],
  format: ['packet'],
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Reads the arguments after the program name; throws CliError naming the first problem. */
export function parseArguments(args: readonly string[]): ParsedArguments {
  // A first, lenient pass only looks for --help and --version: they win over any mistake elsewhere. After `--`, nothing is an option.
  const { tokens } = parseArgs({ args: [...args], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help') || args[0] === 'help') {
    return { kind: 'help' };
  }
  if (tokens.some((token) => token.kind === 'option' && token.name === 'version')) {
    return { kind: 'version' };
  }
  const [command, ...rest] = args;
  if (command === undefined) {
    throw new CliError('no command given: use report, check, packet or draft (see --help).');
  }
  if (!COMMANDS.includes(command as CommandName)) {
    throw new CliError(`unknown command "${command}": use report, check, packet or draft (see --help).`);
  }
  const { values, positionals } = readCommandArguments(rest, command as CommandName);
  if (positionals.length > 1) {
    throw new CliError(`one journal folder only, got ${positionals.length}: ${positionals.join(', ')}.`);
  }
  return {
    kind: 'run',
    options: {
      command: command as CommandName,
      folder: positionals[0] ?? 'journal',
      period: readPeriod(values.period),
      fiscalStartMonth: readMonth(values['fiscal-start']),
      today: readToday(values.today),
      thresholds: {
        minEntries: readCount('--min', values.min, DEFAULT_THRESHOLDS.minEntries),
        staleDays: readCount('--stale-days', values['stale-days'], DEFAULT_THRESHOLDS.staleDays),
      },
      json: values.json ?? false,
      out: values.out,
      framework: values.framework,
      reviewDate: readReviewDate(values['review-date']),
      stories: readStories(values.stories),
      format: readFormat(values.format),
    },
  };
}

type OptionValues = { -readonly [name in OptionName]?: (typeof OPTIONS)[name]['type'] extends 'boolean' ? boolean : string };

/**
 * The options and positionals of one command. `util.parseArgs` splits the
 * words (`--name=value`, `-h`, `--`); the checks are ours, so that each
 * problem is said in one line that names the option, and a value that starts
 * with a dash (`--min -3`) reaches the check of that value.
 */
function readCommandArguments(args: readonly string[], command: CommandName): { values: OptionValues; positionals: string[] } {
  const { tokens } = parseArgs({ args: [...args], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
    }
    if (token.kind !== 'option') {
      continue;
    }
    const option = (OPTIONS as Record<string, { readonly type: 'string' | 'boolean' }>)[token.name];
    if (!option) {
      throw new CliError(`unknown option ${token.rawName} (see --help).`);
    }
    const onlyFor = ONLY_FOR[token.name as OptionName];
    if (onlyFor && !onlyFor.includes(command)) {
      throw new CliError(`${token.rawName} does not apply to ${command}.`);
    }
    if (option.type === 'boolean') {
      if (token.inlineValue) {
        throw new CliError(`${token.rawName} takes no value.`);
      }
      values[token.name] = true;
      continue;
    }
    // `--today --json`: the next word is another option, not the value the user forgot.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
      throw new CliError(`${token.rawName} needs a value.`);
    }
    values[token.name] = token.value;
  }
  return { values: values as OptionValues, positionals };
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
