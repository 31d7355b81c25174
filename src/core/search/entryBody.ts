import { findFrontmatter } from '../entries/frontmatter';
import { bomLength } from '../entries/frontmatterSource';

/**
 * The text a person wrote in an entry, to search: the file without its
 * frontmatter and without HTML comments, where a new entry keeps the
 * questions it asks (those are the journal's words, not the writer's).
 */
export function entryBody(text: string): string {
  const content = text.slice(bomLength(text));
  const block = findFrontmatter(content);
  let body = content;
  if (block) {
    // The opening line, the YAML, then the closing line; an unclosed block runs to the end.
    const closingLineStart = content.indexOf('\n') + 1 + block.yaml.length;
    body = block.closed ? content.slice(closingLineStart).replace(/^[^\r\n]*/, '') : '';
  }
  return body.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
}
