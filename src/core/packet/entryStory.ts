import type MarkdownIt from 'markdown-it';
import { parseFrontmatter } from '../entries/frontmatter';
import { FrontmatterError } from '../entries/frontmatterError';
import { safeMarkdown } from './safeMarkdown';

type Token = MarkdownIt.Token;

/** How much of each win's story the packet tells: none, a few lines, or all of it. */
export type StoryMode = 'none' | 'summary' | 'full';

export const STORY_MODES: readonly StoryMode[] = ['none', 'summary', 'full'];

/** About three lines of a page: enough to say what happened, short enough to scan. */
export const SUMMARY_MAX_CHARS = 280;

/** What a win's body says happened, as plain text. */
export interface EntryStory {
  /** True when it comes from the entry's `Result` section, false when from its first paragraph. */
  readonly fromResult: boolean;
  /** One paragraph in a summary; every paragraph of the section (or body) in full. */
  readonly paragraphs: readonly string[];
}

const RESULT_HEADING = /^results?\s*:?$/i;
const SENTENCE_END = /[.!?\u3002\uff01\uff1f]["'\u2019\u201d)]*$/;

let parser: MarkdownIt | undefined;

/**
 * The story of an entry file's text, or undefined when there is none to tell
 * (`none`, an empty body, a confidential entry, unreadable frontmatter). The
 * `Result` section (a heading "Result" or "Results" at any level) when the
 * entry has one, else the first paragraph of the body; a summary is cut to
 * SUMMARY_MAX_CHARS at a sentence or word end. HTML comments (the prompts a
 * new entry holds) and markup are dropped: the story is what a reader sees.
 */
export function storyOfEntryText(text: string, mode: StoryMode): EntryStory | undefined {
  if (mode === 'none') {
    return undefined;
  }
  let body: string;
  try {
    const parsed = parseFrontmatter(text.startsWith('\uFEFF') ? text.slice(1) : text);
    if ((parsed.data as { confidential?: unknown } | null)?.confidential === true) {
      return undefined; // marked confidential since the journal was read: its text stays out
    }
    body = parsed.body;
  } catch (error) {
    if (error instanceof FrontmatterError) {
      return undefined;
    }
    throw error;
  }
  return storyOfBody(body, mode);
}

/** The story of an entry's body (the text below its frontmatter); see storyOfEntryText. */
export function storyOfBody(body: string, mode: Exclude<StoryMode, 'none'>): EntryStory | undefined {
  parser ??= safeMarkdown();
  const tokens = parser.parse(withoutComments(body), {});
  const result = resultSection(tokens);
  const blocks = result ? paragraphsIn(result) : paragraphsIn(tokens);
  if (blocks.length === 0) {
    return undefined;
  }
  if (mode === 'full') {
    return { fromResult: result !== undefined, paragraphs: blocks }; // headings are left out: scaffolding, not story
  }
  const text = result ? joinBlocks(blocks) : blocks[0];
  return { fromResult: result !== undefined, paragraphs: [shorten(text, SUMMARY_MAX_CHARS)] };
}

/** The tokens after a Result heading, up to the next heading of its level or above. */
function resultSection(tokens: readonly Token[]): readonly Token[] | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.type === 'heading_open' && RESULT_HEADING.test(plainText(tokens[index + 1]).trim())) {
      const level = headingLevel(token);
      let end = index + 3; // heading_open, inline, heading_close
      while (end < tokens.length && !(tokens[end].type === 'heading_open' && headingLevel(tokens[end]) <= level)) {
        end++;
      }
      return tokens.slice(index + 3, end);
    }
  }
  return undefined;
}

/** The text of every paragraph (list items' and quotes' included), in order; code and tables are left out. */
function paragraphsIn(tokens: readonly Token[]): string[] {
  const blocks: string[] = [];
  for (let index = 0; index + 1 < tokens.length; index++) {
    if (tokens[index].type === 'paragraph_open' && tokens[index + 1].type === 'inline') {
      const text = plainText(tokens[index + 1]).replace(/\s+/g, ' ').trim();
      if (text) {
        blocks.push(text);
      }
    }
  }
  return blocks;
}

/** What an inline token shows: its text and code, line breaks as spaces, markup dropped. */
function plainText(token: Token | undefined): string {
  if (!token || token.type !== 'inline') {
    return '';
  }
  return (token.children ?? [])
    .map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : ''))
    .join('');
}

function headingLevel(token: Token): number {
  return Number(token.tag.slice(1));
}

/** Items of a list read as one line: a block without its own full stop gets a semicolon. */
function joinBlocks(blocks: readonly string[]): string {
  return blocks.reduce((joined, block) => (joined === '' ? block : `${joined}${SENTENCE_END.test(joined.slice(-4)) ? '' : ';'} ${block}`), '');
}

/** Cut at the last sentence end in the second half of the limit, else at the last space, with an ellipsis. */
export function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) {
    return text;
  }
  const head = text.slice(0, maxChars + 1);
  for (let index = head.length - 1; index >= maxChars / 2; index--) {
    if (/\s/.test(head[index]) && SENTENCE_END.test(head.slice(Math.max(0, index - 4), index))) {
      return head.slice(0, index);
    }
  }
  const space = head.search(/\s\S*$/);
  let cut = space > 0 ? space : maxChars;
  if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) {
    cut--; // never split a character made of two code units
  }
  return `${text.slice(0, cut).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * The body without its HTML comments, in one pass: an unclosed comment runs to
 * the end, as in HTML. (A lazy regex would rescan the rest of the text for
 * every `<!--`, quadratic on a hostile file.)
 */
function withoutComments(body: string): string {
  let kept = '';
  let from = 0;
  for (let start = body.indexOf('<!--'); start !== -1; start = body.indexOf('<!--', from)) {
    kept += body.slice(from, start);
    const end = body.indexOf('-->', start + 4);
    if (end === -1) {
      return kept;
    }
    from = end + 3;
  }
  return kept + body.slice(from);
}
