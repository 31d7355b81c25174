import type { Document } from 'yaml';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter';

const BOM = '\uFEFF';

/** A file's readable YAML frontmatter together with where each node sits in the file. */
export interface FrontmatterSource {
  /** Offset in the file's text where the YAML text starts: after the byte-order mark and the opening `---` line. */
  readonly yamlStart: number;
  readonly yaml: string;
  /** The syntax tree, with node ranges relative to `yaml` and the source tokens kept. */
  readonly document: Document.Parsed;
  /** The parsed values, exactly as parseEntry reads them. */
  readonly data: unknown;
}

/** 1 when the text starts with a byte-order mark: offsets into the text count it, the YAML does not see it. */
export function bomLength(text: string): number {
  return text.startsWith(BOM) ? 1 : 0;
}

/**
 * The frontmatter with positions, or undefined when the file has none or it
 * cannot be read. What is readable is parseFrontmatter's decision, the same
 * as for the index: this is its reading, with the syntax tree kept.
 */
export function readFrontmatterSource(text: string): FrontmatterSource | undefined {
  const skipped = bomLength(text);
  const content = text.slice(skipped);
  let parsed: ParsedFrontmatter;
  try {
    parsed = parseFrontmatter(content, { withDocument: true });
  } catch {
    return undefined;
  }
  if (!parsed.block || !parsed.document) {
    return undefined;
  }
  const yamlStart = skipped + content.indexOf('\n') + 1;
  return { yamlStart, yaml: parsed.block.yaml, document: parsed.document, data: parsed.data };
}
