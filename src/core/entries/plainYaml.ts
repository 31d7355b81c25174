import { Document, isScalar, type ScalarTag } from 'yaml';
import { FrontmatterError } from './frontmatterError';

/**
 * A fast reader for the frontmatter people actually write: `key: value`
 * lines, flow lists of words (`[a, b]`), block lists (`- item`, `- KPI: 4%`),
 * quotes and comments. It answers only for text inside a strict subset, and
 * then with exactly what the full parser (the `yaml` library) returns; for
 * anything else it returns undefined and the caller runs the full parser.
 * Inside the subset it follows the library's own rules: only the space is
 * whitespace, a comment needs a space before its `#`, a plain scalar means
 * what the library's core schema tags say. Reading a typical entry here is
 * many times faster, which keeps a 10,000-entry journal quick.
 *
 * It also knows two common mistakes that the library refuses too, and throws
 * a FrontmatterError for them at their line: a flow list that never closes,
 * and a key indented under a key that already has a value (one on its line,
 * or a list whose items are indented at least as deep). The library's
 * parse of such a file took about a millisecond, and loading it for them
 * most of a small journal's cold reading.
 */

type Scalar = string | boolean | number | null;
type Item = Scalar | Record<string, Scalar>;
type Value = Scalar | Item[];

/**
 * Characters that defer: control characters (tabs included), `\r` outside
 * `\r\n`, and every character JavaScript counts as whitespace but the space
 * (no-break and ideographic spaces, line separators, the byte-order mark...).
 * The library gives meaning to ASCII characters only (and to a byte-order
 * mark that starts a line): any other character is content to it, as it is
 * here, where `trim()` and `split()` now only ever meet the space.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const OUTSIDE_SUBSET = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]|\r(?!\n)/;
/** Keys are printable ASCII. */
const ASCII_KEY = /^[\x20-\x7E]+$/;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const ITEM_LINE = /^( *)- +(.*)$/;
/** Plain scalars starting with these are left to the full parser: anchors, tags, flow, block scalars, directives... */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Words some YAML version reads as a boolean or null are never taken as keys here, in any case. */
const RESERVED_KEY = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
/** The library refuses implicit keys over 1024 characters; long keys are left to it well before that. */
const MAX_KEY_LENGTH = 1000;
/** Characters that give a flow list's items a meaning beyond plain words: such lists are the library's. */
const FLOW_INDICATOR = /[[\]{}"'#:]/;
/** What may follow a closed quote or flow list: spaces, then a comment after at least one of them. */
const END_OF_VALUE = /^(?: *| +#.*)$/;

let plainTags: (ScalarTag & { test: RegExp })[] | undefined;

/**
 * The tags the full parser tries on a plain scalar, in its order (null,
 * booleans, numbers), taken from the library itself: a number means here
 * exactly what it means there. Taken when first needed, so that code that
 * parses no number never loads the library.
 */
export function plainScalarTags(): readonly (ScalarTag & { test: RegExp })[] {
  return (plainTags ??= new Document().schema.tags.filter(
    (tag): tag is ScalarTag & { test: RegExp } => !tag.collection && tag.default === true && tag.test instanceof RegExp,
  ));
}

/**
 * The tests of those tags, written out in the same order, so that a scalar
 * that matches none (a date, a word) is known to be a string without loading
 * the library: a journal of dates and words never loads it. A unit test checks
 * they are still the library's.
 */
const NULL_TEST = /^(?:~|[Nn]ull|NULL)?$/;
const BOOLEAN_TEST = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const NUMBER_TESTS = [
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
export const CORE_SCALAR_TESTS: readonly RegExp[] = [NULL_TEST, BOOLEAN_TEST, ...NUMBER_TESTS];

/** Where the fast reader met each top-level key and each item of a block list: zero-based lines of the YAML text. */
export interface PlainYamlLines {
  readonly keys: Map<string, number>;
  /** The lines of a key's block list items, in order; flow lists and scalars sit on their key's line. */
  readonly items: Map<string, number[]>;
}

/**
 * Returns the mapping, or undefined when the text needs the full YAML parser,
 * or throws a FrontmatterError (zero-based line in `yaml`) for the mistakes
 * above. With `lines`, also notes where each key and block list item is:
 * placing an entry's problems then needs no syntax tree from the library.
 */
export function parsePlainYaml(yaml: string, lines?: PlainYamlLines): Record<string, Value> | undefined {
  if (OUTSIDE_SUBSET.test(yaml)) {
    return undefined;
  }
  const result: Record<string, Value> = {};
  /** The key whose value is still open: nothing after its colon, so block list items may follow. */
  let listKey: string | undefined;
  let list: Item[] = [];
  let listIndent = -1;
  /** Where the open list's items are, when asked for. */
  let itemLines: number[] | undefined;
  /** The last key read with its value on the same line: no key may be indented under it. */
  let valuedKey: string | undefined;
  const closeList = () => {
    if (listKey !== undefined) {
      result[listKey] = list.length > 0 ? list : null;
      listKey = undefined;
    }
  };
  // Line by line with indexOf: splitting the block (a slice of the file's text) into an array cost more than reading it.
  for (let lineIndex = 0, at = 0; at <= yaml.length; lineIndex++) {
    const end = lineEnd(yaml, at);
    const line = lineText(yaml, at, end);
    at = end + 1;
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) {
      continue;
    }
    // A key indented under a value on its key's line, or no deeper than the items of a list above it.
    const valueAbove = listKey === undefined ? valuedKey : listIndent > 0 && line.length - content.length <= listIndent ? listKey : undefined;
    if (valueAbove !== undefined && line.charCodeAt(0) === 32) {
      const indented = KEY_LINE.exec(content);
      if (indented && isPlainKey(indented[1])) {
        throw new FrontmatterError('frontmatter-invalid', `Invalid YAML: \`${indented[1]}\` is indented under \`${valueAbove}\`, which already has a value: line the keys up.`, lineIndex);
      }
    }
    const item = listKey === undefined ? null : ITEM_LINE.exec(line);
    if (item) {
      if (listIndent === -1) {
        listIndent = item[1].length;
      } else if (item[1].length !== listIndent) {
        return undefined;
      }
      const value = listItem(item[2]);
      if (value === undefined) {
        return undefined;
      }
      list.push(value);
      itemLines?.push(lineIndex);
      continue;
    }
    closeList();
    const pair = KEY_LINE.exec(line);
    if (!pair || !isPlainKey(pair[1]) || Object.prototype.hasOwnProperty.call(result, pair[1])) {
      return undefined;
    }
    lines?.keys.set(pair[1], lineIndex);
    const text = pair[2] ?? '';
    if (text === '' || text.startsWith('#')) {
      if (lines) {
        itemLines = [];
        lines.items.set(pair[1], itemLines);
      }
      listKey = pair[1];
      valuedKey = undefined;
      list = [];
      listIndent = -1;
      result[listKey] = null; // holds the key's place, so that a repeat of it is caught
      continue;
    }
    const value = text.startsWith('[') ? flowList(text) : scalar(text);
    if (value === undefined) {
      if (text.startsWith('[') && neverCloses(text, yaml, at)) {
        throw new FrontmatterError('frontmatter-invalid', 'Invalid YAML: the list opened with `[` is never closed with `]`.', lineIndex);
      }
      return undefined;
    }
    result[pair[1]] = value;
    valuedKey = pair[1];
  }
  closeList();
  return result;
}

/** Where the line that starts at `at` ends: its `\n`, or the end of the text. */
function lineEnd(yaml: string, at: number): number {
  const newline = yaml.indexOf('\n', at);
  return newline < 0 ? yaml.length : newline;
}

/** The line from `at` to `end`, without the `\r` of a `\r\n`. */
function lineText(yaml: string, at: number, end: number): string {
  return yaml.slice(at, end > at && yaml.charCodeAt(end - 1) === 13 ? end - 1 : end);
}

/** A key the full parser reads as this very string, well under its length limit. */
function isPlainKey(key: string): boolean {
  return key.length < MAX_KEY_LENGTH && key !== '__proto__' && !RESERVED_KEY.test(key) && plainMeaning(key) === key;
}

/** `- item`, `- "item"`, or `- KPI: 4% -> 9%` (a one-key mapping in YAML). */
function listItem(text: string): Item | undefined {
  if (text[0] === '"' || text[0] === "'") {
    return scalar(text);
  }
  const colon = text.indexOf(': ');
  const comment = text.indexOf(' #');
  if (colon === -1 || (comment !== -1 && comment < colon)) {
    return scalar(text);
  }
  const key = text.slice(0, colon);
  if (!ASCII_KEY.test(key) || /[:#]| $/.test(key) || INDICATOR_START.test(key) || !isPlainKey(key)) {
    return undefined;
  }
  const value = scalar(text.slice(colon + 2).trimStart());
  return value === undefined ? undefined : { [key]: value };
}

/** A one-line value in block context, with its comment: a quoted or plain scalar. */
function scalar(text: string): Scalar | undefined {
  if (text[0] === '"' || text[0] === "'") {
    return quoted(text);
  }
  const comment = text.indexOf(' #');
  const value = (comment === -1 ? text : text.slice(0, comment)).trimEnd();
  if (value === '' || INDICATOR_START.test(value) || value.includes(': ') || value.endsWith(':')) {
    return undefined;
  }
  return plainMeaning(value);
}

/** A quoted scalar closed on its line, without escapes, then nothing but spaces and a comment. */
function quoted(text: string): string | undefined {
  const quote = text[0];
  let end = text.indexOf(quote, 1);
  // As the library reads them: `''` inside single quotes is a quote, not the end.
  while (quote === "'" && end !== -1 && text[end + 1] === "'") {
    end = text.indexOf("'", end + 2);
  }
  if (end === -1 || !END_OF_VALUE.test(text.slice(end + 1))) {
    return undefined;
  }
  const inner = text.slice(1, end);
  if (quote === "'") {
    return inner.replace(/''/g, "'");
  }
  return inner.includes('\\') ? undefined : inner;
}

/**
 * Whether a flow list of plain words opened on this line (`text`, after the
 * key) cannot close: no `]` on the line, and after it, past blank lines and
 * comments, the end of the YAML or a key at the start of a line (`rest` from
 * `at`). A list that goes on with an indented line is left to the library.
 */
function neverCloses(text: string, rest: string, at: number): boolean {
  if (FLOW_INDICATOR.test(text.slice(1))) {
    return false;
  }
  while (at <= rest.length) {
    const end = lineEnd(rest, at);
    const line = lineText(rest, at, end);
    at = end + 1;
    const content = line.trimStart();
    if (content !== '' && !content.startsWith('#')) {
      return content === line && KEY_LINE.test(line);
    }
  }
  return true;
}

/** `[a, b]` on one line, with plain items that hold no indicator a flow list gives meaning to. */
function flowList(text: string): Scalar[] | undefined {
  const close = text.indexOf(']');
  if (close === -1 || !END_OF_VALUE.test(text.slice(close + 1))) {
    return undefined;
  }
  const inner = text.slice(1, close);
  if (FLOW_INDICATOR.test(inner)) {
    return undefined;
  }
  if (inner.trim() === '') {
    return [];
  }
  const items: Scalar[] = [];
  // Item by item with indexOf: split() on this slice of the file's text was the reader's slowest line.
  for (let at = 0, index = 0; at <= inner.length; index++) {
    const comma = inner.indexOf(',', at);
    const word = inner.slice(at, comma < 0 ? inner.length : comma).trim();
    at = comma < 0 ? inner.length + 1 : comma + 1;
    if (word === '') {
      // A trailing comma is allowed in YAML flow lists; an empty item is not.
      if (at > inner.length && index > 0) {
        continue;
      }
      return undefined;
    }
    if (INDICATOR_START.test(word)) {
      return undefined;
    }
    const value = plainMeaning(word);
    if (value === undefined) {
      return undefined;
    }
    items.push(value);
  }
  return items;
}

/**
 * Every test of those tags (`~`, null, booleans, numbers, `.inf`, `.nan`)
 * needs a first character among these, or an empty string: any other scalar is
 * a string without trying them. A unit test pins the tests this was read from.
 */
const MAY_BE_TAGGED = /^(?:$|[-+.0-9~nNtTfF])/;

/**
 * What the full parser makes of a plain scalar: the first core schema tag
 * whose test matches resolves it, else it is a string. Null and the booleans
 * resolve as the library resolves them (`t` or `T` first is true); numbers go
 * through the library's own tags.
 */
function plainMeaning(text: string): Scalar | undefined {
  if (!MAY_BE_TAGGED.test(text)) {
    return text;
  }
  if (NULL_TEST.test(text)) {
    return null;
  }
  if (BOOLEAN_TEST.test(text)) {
    return text[0] === 't' || text[0] === 'T';
  }
  const number = NUMBER_TESTS.findIndex((test) => test.test(text));
  if (number < 0) {
    return text;
  }
  const tag = plainScalarTags()[2 + number];
  let failed = false;
  const resolved: unknown = tag.resolve(text, () => (failed = true), {});
  const value = isScalar(resolved) ? resolved.value : resolved;
  const simple = value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number';
  return simple && !failed ? value : undefined;
}
