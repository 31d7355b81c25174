import { parseArgs, type ParseArgsConfig } from 'util';
import type { CalendarDay } from '../core/dates/calendarDay';
import { DEFAULT_THRESHOLDS, type EvidenceThresholds } from '../core/evidence/evidence';
import { ENTRY_FOLDER_SETTINGS, isEntryFolderSetting, type EntryFolderSetting } from '../core/newEntries/entryFolderLayout';
import type { PeriodChoice } from '../core/dates/periodChoice';
import { CliError } from './io';
import { readCount, readDay, readMonth, readPeriod, readReviewDate, readText, readToday } from './optionValues';
import { readFormat, readStories, type PacketFormat } from './packetOptions';
import type { StoryMode } from '../core/packet/entryStory';

export type CommandName = 'report' | 'check' | 'packet' | 'draft' | 'list' | 'log';

export interface CliOptions {
  readonly command: CommandName;
  /** As given (FOLDER, else PROMOTION_JOURNAL_DIR, else `journal`), relative to the current directory unless absolute. */
  readonly folder: string;
  /** The folder as messages name it: with the variable it came from, if any. */
  readonly folderShownAs: string;
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
  /** False with --no-cache: every file is read, and no index is saved. */
  readonly cache: boolean;
  /** `log` only. */
  readonly log?: LogOptions;
  /** `list` only. */
  readonly list?: ListOptions;
}

/** What `log` writes; a missing title is asked for on a terminal. */
export interface LogOptions {
  readonly title?: string;
  /** Ids or labels, as given. */
  readonly elements: readonly string[];
  readonly impact?: string;
  readonly date?: CalendarDay;
  /** The sub-folder of the new entry; the one the journal mostly uses when absent. */
  readonly entryFolder: EntryFolderSetting;
}

/** The filters of `list`: each one given narrows the list. */
export interface ListOptions {
  /** Ids or labels, as given: the entry shows every one. */
  readonly elements: readonly string[];
  /** Ids or labels: the entry shows none of them. */
  readonly notElements: readonly string[];
  readonly from?: CalendarDay;
  readonly to?: CalendarDay;
  readonly period?: PeriodChoice;
  readonly tags: readonly string[];
  readonly contains?: string;
  readonly confidential?: boolean;
  readonly limit?: number;
}

/** Where the journal folder comes from when FOLDER is not given. */
export const FOLDER_VARIABLE = 'PROMOTION_JOURNAL_DIR';

export type ParsedArguments = { readonly kind: 'help' } | { readonly kind: 'version' } | { readonly kind: 'run'; readonly options: CliOptions };

const COMMANDS: readonly CommandName[] = ['report', 'check', 'packet', 'draft', 'list', 'log'];
const COMMAND_LIST = 'report, check, packet, draft, list or log';

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
  title: { type: 'string' },
  element: { type: 'string', multiple: true },
  'not-element': { type: 'string', multiple: true },
  impact: { type: 'string' },
  date: { type: 'string' },
  'entry-folder': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  tag: { type: 'string', multiple: true },
  contains: { type: 'string' },
  confidential: { type: 'boolean' },
  'no-confidential': { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  limit: { type: 'string', short: 'n' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;
type OptionName = keyof typeof OPTIONS;

const REPORTING: readonly OptionName[] = ['period', 'fiscal-start', 'today', 'min', 'stale-days', 'framework', 'review-date', 'no-cache'];

/** The options each command takes (--help and --version aside). */
const ALLOWED: Readonly<Record<CommandName, readonly OptionName[]>> = {
  report: [...REPORTING, 'json'],
  check: [...REPORTING, 'json'],
  packet: [...REPORTING, 'out', 'stories', 'format'],
  draft: [...REPORTING, 'out', 'stories'],
  log: ['title', 'element', 'impact', 'date', 'entry-folder', 'framework'],
  list: ['element', 'not-element', 'from', 'to', 'period', 'fiscal-start', 'today', 'tag', 'contains', 'confidential', 'no-confidential', 'limit', 'json', 'framework', 'no-cache'],
};

/**
 * Reads the arguments after the program name, and PROMOTION_JOURNAL_DIR from
 * `env`; throws CliError naming the first problem.
 */
export function parseArguments(args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ParsedArguments {
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
    throw new CliError(`no command given: use ${COMMAND_LIST} (see --help).`);
  }
  if (!COMMANDS.includes(command as CommandName)) {
    throw new CliError(`unknown command "${command}": use ${COMMAND_LIST} (see --help).`);
  }
  const { values, positionals } = readCommandArguments(rest, command as CommandName);
  if (positionals.length > 1) {
    throw new CliError(`one journal folder only, got ${positionals.length}: ${positionals.join(', ')}.`);
  }
  const fromVariable = positionals[0] === undefined ? env[FOLDER_VARIABLE] || undefined : undefined;
  const folder = positionals[0] ?? fromVariable ?? 'journal';
  return {
    kind: 'run',
    options: {
      command: command as CommandName,
      folder,
      folderShownAs: fromVariable === undefined ? folder : `${folder}, from ${FOLDER_VARIABLE}`,
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
      cache: values['no-cache'] !== true,
      log: command === 'log' ? readLogOptions(values) : undefined,
      list: command === 'list' ? readListOptions(values) : undefined,
    },
  };
}

type OptionValues = {
  -readonly [name in OptionName]?: (typeof OPTIONS)[name] extends { readonly multiple: true } ? string[] : (typeof OPTIONS)[name]['type'] extends 'boolean' ? boolean : string;
};

/**
 * The options and positionals of one command. `util.parseArgs` splits the
 * words (`--name=value`, `-h`, `--`); the checks are ours, so that each
 * problem is said in one line that names the option, and a value that starts
 * with a dash (`--min -3`) reaches the check of that value.
 */
function readCommandArguments(args: readonly string[], command: CommandName): { values: OptionValues; positionals: string[] } {
  const { tokens } = parseArgs({ args: [...args], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
    }
    if (token.kind !== 'option') {
      continue;
    }
    const option = (OPTIONS as Record<string, { readonly type: 'string' | 'boolean'; readonly multiple?: boolean }>)[token.name];
    if (!option) {
      throw new CliError(`unknown option ${token.rawName} (see --help).`);
    }
    if (!ALLOWED[command].includes(token.name as OptionName)) {
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
    values[token.name] = option.multiple ? [...((values[token.name] as string[] | undefined) ?? []), token.value] : token.value;
  }
  return { values: values as OptionValues, positionals };
}

function readLogOptions(values: OptionValues): LogOptions {
  return {
    title: values.title === undefined ? undefined : readText('--title', values.title),
    elements: values.element ?? [],
    impact: values.impact,
    date: values.date === undefined ? undefined : readDay('--date', values.date),
    entryFolder: readEntryFolder(values['entry-folder']),
  };
}

function readEntryFolder(value: string | undefined): EntryFolderSetting {
  if (value === undefined) {
    return 'journal';
  }
  if (!isEntryFolderSetting(value)) {
    throw new CliError(`--entry-folder: "${value}" is not a layout: use ${ENTRY_FOLDER_SETTINGS.join(', ')}.`);
  }
  return value;
}

function readListOptions(values: OptionValues): ListOptions {
  if (values.confidential && values['no-confidential']) {
    throw new CliError('--confidential and --no-confidential exclude each other: give one.');
  }
  const from = values.from === undefined ? undefined : readDay('--from', values.from);
  const to = values.to === undefined ? undefined : readDay('--to', values.to);
  if (from !== undefined && to !== undefined && from > to) {
    throw new CliError(`--from ${from} is after --to ${to}.`);
  }
  return {
    elements: values.element ?? [],
    notElements: values['not-element'] ?? [],
    from,
    to,
    period: values.period === undefined ? undefined : readPeriod(values.period),
    tags: (values.tag ?? []).map((tag) => readText('--tag', tag)),
    contains: values.contains === undefined ? undefined : readText('--contains', values.contains),
    confidential: values.confidential ? true : values['no-confidential'] ? false : undefined,
    limit: values.limit === undefined ? undefined : readCount('-n', values.limit, 0),
  };
}
