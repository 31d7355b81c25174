/**
 * Characters that could turn a user's text into markup: emphasis, code, links,
 * HTML, table cells, strikethrough, entities. `>` and `#` only count at the
 * start of a line, where user text never lands.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<|~&]/g;

/** User text as one line of literal markdown text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(MARKDOWN_SPECIAL, '\\$&');
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
