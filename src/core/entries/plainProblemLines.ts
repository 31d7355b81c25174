import type { ElementMatcher } from '../elements/elements';
import { ElementProblemItems } from './elementProblemItems';
import type { EntryProblem, ProblemCode } from './entry';
import { findFrontmatter, isYamlLanguage, MAX_FRONTMATTER_CHARS } from './frontmatter';
import { FrontmatterError } from './frontmatterError';
import { parsePlainYaml, type PlainYamlLines } from './plainYaml';

/**
 * The lines of an entry's problems, as problemPlaces gives them, read from
 * where the fast reader met each key and list item; undefined when the
 * frontmatter is outside the fast reader's subset (the caller then asks the
 * library). The index stores these lines for every entry with a problem, and
 * the library's syntax tree for them cost about 0.3 ms an entry, many times
 * the rest of its reading. A unit test holds the two ways to the same lines.
 *
 * `text` is the file without its byte-order mark, as parseEntry reads it.
 */
export function plainProblemLines(text: string, problems: readonly EntryProblem[], matcher: ElementMatcher): readonly EntryProblem[] | undefined {
  const block = findFrontmatter(text);
  if (!block || !block.closed || !isYamlLanguage(block.language) || block.yaml.length > MAX_FRONTMATTER_CHARS) {
    return undefined;
  }
  const lines: PlainYamlLines = { keys: new Map(), items: new Map() };
  const data = readPlainYaml(block.yaml, lines);
  if (!data) {
    return undefined;
  }
  const elementItems = elementItemLines(data.elements, lines, matcher);
  const placed: EntryProblem[] = [];
  for (const problem of problems) {
    if (problem.line !== undefined || !needsPlace(problem.code)) {
      placed.push({ ...problem, line: problem.line ?? 0 });
      continue;
    }
    const yamlLine = yamlLineOf(problem.code, data, lines, elementItems);
    if (yamlLine === undefined) {
      return undefined; // not a place this reader knows: the library's syntax tree decides
    }
    placed.push({ ...problem, line: block.firstLine + yamlLine });
  }
  return placed;
}

function needsPlace(code: ProblemCode): boolean {
  return code === 'elements-type' || code === 'unknown-element' || code === 'invalid-date' || code === 'no-date';
}

/** The YAML line a problem is at, as problemPlaces places it. */
function yamlLineOf(code: ProblemCode, data: Record<string, unknown>, lines: PlainYamlLines, elementItems: ElementItemLines): number | undefined {
  switch (code) {
    case 'elements-type':
    case 'unknown-element': {
      const index = elementItems.complaints.next(code);
      // Without an item of its own, the problem is at the value, as the library places it.
      return index === undefined ? valueLine(lines, 'elements') : elementItems.lines[index];
    }
    case 'no-date':
      // No value under either key: the key itself, `date` first.
      return lines.keys.get('date') ?? lines.keys.get('datetime');
    case 'invalid-date': {
      // The key whose value was read (`date` unless it has none), at its value.
      return valueLine(lines, data.date !== null && data.date !== undefined ? 'date' : 'datetime');
    }
    default:
      return undefined;
  }
}

/** Where a key's value starts: a block list at its first item, anything else on the key's line. */
function valueLine(lines: PlainYamlLines, key: string): number | undefined {
  return lines.items.get(key)?.[0] ?? lines.keys.get(key);
}

interface ElementItemLines {
  readonly complaints: ElementProblemItems;
  /** The YAML line of each item. */
  readonly lines: readonly number[];
}

/**
 * The `elements` items parseEntry complains about, with their YAML lines: a
 * scalar or a flow list sits on the key's line, a block list's items each on
 * their own line.
 */
function elementItemLines(value: unknown, lines: PlainYamlLines, matcher: ElementMatcher): ElementItemLines {
  const keyLine = lines.keys.get('elements');
  if (keyLine === undefined || value === null || value === undefined) {
    return { complaints: new ElementProblemItems([], matcher), lines: [] };
  }
  const values = Array.isArray(value) ? value : [value];
  const itemLines = lines.items.get('elements');
  return { complaints: new ElementProblemItems(values, matcher), lines: values.map((_, index) => itemLines?.[index] ?? keyLine) };
}

/** The fast reader's mapping; undefined for YAML it refuses too, whose error already has its line. */
function readPlainYaml(yaml: string, lines: PlainYamlLines): ReturnType<typeof parsePlainYaml> {
  try {
    return parsePlainYaml(yaml, lines);
  } catch (error) {
    if (error instanceof FrontmatterError) {
      return undefined;
    }
    throw error;
  }
}
