import { isMap, type Node, type Pair } from 'yaml';
import { ElementMatcher } from '../elements/elements';
import { flowList, formatScalar, rewriteElements, type ListChange } from './elementsRewrite';
import { readElementsValue, type ElementsItem } from './elementsValue';
import { parseFrontmatter } from '../entries/frontmatter';
import { bomLength, readFrontmatterSource, type FrontmatterSource } from '../entries/frontmatterSource';
import { parseEntry } from '../entries/parseEntry';
import { minimizeEdit } from '../text/textEditMinimize';
import { applyEdit, lineBreakOf, lineStartOf, nextLineStart, type TextEdit } from '../text/textLines';

export type ElementsEditResult = TextEdit | { readonly error: string };

const NOT_CHANGED = 'The file was not changed.';

/** An edit that changes nothing: elementsEdit returns `{ start: 0, end: 0, newText: '' }` then. */
export function isNoChange(edit: TextEdit): boolean {
  return edit.start === edit.end && edit.newText === '';
}

/**
 * The edit that makes an entry's `elements` exactly `ids`, touching nothing
 * else: other keys, comments, quoting, indentation, line breaks and the body
 * keep every byte. Items that name no known element are the user's to fix and
 * stay where they are. A flow list stays a flow list and a block list a block
 * list; a single value becomes a flow list when it must hold more. An entry
 * without `elements` gets a line after `date:` (else `title:`, else at the end);
 * a file without frontmatter gets one. Unreadable frontmatter is never
 * touched: the error says why. Offsets are into `text`, BOM included.
 */
export function elementsEdit(text: string, ids: readonly string[], matcher = new ElementMatcher()): ElementsEditResult {
  const wanted: string[] = [];
  for (const id of ids) {
    const element = matcher.match(id);
    if (!element) {
      return { error: `"${id}" is not an element id. ${NOT_CHANGED}` };
    }
    if (!wanted.includes(element.id)) {
      wanted.push(element.id);
    }
  }
  const unreadable = parseEntry('entry.md', text, matcher).problems.find((problem) => problem.code.startsWith('frontmatter-'));
  if (unreadable) {
    return { error: `${unreadable.message} ${NOT_CHANGED}` };
  }
  const source = readFrontmatterSource(text);
  const edit = source ? editFrontmatter(text, source, wanted, matcher) : addFrontmatter(text, wanted);
  if ('error' in edit) {
    return edit;
  }
  const minimal = minimizeEdit(text, edit);
  if (isNoChange(minimal)) {
    return NO_CHANGE;
  }
  if (!changesOnlyElements(text, applyEdit(text, minimal), wanted, matcher)) {
    return { error: `\`elements\` could not be changed without changing other frontmatter: edit it by hand. ${NOT_CHANGED}` };
  }
  return minimal;
}

/** The entry's text with `elements` set to `ids`, or why it cannot be. */
export function setEntryElements(text: string, ids: readonly string[], matcher = new ElementMatcher()): { text: string } | { error: string } {
  const edit = elementsEdit(text, ids, matcher);
  return 'error' in edit ? edit : { text: applyEdit(text, edit) };
}

const NO_CHANGE: TextEdit = { start: 0, end: 0, newText: '' };

function addFrontmatter(text: string, wanted: readonly string[]): TextEdit {
  if (wanted.length === 0) {
    return NO_CHANGE;
  }
  const eol = lineBreakOf(text);
  const at = bomLength(text);
  return { start: at, end: at, newText: `---${eol}elements: ${flowList(wanted)}${eol}---${eol}` };
}

function editFrontmatter(text: string, source: FrontmatterSource, wanted: readonly string[], matcher: ElementMatcher): TextEdit | { error: string } {
  const value = readElementsValue(source);
  switch (value.kind) {
    case 'absent':
      return wanted.length === 0 ? NO_CHANGE : insertElementsLine(text, source, wanted);
    case 'empty': {
      // Nothing written yet: keep a space on each side, or a comment after it would join the list.
      const { start, end } = value.value;
      const spaceBefore = /[ \t]/.test(text[start - 1] ?? '') ? '' : ' ';
      const spaceAfter = start === end && /\S/.test(text[end] ?? '') ? ' ' : '';
      return { start, end, newText: `${spaceBefore}${flowList(wanted)}${spaceAfter}` };
    }
    case 'scalar':
      return rewriteElements(text, value, planChange([value.item], wanted, matcher)) ?? NO_CHANGE;
    case 'flow':
    case 'block':
      return rewriteElements(text, value, planChange(value.items, wanted, matcher)) ?? NO_CHANGE;
    case 'other':
      return { error: `\`elements\` is not written as a list of element ids: correct it by hand first. ${NOT_CHANGED}` };
  }
}

/** Items naming an element that is no longer wanted go; every other item stays; missing ids are added. */
function planChange(items: readonly ElementsItem[], wanted: readonly string[], matcher: ElementMatcher): ListChange {
  const present = new Set<string>();
  const keep = items.map((item) => {
    const element = typeof item.value === 'string' ? matcher.match(item.value) : undefined;
    if (element && !wanted.includes(element.id)) {
      return false;
    }
    if (element) {
      present.add(element.id);
    }
    return true;
  });
  const quoting = [...items].reverse().find((item) => item.quoting)?.quoting ?? 'plain';
  return { keep, added: wanted.filter((id) => !present.has(id)).map((id) => formatScalar(id, quoting)) };
}

/** A new `elements:` line after `date:`, else after `title:`, else at the end of the frontmatter. */
function insertElementsLine(text: string, source: FrontmatterSource, wanted: readonly string[]): TextEdit | { error: string } {
  const contents = source.document.contents;
  const eol = lineBreakOf(text);
  const endsWithBreak = /[\r\n]$/.test(source.yaml);
  const line = (indent: string) => `${indent}elements: ${flowList(wanted)}${eol}`;
  const end = source.yamlStart + source.yaml.length;
  if (contents === null) {
    return { start: end, end, newText: (source.yaml.length > 0 && !endsWithBreak ? eol : '') + line('') };
  }
  if (!isMap(contents) || contents.srcToken?.type !== 'block-map') {
    return { error: `The frontmatter is written as one \`{ ... }\` mapping: add \`elements\` to it by hand. ${NOT_CHANGED}` };
  }
  const pairs = contents.items as Pair<Node, Node | null>[];
  const indentOf = (pair: Pair<Node, Node | null>) => {
    const keyStart = pair.key.range![0];
    return source.yaml.slice(lineStartOf(source.yaml, keyStart), keyStart).replace(/[^ \t]/g, ' ');
  };
  const after = pairs.find((pair) => keyOf(pair) === 'date') ?? pairs.find((pair) => keyOf(pair) === 'title');
  if (!after) {
    return { start: end, end, newText: (endsWithBreak ? '' : eol) + line(pairs.length > 0 ? indentOf(pairs[0]) : '') };
  }
  const valueEnd = (after.value ?? after.key).range![1];
  const lastChar = source.yaml[valueEnd - 1];
  const lineEnd = lastChar === '\n' || lastChar === '\r' ? valueEnd : nextLineStart(source.yaml, valueEnd);
  const needsBreak = lineEnd === source.yaml.length && !endsWithBreak;
  const at = source.yamlStart + lineEnd;
  return { start: at, end: at, newText: (needsBreak ? eol : '') + line(indentOf(after)) };
}

function keyOf(pair: Pair<Node, Node | null>): unknown {
  return (pair.key as { value?: unknown } | null)?.value;
}

/** The new text reads back with exactly the wanted elements and every other value unchanged. */
function changesOnlyElements(before: string, after: string, wanted: readonly string[], matcher: ElementMatcher): boolean {
  const entry = parseEntry('entry.md', after, matcher);
  if (entry.problems.some((problem) => problem.code.startsWith('frontmatter-'))) {
    return false;
  }
  if (entry.elements.length !== wanted.length || !wanted.every((id) => entry.elements.includes(id))) {
    return false;
  }
  const others = otherValues(before);
  return others !== undefined && others === otherValues(after);
}

/** Every frontmatter value but `elements`, comparable as a string; undefined when it cannot be shown (a circular alias). */
function otherValues(text: string): string | undefined {
  try {
    const data = parseFrontmatter(text.slice(bomLength(text))).data;
    const others = typeof data === 'object' && data !== null ? { ...data, elements: undefined } : data;
    return JSON.stringify(others) ?? 'none';
  } catch {
    return undefined;
  }
}
