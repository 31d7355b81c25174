import { parseDocument } from 'yaml';
import { parsePlainYaml } from './plainYaml';
import { excessiveNestingOffset } from './yamlNesting';

/** Where the frontmatter block sits in a file's text. */
export interface FrontmatterBlock {
  /** The marker after the opening `---` (such as `js`), empty for plain YAML. */
  readonly language: string;
  /** The YAML text between the fences. */
  readonly yaml: string;
  /** Zero-based line of the first YAML line. */
  readonly firstLine: number;
  readonly closed: boolean;
}

export class FrontmatterError extends Error {
  constructor(
    readonly code: 'frontmatter-language' | 'frontmatter-unclosed' | 'frontmatter-invalid',
    message: string,
    /** Zero-based line inside the YAML text. */
    readonly yamlLine?: number,
  ) {
    super(message);
  }
}

/** YAML aliases are capped so an alias bomb fails fast instead of exploding. */
const MAX_ALIAS_COUNT = 100;
/**
 * Real frontmatter is a few hundred characters. The YAML library slows down
 * faster than linearly on some shapes (thousands of keys or aliases), so a
 * bigger block is refused rather than parsed.
 */
export const MAX_FRONTMATTER_CHARS = 16 * 1024;
/** Far deeper than any real frontmatter, far shallower than what exhausts the stack. */
const MAX_NESTING_DEPTH = 100;
/** Markers that still mean YAML; any other marker (`js`, `toml`, ...) is refused, never run. */
const YAML_MARKERS = new Set(['', 'yaml', 'yml']);

/** A scalar or list comes back as is and is reported by the caller. Lines are zero-based in `text`. */
function parseYaml(text: string): unknown {
  const tooDeepAt = levelBound(text) <= MAX_NESTING_DEPTH ? undefined : excessiveNestingOffset(text, MAX_NESTING_DEPTH);
  if (tooDeepAt !== undefined) {
    throw new FrontmatterError(
      'frontmatter-invalid',
      `The frontmatter is nested more than ${MAX_NESTING_DEPTH} levels deep and is not read.`,
      lineAt(text, tooDeepAt),
    );
  }
  const document = parseDocument(text, { prettyErrors: true });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    throw new FrontmatterError('frontmatter-invalid', `Invalid YAML: ${firstLineOf(error.message)}`, line === undefined ? undefined : line - 1);
  }
  // An empty or comment-only block is an empty mapping, not a missing one.
  return document.contents === null ? {} : document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}

/**
 * An upper bound of the YAML's nesting depth: each level needs a line of its
 * own, an opening bracket, or a `-`, `?` or `:` indicator (`- - - x` nests on
 * one line). Real frontmatter stays below the limit, so the exact (second)
 * parse of the nesting check is only paid by odd files.
 */
function levelBound(text: string): number {
  let bound = 1;
  for (let index = 0; index < text.length; index++) {
    switch (text.charCodeAt(index)) {
      case 10: // \n
      case 45: // -
      case 58: // :
      case 63: // ?
      case 91: // [
      case 123: // {
        bound++;
    }
  }
  return bound;
}

/** True for the markers after the opening `---` that mean YAML: none, `yaml`, `yml`. */
export function isYamlLanguage(language: string): boolean {
  return YAML_MARKERS.has(language.toLowerCase());
}

function refuse(language: string): never {
  throw new FrontmatterError('frontmatter-language', `"${language}" frontmatter is not supported: only YAML is read, never run.`);
}

const OPENING = /^---([^\r\n]*)\r?\n/;
// The block closes at the first line that starts with `---`, as gray-matter and most tools do.
const CLOSING = /^---/m;

/** Finds the frontmatter block without parsing it, or undefined when the file has none. */
export function findFrontmatter(text: string): FrontmatterBlock | undefined {
  const opening = OPENING.exec(text);
  if (!opening || opening[1].startsWith('-')) {
    return undefined;
  }
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  const yaml = closing ? rest.slice(0, closing.index) : rest;
  return { language: opening[1].trim(), yaml, firstLine: 1, closed: closing !== null };
}

export interface ParsedFrontmatter {
  readonly data: unknown;
  readonly body: string;
  readonly block?: FrontmatterBlock;
}

/**
 * Splits and parses a file's frontmatter. Only YAML is ever parsed, straight
 * from the block's text: no other engine is reachable, whatever the marker.
 * Throws FrontmatterError (with a file line when known) for anything unreadable.
 */
export function parseFrontmatter(text: string): ParsedFrontmatter {
  const block = findFrontmatter(text);
  if (!block) {
    return { data: {}, body: text };
  }
  if (!isYamlLanguage(block.language)) {
    refuse(block.language);
  }
  if (!block.closed) {
    throw new FrontmatterError('frontmatter-unclosed', 'The frontmatter never closes: add a line with `---` after it.');
  }
  if (block.yaml.length > MAX_FRONTMATTER_CHARS) {
    throw new FrontmatterError(
      'frontmatter-invalid',
      `The frontmatter is over ${MAX_FRONTMATTER_CHARS / 1024} KB and is not read: keep long text in the body, below the closing \`---\`.`,
    );
  }
  const closingLineStart = OPENING.exec(text)![0].length + block.yaml.length;
  const body = text.slice(closingLineStart).replace(/^[^\r\n]*(?:\r\n|\r|\n)?/, '');
  try {
    // Most frontmatter is plain `key: value` lines: the fast reader gives the same result far sooner.
    return { data: parsePlainYaml(block.yaml) ?? parseYaml(block.yaml), body, block };
  } catch (error) {
    if (error instanceof FrontmatterError) {
      throw new FrontmatterError(error.code, error.message, error.yamlLine === undefined ? undefined : error.yamlLine + block.firstLine);
    }
    // Whatever else the YAML library throws (an alias bomb, say) is a reason the file cannot be read.
    throw new FrontmatterError('frontmatter-invalid', `The frontmatter cannot be read: ${firstLineOf(String((error as Error)?.message ?? error))}`);
  }
}

function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
  }
  return line;
}

/** The YAML library's first message line, without its position (the diagnostic carries that). */
function firstLineOf(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}
