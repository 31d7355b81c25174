/** A place in a text, zero-based, counted in UTF-16 code units as VS Code counts them. */
export interface TextPosition {
  readonly line: number;
  readonly character: number;
}

export interface TextRange {
  readonly start: TextPosition;
  readonly end: TextPosition;
}

/** A start and end offset in a text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A replacement of `text.slice(start, end)` by `newText`; offsets are into the text it was computed from. */
export interface TextEdit extends Span {
  readonly newText: string;
}

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

/** `\r\n`, `\r` and `\n` each end a line, as in VS Code. */
export function positionAt(text: string, offset: number): TextPosition {
  const lineBreak = /\r\n|\r|\n/g;
  let line = 0;
  let lineStart = 0;
  for (let match = lineBreak.exec(text); match && match.index + match[0].length <= offset; match = lineBreak.exec(text)) {
    line++;
    lineStart = match.index + match[0].length;
  }
  return { line, character: offset - lineStart };
}

export function rangeAt(text: string, start: number, end: number): TextRange {
  return { start: positionAt(text, start), end: positionAt(text, end) };
}

/** The offset where the line holding `offset` starts. */
export function lineStartOf(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') {
    start--;
  }
  return start;
}

/** The offset just after the line break that ends the line holding `offset`, or the text's end. */
export function nextLineStart(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') {
    end++;
  }
  if (text.startsWith('\r\n', end)) {
    return end + 2;
  }
  return end < text.length ? end + 1 : end;
}

/** The offset of the start of line `line` (zero-based), or the text's end when it has fewer lines. */
export function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 0; current < line && offset < text.length; current++) {
    offset = nextLineStart(text, offset);
  }
  return offset;
}

/** A line's text without its leading spaces and its line break. */
export function lineContentSpan(text: string, line: number): Span {
  let start = offsetOfLine(text, line);
  const lineEnd = nextLineStart(text, start);
  let end = lineEnd;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) {
    end--;
  }
  while (start < end && (text[start] === ' ' || text[start] === '\t')) {
    start++;
  }
  return { start, end };
}

/** The text's own line break (its first one), so that inserted lines match the file; `\n` when it has none. */
export function lineBreakOf(text: string): string {
  const match = /\r\n|\r|\n/.exec(text);
  return match ? match[0] : '\n';
}
