/**
 * A fast reader for the frontmatter people actually write: `key: value` lines,
 * flow lists of words (`[a, b]`), block lists (`- item`), quotes and comments.
 * It returns exactly what the full YAML parser (core schema) would, or
 * undefined as soon as a line steps outside that subset, so the caller falls
 * back to the full parser. Most entries never need it: parsing them here is
 * several times faster, which is what keeps a 10,000-entry journal quick.
 */

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+(.*))?$/;
const ITEM_LINE = /^( *)- (.*)$/;
/** A plain scalar cannot start with an indicator: those mean anchors, tags, flow, block scalars... */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Plain scalars the core schema reads as null, booleans or numbers: left to the full parser. */
const NOT_A_STRING = /^(?:~|null|Null|NULL|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const BOOLEAN = /^(?:true|True|TRUE|false|False|FALSE)$/;
const MAYBE_NOT_A_STRING = /^[-+.0-9~nNtTfF]/;

type Item = string | boolean | Record<string, string | boolean>;
type Value = string | boolean | null | Item[];
/** `- SMB churn: 4.1% -> 2.9%`: a list item that YAML reads as a one-key mapping. */
const PAIR_ITEM = /^([^\s'"[\]{}#&*!|>%@`?,:-][^:#]*?): +(\S.*)$/;

/** Returns the mapping, or undefined when the text needs the full YAML parser. */
export function parsePlainYaml(yaml: string): Record<string, Value> | undefined {
  const result: Record<string, Value> = {};
  const lines = yaml.split('\n');
  let listKey: string | undefined;
  let listIndent = -1;
  for (const rawLine of lines) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      if (line.includes('\t')) return undefined;
      continue;
    }
    if (line.includes('\t')) return undefined;
    const item = ITEM_LINE.exec(line);
    if (item && listKey !== undefined) {
      if (listIndent === -1) listIndent = item[1].length;
      else if (item[1].length !== listIndent) return undefined;
      const value = listItem(item[2]);
      if (value === undefined) return undefined;
      (result[listKey] as Item[]).push(value);
      continue;
    }
    const pair = KEY_LINE.exec(line);
    if (!pair || pair[1] === '__proto__' || Object.prototype.hasOwnProperty.call(result, pair[1])) return undefined;
    const key = pair[1];
    closeList(result, listKey);
    listKey = undefined;
    const text = withoutComment(pair[2] ?? '');
    if (text === undefined) return undefined;
    if (text === '') {
      // Either a block list follows, or the value is null.
      result[key] = [];
      listKey = key;
      listIndent = -1;
    } else if (text.startsWith('[')) {
      const list = flowList(text);
      if (!list) return undefined;
      result[key] = list;
    } else {
      const value = scalar(text, false);
      if (value === undefined) return undefined;
      result[key] = value;
    }
  }
  closeList(result, listKey);
  return result;
}

/** A key with nothing after it and no items below is null, as in YAML. */
function closeList(result: Record<string, Value>, key: string | undefined): void {
  if (key !== undefined && (result[key] as unknown[]).length === 0) {
    result[key] = null;
  }
}

/** The value without a trailing ` # comment`; undefined when a `#` could mean something else. */
function withoutComment(value: string): string | undefined {
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    const end = value.lastIndexOf(quote);
    const rest = value.slice(end + 1).trim();
    if (end <= 0 || (rest !== '' && !rest.startsWith('#'))) return undefined;
    return value.slice(0, end + 1);
  }
  const comment = value.indexOf('#') === -1 ? null : /\s#/.exec(value);
  return (comment ? value.slice(0, comment.index) : value).trim();
}

function listItem(text: string): Item | undefined {
  const pair = PAIR_ITEM.exec(text);
  if (!pair) {
    const value = scalar(text, true);
    return value === null ? undefined : value;
  }
  const key = scalar(pair[1], false);
  const value = scalar(pair[2], true);
  if (typeof key !== 'string' || key === '__proto__' || value === undefined || value === null) return undefined;
  return { [key]: value };
}

function flowList(text: string): (string | boolean)[] | undefined {
  if (!text.endsWith(']')) return undefined;
  const inner = text.slice(1, -1);
  if (/[[\]{}"'#]/.test(inner)) return undefined;
  if (inner.trim() === '') return [];
  const items: (string | boolean)[] = [];
  const parts = inner.split(',');
  for (const [index, part] of parts.entries()) {
    const word = part.trim();
    if (word === '') {
      // A trailing comma is allowed in YAML flow lists; an empty item is not.
      if (index === parts.length - 1 && index > 0) continue;
      return undefined;
    }
    const value = scalar(word, true);
    if (value === undefined || value === null) return undefined;
    items.push(value);
  }
  return items;
}

function scalar(text: string, inList: boolean): string | boolean | null | undefined {
  const value = inList ? withoutComment(text) : text;
  if (value === undefined || value === '') return undefined;
  if (value[0] === "'") {
    const inner = value.slice(1, -1);
    return value.length >= 2 && value.endsWith("'") && !/'(?!')/.test(inner.replace(/''/g, '')) ? inner.replace(/''/g, "'") : undefined;
  }
  if (value[0] === '"') {
    const inner = value.slice(1, -1);
    return value.length >= 2 && value.endsWith('"') && !/["\\]/.test(inner) ? inner : undefined;
  }
  if (INDICATOR_START.test(value) || value.includes(': ') || value.endsWith(':') || value.includes(' #')) return undefined;
  // Only a value that starts like a number, null or boolean can be one: most titles skip both tests.
  if (MAYBE_NOT_A_STRING.test(value)) {
    if (NOT_A_STRING.test(value)) return undefined;
    if (BOOLEAN.test(value)) return /^t/i.test(value);
  }
  return value;
}
