// Small builders shared by the unit tests. Not a test file itself.
import { spawnSync } from 'child_process';
import * as path from 'path';
import type { JournalEntry } from '../../src/core/entries/entry';

let counter = 0;

/** A parsed entry with sensible defaults; pass only the fields a test is about. */
export function makeEntry(fields: Partial<JournalEntry> = {}): JournalEntry {
  counter++;
  return {
    path: `entry-${counter}.md`,
    title: `Entry ${counter}`,
    elements: [],
    metrics: [],
    stakeholders: [],
    tags: [],
    confidential: false,
    problems: [],
    ...fields,
  };
}

/** Joins lines with `\n`, so that file texts read like files. */
export function lines(...text: string[]): string {
  return text.join('\n');
}

/** A deterministic pseudo-random generator (mulberry32), for property-style tests. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `YYYY-MM-DD` of a UTC day count, an oracle that cannot depend on the local time zone. */
export function utcDay(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

/** The compiled core, for scripts run in child processes. */
export const CORE_DIR = path.join(__dirname, '..', '..', 'src', 'core');

/**
 * Runs `body` (the body of a function returning JSON-able data) in a fresh Node
 * process with the TZ environment variable set; `core('dates/periods')` requires a
 * compiled core module there. Returns the parsed result.
 */
export function runInTimeZone(timeZone: string, body: string): unknown {
  const script = [
    `const core = (name) => require(${JSON.stringify(CORE_DIR)} + '/' + name);`,
    `const result = (() => {\n${body}\n})();`,
    'process.stdout.write(JSON.stringify(result));',
  ].join('\n');
  const child = spawnSync(process.execPath, ['-e', script], {
    env: { ...process.env, TZ: timeZone },
    encoding: 'utf8',
    timeout: 30000,
  });
  if (child.status !== 0) {
    throw new Error(`the child process in ${timeZone} failed: ${child.stderr || child.error}`);
  }
  return JSON.parse(child.stdout);
}

/** A YAML alias bomb ("billion laughs"): 9^9 strings once expanded. */
export const ALIAS_BOMB = lines(
  '---',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  '---',
  'body',
);
