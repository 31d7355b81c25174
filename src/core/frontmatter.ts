import matter from 'gray-matter';
import { parseDocument } from 'yaml';


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

/** gray-matter's types want an object; a scalar or list comes back as is and is reported by the caller. */
function parseYaml(text: string): object {
  const document = parseDocument(text, { prettyErrors: true });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    throw new FrontmatterError('frontmatter-invalid', `Invalid YAML: ${firstLineOf(error.message)}`, line === undefined ? undefined : line - 1);
  }
  return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as object;
}

function refuse(language: string): never {
  throw new FrontmatterError('frontmatter-language', `"${language}" frontmatter is not supported: only YAML is read, never run.`);
}

/**
 * gray-matter evaluates `---js` frontmatter with `eval` by default. Every
 * engine it knows is replaced, so that no marker can reach its defaults.
 */
const SAFE_ENGINES = {
  yaml: parseYaml,
  yml: parseYaml,
  javascript: () => refuse('javascript'),
  js: () => refuse('js'),
  coffee: () => refuse('coffee'),
  coffeescript: () => refuse('coffeescript'),
  cson: () => refuse('cson'),
  json: () => refuse('json'),
  toml: () => refuse('toml'),
};

const OPENING = /^---([^\r\n]*)\r?\n/;
// gray-matter closes the block at the first line that starts with `---`; so does this.
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
 * Splits and parses a file's frontmatter through gray-matter with safe engines.
 * Throws FrontmatterError (with a file line when known) for anything unreadable.
 */
export function parseFrontmatter(text: string): ParsedFrontmatter {
  const block = findFrontmatter(text);
  if (!block) {
    return { data: {}, body: text };
  }
  if (block.language !== '') {
    refuse(block.language);
  }
  if (!block.closed) {
    throw new FrontmatterError('frontmatter-unclosed', 'The frontmatter never closes: add a line with `---` after it.');
  }
  try {
    // Options are always passed: gray-matter caches every parsed file otherwise.
    const file = matter(text, { engines: SAFE_ENGINES, language: 'yaml' });
    return { data: file.data, body: file.content, block };
  } catch (error) {
    if (error instanceof FrontmatterError) {
      throw new FrontmatterError(error.code, error.message, error.yamlLine === undefined ? undefined : error.yamlLine + block.firstLine);
    }
    // The YAML library can overflow the stack on absurdly deep nesting.
    throw new FrontmatterError('frontmatter-invalid', `The frontmatter cannot be read: ${firstLineOf(String((error as Error)?.message ?? error))}`);
  }
}

/** The YAML library's first message line, without its position (the diagnostic carries that). */
function firstLineOf(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}
