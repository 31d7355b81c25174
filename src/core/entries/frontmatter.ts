import { isNode, parseDocument, visit, type CST, type Document, type YAMLError } from 'yaml';
import { FrontmatterError } from './frontmatterError';
import { parsePlainYaml } from './plainYaml';
import { positionAt } from '../text/textLines';
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

/**
 * The YAML's syntax tree, with its source tokens, or a FrontmatterError at
 * the line of the first error's cause (zero-based in `text`).
 */
function parseYamlDocument(text: string): Document.Parsed {
  const tooDeepAt = levelBound(text) <= MAX_NESTING_DEPTH ? undefined : excessiveNestingOffset(text, MAX_NESTING_DEPTH);
  if (tooDeepAt !== undefined) {
    throw new FrontmatterError(
      'frontmatter-invalid',
      `The frontmatter is nested more than ${MAX_NESTING_DEPTH} levels deep and is not read.`,
      positionAt(text, tooDeepAt).line,
    );
  }
  const document = parseDocument(text, { keepSourceTokens: true });
  const [error] = document.errors;
  if (error) {
    throw new FrontmatterError('frontmatter-invalid', `Invalid YAML: ${firstLineOf(error.message)}`, positionAt(text, causeOffset(document, error)).line);
  }
  return document;
}

/** A scalar or list comes back as is and is reported by the caller. */
function dataOf(document: Document.Parsed): unknown {
  // An empty or comment-only block is an empty mapping, not a missing one.
  return document.contents === null ? {} : document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}

/**
 * Where the error's cause is. The library reports a quote, flow list or flow
 * mapping that never closes where the text gives up on it, often lines later
 * (at the closing `---`); the cause is where that value opens.
 */
function causeOffset(document: Document.Parsed, error: YAMLError): number {
  const at = error.pos[0];
  let opening: number | undefined;
  visit(document, (_key, node) => {
    if (isNode(node) && node.range && node.range[0] < at && at <= node.range[2] && neverCloses(node.srcToken) && node.range[0] > (opening ?? -1)) {
      opening = node.range[0];
    }
  });
  return opening ?? at;
}

/** The library's own tests for a missing closing quote or bracket. */
function neverCloses(token: CST.Token | undefined): boolean {
  switch (token?.type) {
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
      return token.source.length === 1 || token.source[token.source.length - 1] !== token.source[0];
    case 'flow-collection':
      return token.end[0]?.source !== (token.start.source === '[' ? ']' : '}');
    default:
      return false;
  }
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
  /** The YAML's syntax tree with its source tokens, when asked for and the file has frontmatter. */
  readonly document?: Document.Parsed;
}

/**
 * Splits and parses a file's frontmatter: the one reading of what is valid,
 * for the index and the editor alike. Only YAML is ever parsed, straight from
 * the block's text: no other engine is reachable, whatever the marker. Throws
 * FrontmatterError (with a file line when known) for anything unreadable.
 * With `withDocument`, the syntax tree comes too (for positions in the file).
 */
export function parseFrontmatter(text: string, options: { readonly withDocument?: boolean } = {}): ParsedFrontmatter {
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
    // Most frontmatter is plain `key: value` lines: the fast reader gives the full parser's result far sooner.
    // It also throws for two common mistakes, in both readings, so that the editor's verdict is the index's.
    const plain = parsePlainYaml(block.yaml);
    if (plain && !options.withDocument) {
      return { data: plain, body, block };
    }
    const document = parseYamlDocument(block.yaml);
    return { data: dataOf(document), body, block, ...(options.withDocument ? { document } : {}) };
  } catch (error) {
    if (error instanceof FrontmatterError) {
      throw new FrontmatterError(error.code, error.message, error.yamlLine === undefined ? undefined : error.yamlLine + block.firstLine);
    }
    // Whatever else the YAML library throws (an alias bomb, say) is a reason the file cannot be read.
    throw new FrontmatterError('frontmatter-invalid', `The frontmatter cannot be read: ${firstLineOf(String((error as Error)?.message ?? error))}`);
  }
}

/** The YAML library's first message line, without its position (the diagnostic carries that). */
function firstLineOf(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}
