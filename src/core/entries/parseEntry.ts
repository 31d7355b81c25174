import { earlyYearMessage, notADayMessage, parseCalendarDay, writtenDayPrefix, type CalendarDay } from '../dates/calendarDay';
import type { ElementMatcher } from '../elements/elements';
import type { EntryProblem, JournalEntry } from './entry';
import { parseFrontmatter } from './frontmatter';
import { FrontmatterError } from './frontmatterError';
import { withProblemLines } from './problemPlaces';

const BOM = '\uFEFF';
/** Reads one journal file. Never throws: whatever cannot be read becomes a problem on the entry, at its line. */
export function parseEntry(path: string, text: string, matcher: ElementMatcher): JournalEntry {
  if (text.startsWith(BOM)) {
    text = text.slice(1);
  }
  const problems: EntryProblem[] = [];
  let data: Record<string, unknown> = {};
  let body = text;
  try {
    const parsed = parseFrontmatter(text);
    body = parsed.body;
    if (isMapping(parsed.data)) {
      data = parsed.data;
    } else if (parsed.data !== null && parsed.data !== undefined) {
      problems.push({
        code: 'frontmatter-not-mapping',
        message: 'The frontmatter must be a list of `key: value` lines, not a single value or a list.',
        line: 1,
      });
    }
  } catch (error) {
    if (!(error instanceof FrontmatterError)) {
      throw error;
    }
    problems.push({
      code: error.code,
      message: error.message,
      line: error.yamlLine ?? 0,
    });
  }

  const fileName = path.slice(path.lastIndexOf('/') + 1);
  const date = readDate(data, fileName, problems);
  const elements = readElements(data.elements, matcher, problems);
  const impact = readText(data.impact);
  return {
    path,
    title: detach(readText(data.title) ?? firstHeading(body) ?? fileName.replace(/\.md$/i, '')),
    date,
    elements,
    impact: impact === undefined ? undefined : detach(impact),
    metrics: readTextList(data.metrics).map(detach),
    stakeholders: readTextList(data.stakeholders).map(detach),
    tags: readTextList(data.tags).map(detach),
    confidential: data.confidential === true,
    problems: withProblemLines(text, problems, matcher).map((problem) => ({ ...problem, message: detach(problem.message) })),
  };
}

/**
 * A copy of a string that does not hold on to the file it was cut from: V8
 * keeps a substring as a view of its parent, so without this every entry
 * would keep its whole file's text alive (180 MB at 50,000 entries).
 */
function detach(text: string): string {
  return (` ${text}`).slice(1);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function readDate(data: Record<string, unknown>, fileName: string, problems: EntryProblem[]): CalendarDay | undefined {
  const written = data.date ?? data.datetime;
  if (written !== undefined && written !== null) {
    const day = typeof written === 'string' ? parseCalendarDay(written) : undefined;
    if (day) {
      return day;
    }
    problems.push({
      code: 'invalid-date',
      message: typeof written === 'string' ? notADayMessage(written) : `${typeof written === 'object' ? describeValue(written) : `"${String(written)}"`} is not a date: write it as YYYY-MM-DD.`,
    });
  }
  const fromName = writtenDayPrefix(fileName);
  const day = fromName ? parseCalendarDay(fromName) : undefined;
  if (!day && (written === undefined || written === null)) {
    const earlyName = fromName ? earlyYearMessage(fromName) : undefined;
    problems.push({
      code: 'no-date',
      message: earlyName ? `In the file name, ${earlyName}` : 'No date: add `date: YYYY-MM-DD` to the frontmatter, or start the file name with it.',
      // With no date key written, the whole entry is the place: its first line, as the editor shows it.
      ...(!Object.hasOwn(data, 'date') && !Object.hasOwn(data, 'datetime') ? { line: 0 } : {}),
    });
  }
  return day;
}

function readElements(value: unknown, matcher: ElementMatcher, problems: EntryProblem[]): string[] {
  if (value === undefined || value === null) {
    return [];
  }
  const items = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items)) {
    problems.push({ code: 'elements-type', message: '`elements` must be a list of element ids, such as `[iterate-adapt]`.' });
    return [];
  }
  const ids: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') {
      problems.push({
        code: 'elements-type',
        message: `\`elements\` must hold element ids; ${describeValue(item)} is not one.`,
      });
      continue;
    }
    const element = matcher.match(item);
    if (!element) {
      problems.push({ code: 'unknown-element', message: `Unknown element "${item.trim()}".` });
    } else if (!ids.includes(element.id)) {
      ids.push(element.id);
    }
  }
  return ids;
}

/** A value as the user wrote it, near enough; a YAML alias can make it circular, which JSON cannot show. */
function describeValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? 'a list' : 'a mapping';
  }
}

function readText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value.trim() || undefined;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return undefined;
}

function readTextList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map(readListItem).filter((item): item is string => item !== undefined);
}

/** `- SMB churn: 4.1% -> 2.9%` is a one-key mapping in YAML; the user meant a line of text. */
function readListItem(value: unknown): string | undefined {
  if (isMapping(value)) {
    const pairs = Object.entries(value).map(([key, inner]) => `${key}: ${readText(inner) ?? ''}`.trim());
    return pairs.join(', ') || undefined;
  }
  return readText(value);
}

function firstHeading(body: string): string | undefined {
  // Trailing spaces and closing #s are cut by hand: a regex doing it backtracks quadratically on a long line.
  const match = /^#{1,6}[ \t]+(.+)$/m.exec(body);
  if (!match) {
    return undefined;
  }
  const heading = match[1];
  let end = heading.length;
  while (end > 1 && ' \t#'.includes(heading[end - 1])) {
    end--;
  }
  return heading.slice(0, end).trim() || undefined;
}
