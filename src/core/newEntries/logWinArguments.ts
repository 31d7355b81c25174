import { addDays } from 'date-fns';
import { dayOf, dayToDate, notADayMessage, parseExactDay, type CalendarDay } from '../dates/calendarDay';
import type { Parsed } from '../dates/periodChoice';
import type { ElementMatcher, StrategicElement } from '../elements/elements';

/**
 * What Log Strategic Win was given. With a title it asks nothing and writes
 * (keybindings, other extensions, tests); without one it asks, starting from
 * the element and the date given (the dashboard's gap buttons: `{ elementId }`).
 */
export type LogWinRequest =
  | {
      readonly kind: 'write';
      readonly title: string;
      readonly elements: readonly StrategicElement[];
      readonly impact?: string;
      /** Today when absent. */
      readonly date?: CalendarDay;
      /** The workspace folder whose journal gets the entry. */
      readonly folder?: string;
    }
  | { readonly kind: 'ask'; readonly element?: StrategicElement; readonly date?: CalendarDay };

const WRITE_KEYS = ['title', 'elements', 'impact', 'date', 'folder'];
const ASK_KEYS = ['elementId', 'date'];

/** Reads the argument of Log Strategic Win: each key of the right type, each element known, the date a real day. */
export function readLogWinArguments(argument: unknown, matcher: ElementMatcher): Parsed<LogWinRequest> {
  if (argument === undefined || argument === null) {
    return { ok: true, value: { kind: 'ask' } };
  }
  if (typeof argument !== 'object' || Array.isArray(argument)) {
    return { ok: false, error: 'the argument must be an object such as { "title": "…", "elements": ["smart-goals"] }.' };
  }
  const given = argument as Record<string, unknown>;
  const writes = Object.hasOwn(given, 'title');
  const known = writes ? WRITE_KEYS : ASK_KEYS;
  const unknownKey = Object.keys(given).find((key) => !known.includes(key));
  if (unknownKey !== undefined) {
    return { ok: false, error: `unknown key "${unknownKey}": use ${(writes ? WRITE_KEYS : [...WRITE_KEYS, 'elementId']).join(', ')}.` };
  }
  const typeProblem = known.find((key) => given[key] !== undefined && key !== 'elements' && typeof given[key] !== 'string');
  if (typeProblem !== undefined) {
    return { ok: false, error: `"${typeProblem}" must be a text.` };
  }
  let date: CalendarDay | undefined;
  if (given.date !== undefined) {
    const day = readWinDay(given.date as string);
    if (!day.ok) {
      return day;
    }
    date = day.value;
  }
  if (!writes) {
    const elementId = given.elementId as string | undefined;
    // A gap button may name an element the framework no longer has: the pick simply starts unticked.
    return { ok: true, value: { kind: 'ask', element: elementId === undefined ? undefined : matcher.get(elementId), date } };
  }
  const title = (given.title as string).trim();
  if (!title) {
    return { ok: false, error: 'a title is required.' };
  }
  const elements = readElementNames(given.elements, matcher);
  if (!elements.ok) {
    return elements;
  }
  return {
    ok: true,
    value: { kind: 'write', title, elements: elements.value, impact: given.impact as string | undefined, date, folder: given.folder as string | undefined },
  };
}

function readElementNames(value: unknown, matcher: ElementMatcher): Parsed<StrategicElement[]> {
  const ids = matcher.elements.map((element) => element.id).join(', ');
  const names = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(names) || names.length === 0) {
    return { ok: false, error: `give at least one element in "elements": ${ids}.` };
  }
  if (names.some((name) => typeof name !== 'string')) {
    return { ok: false, error: '"elements" must be a list of element ids or labels.' };
  }
  const elements = names.map((name: string) => matcher.match(name));
  const unknown = names.filter((_, index) => !elements[index]);
  if (unknown.length > 0) {
    return { ok: false, error: `unknown element ${unknown.map((name) => `"${name}"`).join(', ')}: use one of ${ids}.` };
  }
  return { ok: true, value: [...new Set(elements as StrategicElement[])] };
}

/** The day of a win as typed: `YYYY-MM-DD` exactly (spaces aside), a real day. */
export function readWinDay(text: string): Parsed<CalendarDay> {
  const day = parseExactDay(text);
  return day ? { ok: true, value: day } : { ok: false, error: notADayMessage(text) };
}

/** The day before `day`: "Yesterday" in the date step. */
export function dayBefore(day: CalendarDay): CalendarDay {
  return dayOf(addDays(dayToDate(day), -1));
}
