import type { BlockItem, ElementsItem, ElementsValue, Quoting } from './elementsValue';
import { lineBreakOf, type Span, type TextEdit } from '../text/textLines';

/** Which written items stay, and the new items (already written as YAML) to add after them. */
export interface ListChange {
  readonly keep: readonly boolean[];
  readonly added: readonly string[];
}

/**
 * The edit that applies a change to a written `elements` value, in the value's
 * own style; undefined when there is nothing to change. Only 'scalar', 'flow'
 * and 'block' values have items to change.
 */
export function rewriteElements(text: string, value: ElementsValue, change: ListChange): TextEdit | undefined {
  switch (value.kind) {
    case 'scalar':
      return rewriteScalar(text, value.item, change);
    case 'flow':
      return rewriteFlowList(text, value.inner, value.items, change);
    case 'block':
      return rewriteBlockList(text, value.afterColon, value.items, change);
    default:
      return undefined;
  }
}

/** The edit that removes one item (the `index`th) with its separator or its line. */
export function removeItemEdit(text: string, value: ElementsValue, index: number): TextEdit | undefined {
  const count = value.kind === 'scalar' ? 1 : value.kind === 'flow' || value.kind === 'block' ? value.items.length : 0;
  if (index < 0 || index >= count) {
    return undefined;
  }
  return rewriteElements(text, value, { keep: Array.from({ length: count }, (_, at) => at !== index), added: [] });
}

/** A single value stays as it is when it is all that is kept; anything else becomes a flow list. */
function rewriteScalar(text: string, item: ElementsItem, { keep, added }: ListChange): TextEdit | undefined {
  if (keep[0] && added.length === 0) {
    return undefined;
  }
  const values = [...(keep[0] ? [text.slice(item.start, item.end)] : []), ...added];
  return { start: item.start, end: item.end, newText: `[${values.join(', ')}]` };
}

/**
 * Rebuilds what is between the brackets from the written pieces: each kept item
 * keeps its text and the separator that followed it, so removing what was added
 * gives back the very same bytes.
 */
function rewriteFlowList(text: string, inner: Span, items: readonly ElementsItem[], { keep, added }: ListChange): TextEdit {
  if (items.length === 0) {
    return { ...inner, newText: text.slice(inner.start, inner.end) + added.join(', ') };
  }
  const separators = items.slice(1).map((item, index) => text.slice(items[index].end, item.start));
  // A separator holding a comment would copy the comment: new items get a plain one then.
  const lastSeparator = separators[separators.length - 1];
  const newSeparator = lastSeparator !== undefined && !lastSeparator.includes('#') ? lastSeparator : ', ';
  const before = text.slice(inner.start, items[0].start);
  const after = text.slice(items[items.length - 1].end, inner.end);
  const pieces: { text: string; separator: string }[] = [];
  items.forEach((item, index) => {
    if (keep[index]) {
      pieces.push({ text: text.slice(item.start, item.end), separator: separators[index] ?? newSeparator });
    }
  });
  for (const value of added) {
    pieces.push({ text: value, separator: newSeparator });
  }
  if (pieces.length === 0) {
    // What surrounds the items stays (spaces, comments); a trailing comma would now follow nothing.
    return { ...inner, newText: before + after.replace(/^(\s*),/, '$1') };
  }
  const list = pieces.map((piece, index) => (index < pieces.length - 1 ? piece.text + piece.separator : piece.text)).join('');
  return { ...inner, newText: before + list + after };
}

/**
 * Removes the lines of dropped items and adds a line per new item after the
 * last one, with its indentation and dash. Comment lines stay. A list left
 * empty is written `[]` after the colon.
 */
function rewriteBlockList(text: string, afterColon: number, items: readonly BlockItem[], { keep, added }: ListChange): TextEdit {
  const last = items[items.length - 1];
  const start = items[0].lines.start;
  const end = last.lines.end;
  const lineBreak = /\r\n|\r|\n/.exec(text.slice(last.lines.start, last.lines.end))?.[0];
  const eol = lineBreak ?? lineBreakOf(text);
  let region = '';
  items.forEach((item, index) => {
    region += text.slice(index === 0 ? start : items[index - 1].lines.end, item.lines.start);
    if (keep[index]) {
      region += text.slice(item.lines.start, item.lines.end);
    }
  });
  if (added.length > 0 && lineBreak === undefined && keep[keep.length - 1]) {
    region += eol;
  }
  region += added.map((value) => `${last.head}${value}${eol}`).join('');
  if (keep.some(Boolean) || added.length > 0) {
    return { start, end, newText: region };
  }
  return { start: afterColon, end, newText: ` []${text.slice(afterColon, start)}${region}` };
}

export function flowList(ids: readonly string[], quoting: Quoting = 'plain'): string {
  return `[${ids.map((id) => formatScalar(id, quoting)).join(', ')}]`;
}

/** An id written as the list's other items are; quoted whenever YAML would read it as anything but that string. */
export function formatScalar(id: string, quoting: Quoting = 'plain'): string {
  if (quoting === 'single') {
    return `'${id.replace(/'/g, "''")}'`;
  }
  if (quoting === 'plain' && /^[A-Za-z][A-Za-z0-9-]*$/.test(id) && !/^(true|false|null)$/i.test(id)) {
    return id;
  }
  return JSON.stringify(id);
}
