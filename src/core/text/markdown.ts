/**
 * Markdown for a renderer: its text, and whether `$(name)` in it stands for an
 * icon (VS Code's `supportThemeIcons`). The two travel together because text
 * inside code is safe only when the renderer's icon setting is known.
 */
export interface MarkdownText {
  readonly value: string;
  readonly supportThemeIcons: boolean;
}

/**
 * Characters that could turn a user's text into markup anywhere in a line:
 * emphasis, code, links and images, HTML and autolinks, table cells,
 * strikethrough, entities, and `$` (an icon as `$(name)` where icons are on,
 * maths on some renderers). A backslash before ASCII punctuation is a literal
 * in CommonMark, so escaping one more than needed is harmless.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<|~&$]/g;
/** Markup only at the start of a line: a heading, a quote, a list item, a heading underline. */
const LINE_START_SIGN = /^[#>+=-]/;
/** An ordered list item: up to nine digits, then `.` or `)` and a space. */
const LINE_START_NUMBER = /^\d{1,9}(?=[.)](?:\s|$))/;

/**
 * User text as one line of literal markdown text, safe inline and at the
 * start of a line: whitespace (newlines included) becomes one space.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(MARKDOWN_SPECIAL, '\\$&')
    .replace(LINE_START_SIGN, '\\$&')
    .replace(LINE_START_NUMBER, '$&\\');
}

/**
 * User text as one line of inline code. Backslashes do not escape inside code,
 * so the fence is one backtick longer than the longest run of backticks in the
 * text, with a space inside when the text starts or ends with one. Where icons
 * are on, VS Code turns `$(name)` into an icon even inside code and nothing can
 * escape it there, so such text is written as escaped plain text instead.
 */
export function markdownCode(text: string, supportThemeIcons: boolean): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '' || (supportThemeIcons && line.includes('$('))) {
    return escapeMarkdown(line);
  }
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${line}${padding}${fence}`;
}

/** A relative path (with `/`) as a link target: spaces and brackets would end the link early. */
export function encodeLinkPath(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment === '.' || segment === '..' ? segment : encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29')))
    .join('/');
}

/** A GitHub-flavoured table; `rightAligned` lists the numeric columns, which read better right-aligned. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[], rightAligned: readonly number[] = []): string {
  const rule = headers.map((_, column) => (rightAligned.includes(column) ? '---:' : '---'));
  return [headers, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
