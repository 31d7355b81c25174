import { ElementMatcher, type StrategicElement } from '../elements/elements';
import { readElementsValue } from './elementsValue';
import { findFrontmatter, isYamlLanguage } from '../entries/frontmatter';
import { bomLength, readFrontmatterSource } from '../entries/frontmatterSource';

/** An item of `elements` under the cursor. */
export interface ElementAtOffset {
  /** The item as written (without quotes when the YAML is readable). */
  readonly written: string;
  /** The element it names, if any. */
  readonly element?: StrategicElement;
  /** Offsets of the item in the text given, quotes included. */
  readonly start: number;
  readonly end: number;
}

/**
 * True when `offset` is where an item of the frontmatter's top-level
 * `elements` goes: after its colon, inside its flow list, or on the lines of
 * its block list; never in a comment. It reads lines, not YAML, because the
 * YAML is usually broken while an item is being typed (`elements: [ali`).
 */
export function isInElementsValue(text: string, offset: number): boolean {
  const frontmatter = frontmatterLines(text, offset);
  if (!frontmatter) {
    return false;
  }
  const { yaml, lines, column } = frontmatter;
  const cursorLine = lines[lines.length - 1];
  const beforeCursor = cursorLine.text.slice(0, column);
  if (/(^|\s)#/.test(beforeCursor)) {
    return false;
  }
  if (/^[ \t]*-$/.test(beforeCursor)) {
    return false; // right after a block item's dash: an id typed here would join it (`-iterate-adapt` is one word, not an item)
  }
  const typed = beforeCursor.trim() === '' ? column : indentOf(cursorLine.text);
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index];
    const key = keyOfLine(line.text);
    const onCursorLine = index === lines.length - 1;
    if (!key || (!onCursorLine && key.indent > typed)) {
      continue; // not a key, or a key nested deeper than the cursor
    }
    if (key.name !== 'elements' || key.indent > topLevelIndent(lines)) {
      return false;
    }
    if (onCursorLine) {
      return column > key.colon;
    }
    const value = withoutComment(line.text.slice(key.colon + 1)).trim();
    if (value === '') {
      return typed > key.indent || /^[ \t]*-(\s|$)/.test(cursorLine.text);
    }
    // A value on the key's line continues below it only as an unclosed flow list.
    const sinceColon = yaml.slice(line.start + key.colon + 1, frontmatter.local);
    return count(sinceColon, '[') > count(sinceColon, ']');
  }
  return false;
}

/**
 * The `elements` item at `offset`, for a hover or to know what a completion
 * replaces. When the YAML cannot be read, the word around the offset inside
 * the `elements` value.
 */
export function elementAt(text: string, offset: number, matcher = new ElementMatcher()): ElementAtOffset | undefined {
  const source = readFrontmatterSource(text);
  if (source) {
    const value = readElementsValue(source);
    const items = value.kind === 'scalar' ? [value.item] : value.kind === 'flow' || value.kind === 'block' ? value.items : [];
    const item = items.find((candidate) => typeof candidate.value === 'string' && candidate.valueStart <= offset && offset <= candidate.end);
    if (item) {
      const written = item.value as string;
      return { written, element: matcher.match(written), start: item.valueStart, end: item.end };
    }
    if (value.kind !== 'flow' && value.kind !== 'block' && value.kind !== 'empty') {
      return undefined;
    }
  }
  if (!isInElementsValue(text, offset)) {
    return undefined;
  }
  let start = offset;
  let end = offset;
  while (start > 0 && isWordCharacter(text[start - 1])) {
    start--;
  }
  while (end < text.length && isWordCharacter(text[end])) {
    end++;
  }
  if (start === end) {
    return undefined;
  }
  const written = text.slice(start, end);
  return { written, element: matcher.match(written), start, end };
}

/**
 * The elements the `elements` list already names, the item at `offset`
 * aside (it is the one being typed or replaced): completion leaves them out.
 * When the YAML cannot be read, the words of the `elements` value.
 */
export function listedElementIds(text: string, offset: number, matcher = new ElementMatcher()): Set<string> {
  const listed = new Set<string>();
  const add = (written: string, start: number, end: number) => {
    const element = start <= offset && offset <= end ? undefined : matcher.match(written);
    if (element) {
      listed.add(element.id);
    }
  };
  const source = readFrontmatterSource(text);
  if (source) {
    const value = readElementsValue(source);
    const items = value.kind === 'scalar' ? [value.item] : value.kind === 'flow' || value.kind === 'block' ? value.items : [];
    for (const item of items) {
      if (typeof item.value === 'string') {
        add(item.value, item.valueStart, item.end);
      }
    }
    return listed;
  }
  const skipped = bomLength(text);
  const content = text.slice(skipped);
  const block = findFrontmatter(content);
  const yamlStart = skipped + content.indexOf('\n') + 1;
  for (const word of block ? block.yaml.matchAll(/[^\s,[\]{}#"':]+/g) : []) {
    const start = yamlStart + word.index;
    if (isInElementsValue(text, start)) {
      add(word[0], start, start + word[0].length);
    }
  }
  return listed;
}

function isWordCharacter(character: string): boolean {
  return !/[\s,[\]{}#"':]/.test(character);
}

interface Line {
  /** Offset of the line in the YAML text. */
  readonly start: number;
  readonly text: string;
}

/** The frontmatter's lines up to the one holding `offset`, or undefined when `offset` is not in plain YAML frontmatter. */
function frontmatterLines(text: string, offset: number): { yaml: string; lines: Line[]; column: number; local: number } | undefined {
  const skipped = bomLength(text);
  const content = text.slice(skipped);
  const block = findFrontmatter(content);
  if (!block || !isYamlLanguage(block.language)) {
    return undefined;
  }
  const local = offset - (skipped + content.indexOf('\n') + 1);
  if (local < 0 || local > block.yaml.length || (block.closed && local === block.yaml.length && block.yaml.length > 0)) {
    return undefined;
  }
  const lines: Line[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = lineBreak.exec(block.yaml); ; match = lineBreak.exec(block.yaml)) {
    const end = match ? match.index : block.yaml.length;
    lines.push({ start, text: block.yaml.slice(start, end) });
    if (!match || match.index + match[0].length > local) {
      break;
    }
    start = match.index + match[0].length;
  }
  return { yaml: block.yaml, lines, column: local - lines[lines.length - 1].start, local };
}

/** The key a line starts, with its indentation and the column of its colon; undefined for anything else. Scans, never backtracks. */
function keyOfLine(line: string): { name: string; indent: number; colon: number } | undefined {
  const indent = indentOf(line);
  const rest = line.slice(indent);
  if (rest === '' || rest.startsWith('#') || rest.startsWith('-') || rest.startsWith('[') || rest.startsWith('{')) {
    return undefined;
  }
  const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : undefined;
  let from = quote ? rest.indexOf(quote, 1) + 1 : 0;
  if (quote && from === 0) {
    return undefined;
  }
  const comment = rest.search(/\s#/);
  for (let colon = rest.indexOf(':', from); colon !== -1 && (comment === -1 || colon < comment); colon = rest.indexOf(':', from)) {
    const name = quote ? rest.slice(1, from - 1) : rest.slice(0, colon).trim();
    if (quote && rest.slice(from, colon).trim() !== '') {
      return undefined;
    }
    if (colon + 1 === rest.length || rest[colon + 1] === ' ' || rest[colon + 1] === '\t') {
      return { name, indent, colon: indent + colon };
    }
    from = colon + 1;
  }
  return undefined;
}

/** The indentation of the frontmatter's own keys: that of its first key. */
function topLevelIndent(lines: readonly Line[]): number {
  for (const line of lines) {
    const key = keyOfLine(line.text);
    if (key) {
      return key.indent;
    }
  }
  return 0;
}

function indentOf(line: string): number {
  let indent = 0;
  while (line[indent] === ' ' || line[indent] === '\t') {
    indent++;
  }
  return indent;
}

function withoutComment(value: string): string {
  const comment = value.search(/(^|\s)#/);
  return comment === -1 ? value : value.slice(0, comment);
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
