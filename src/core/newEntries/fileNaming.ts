import { parseCalendarDay, writtenDayPrefix, type CalendarDay } from '../dates/calendarDay';

const MAX_SLUG_LENGTH = 60;
/** Names Windows reserves whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)$/i;

/**
 * A file-name slug that is safe on every OS: letters and digits of any script,
 * joined by `-`; no dots, slashes, reserved names or control characters.
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    // Accents on Latin and Greek letters go (é -> e); in other scripts marks are vowels and stay.
    .replace(/([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map((word) => word.replace(/^\p{M}+/u, '')) // a mark with no letter to sit on
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > MAX_SLUG_LENGTH) {
      if (!slug) {
        slug = [...word].slice(0, MAX_SLUG_LENGTH).join('');
      }
      break;
    }
    slug = next;
  }
  if (!slug || RESERVED.test(slug)) {
    return slug ? `${slug}-win` : 'win';
  }
  return slug;
}

/**
 * `YYYY-MM-DD-slug.md`, with `-2`, `-3`, ... when a name is taken: a new entry
 * never overwrites a file. `isTaken` compares case-insensitively on its side
 * when the file system does.
 */
export function entryFileName(day: CalendarDay, title: string, isTaken: (name: string) => boolean): string {
  const base = `${day}-${slugify(title)}`;
  let name = `${base}.md`;
  for (let suffix = 2; isTaken(name); suffix++) {
    name = `${base}-${suffix}.md`;
  }
  return name;
}

/** Enough for any real folder; stops a file system that answers "exists" to every name. */
const MAX_CREATE_ATTEMPTS = 1000;

/**
 * Creates a file under the first free name: `nameFor` picks a name that is not
 * taken (as entryFileName does), and `create` returns false when a file of that
 * name appeared after `listed` was read; then the next name is tried. Names
 * compare case-insensitively, as on the file systems that do.
 */
export async function createUnderFreeName(
  listed: Iterable<string>,
  nameFor: (isTaken: (name: string) => boolean) => string,
  create: (name: string) => Promise<boolean>,
): Promise<string> {
  const taken = new Set([...listed].map((name) => name.toLowerCase()));
  const isTaken = (name: string) => taken.has(name.toLowerCase());
  for (let attempt = 0; attempt < MAX_CREATE_ATTEMPTS; attempt++) {
    const name = nameFor(isTaken);
    if (await create(name)) {
      return name;
    }
    taken.add(name.toLowerCase());
  }
  throw new Error(`no free file name after ${MAX_CREATE_ATTEMPTS} tries`);
}

/** The day a file's name starts with (`2026-09-30-launch.md`), when it is a real day. */
export function dayInFileName(fileName: string): CalendarDay | undefined {
  const written = writtenDayPrefix(fileName);
  return written ? parseCalendarDay(written) : undefined;
}
