import type MarkdownIt from 'markdown-it';
import type { SentEntry } from './narrative';
import { safeMarkdown } from '../packet/safeMarkdown';

/** Put before every sentence that fails the check: visible in the editor and in any preview. */
export const UNVERIFIED_MARK = '⚠ unverified:';

export interface CheckedNarrative {
  /** The answer with each failing sentence marked, its foreign links turned into plain text. */
  readonly markdown: string;
  /** Sentences that make a claim (headings and labels do not). */
  readonly claims: number;
  readonly unverified: number;
}

interface FoundLink {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly target: string;
}

const HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/;
/** Quote markers, then one list marker: kept as they are in front of the checked text. */
const LINE_PREFIX = /^\s*(?:>\s?)*(?:[-*+]\s+|\d{1,9}[.)]\s+)?/;
const NUMBER = /\d+(?:[.,]\d+)*/g;
const WEB_ADDRESS = /\bhttps?:\/\//i;
const HTML_TAG = /<\/?[a-z][^>]*>/i;
const MASK = /\uE000(\d+)\uE001/g;
/** Citations (masked links, maybe in brackets, maybe with a full stop) at the start of a piece. */
const LEADING_CITATIONS = /^[\s([]*\uE000\d+\uE001(?:[\s,;]*\uE000\d+\uE001)*[\s)\]]*[.!?]?(?=\s|$)/;
/** A sentence ends at . ! or ? (and any closing quote or bracket), before a space and what starts a sentence. */
const SENTENCE_BREAK = /[.!?]["'\u2019\u201d)\]*_]*\s+(?=[\p{Lu}\d\uE000"'\u2018\u201c([*_])/gu;

let helpers: MarkdownIt['helpers'] | undefined;

/**
 * Checks a model's self-review against the entries it was sent, sentence by
 * sentence: each must cite an entry by one of the links sent, every link must
 * be one of them, and every number must appear in an entry the sentence cites.
 * A sentence that fails is kept but marked UNVERIFIED_MARK with the reason,
 * never silently kept or dropped; a link to anything else loses its target.
 */
export function checkNarrative(answer: string, sources: readonly SentEntry[]): CheckedNarrative {
  const byLink = new Map(sources.map((source) => [normalizeTarget(source.link), new Set(numbersIn(source.text).map((number) => number.value))]));
  let claims = 0;
  let unverified = 0;
  const lines = unwrapFence(answer)
    .replace(/[\uE000\uE001]/g, '')
    .split(/\r\n?|\n/)
    .map((line) => {
      if (line.trim() === '' || RULE.test(line)) {
        return line;
      }
      const definition = REFERENCE_DEFINITION.exec(line);
      if (definition) {
        if (byLink.has(normalizeTarget(definition[1]))) {
          return line;
        }
        unverified++;
        return `${UNVERIFIED_MARK} a link that is not one of your entries was removed here.`;
      }
      const heading = HEADING.test(line);
      const prefix = heading ? '' : LINE_PREFIX.exec(line)![0];
      const checked = checkLine(line.slice(prefix.length), byLink, heading);
      claims += checked.claims;
      unverified += checked.unverified;
      return prefix + checked.text;
    });
  return { markdown: lines.join('\n').trim(), claims, unverified };
}

function checkLine(content: string, byLink: ReadonlyMap<string, ReadonlySet<string>>, heading: boolean): { text: string; claims: number; unverified: number } {
  const links = findLinks(content);
  let masked = '';
  let from = 0;
  links.forEach((link, index) => {
    masked += `${content.slice(from, link.start)}\uE000${index}\uE001`;
    from = link.end;
  });
  masked += content.slice(from);
  let claims = 0;
  let unverified = 0;
  const sentences = heading ? [masked] : splitSentences(masked);
  const text = sentences
    .map((sentence) => {
      const cited: ReadonlySet<string>[] = [];
      const reasons: string[] = [];
      const shown = sentence.replace(MASK, (_, index: string) => {
        const link = links[Number(index)];
        const numbers = byLink.get(normalizeTarget(link.target));
        if (numbers) {
          cited.push(numbers);
          return content.slice(link.start, link.end);
        }
        pushOnce(reasons, 'it links to something that is not one of your entries');
        return link.text;
      });
      const readable = sentence.replace(MASK, (_, index: string) => links[Number(index)].text);
      if (heading || isLabel(readable)) {
        return reasons.length > 0 ? mark(shown, reasons) : shown;
      }
      claims++;
      if (cited.length === 0) {
        pushOnce(reasons, 'it cites no entry');
      } else {
        for (const number of numbersIn(readable)) {
          if (!cited.some((numbers) => numbers.has(number.value))) {
            reasons.push(`"${number.raw}" is in no entry it cites`);
          }
        }
      }
      if (WEB_ADDRESS.test(readable)) {
        reasons.push('it holds a web address that is not an entry');
      }
      if (HTML_TAG.test(readable)) {
        reasons.push('it holds HTML');
      }
      if (reasons.length === 0) {
        return shown;
      }
      unverified++;
      return mark(shown.replace(/</g, '\\<'), reasons);
    })
    .join(' ');
  return { text, claims, unverified };
}

function mark(sentence: string, reasons: readonly string[]): string {
  return `${UNVERIFIED_MARK} ${sentence} _(${reasons.join('; ')})_`;
}

/** Splits at sentence ends; a piece that is only citations belongs to the sentence before it. */
function splitSentences(masked: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const match of masked.matchAll(SENTENCE_BREAK)) {
    const end = match.index + match[0].trimEnd().length;
    pieces.push(masked.slice(from, end));
    from = match.index + match[0].length;
  }
  pieces.push(masked.slice(from));
  const sentences: string[] = [];
  for (let piece of pieces) {
    // "It worked. ([entry](x.md)) Next..." : the citations opening a piece close the sentence before.
    const leading = sentences.length > 0 ? LEADING_CITATIONS.exec(piece) : null;
    if (leading) {
      sentences[sentences.length - 1] += ` ${leading[0].trim()}`;
      piece = piece.slice(leading[0].length);
    }
    if (piece.trim() !== '') {
      sentences.push(piece);
    }
  }
  return sentences;
}

/** Not a claim: a label such as "Results:" or "**What I did**", or a piece with no words at all. */
function isLabel(text: string): boolean {
  const trimmed = text.trim();
  if (!/[\p{L}\p{N}]/u.test(trimmed)) {
    return true;
  }
  return !/\d/.test(trimmed) && trimmed.length <= 80 && (/:\s*(?:\*\*|__)?$/.test(trimmed) || /^(\*\*|__)[^*_]+\1:?$/.test(trimmed));
}

/** Inline links `[text](target "title")` (and images) in one line, as CommonMark reads their targets. */
function findLinks(line: string): FoundLink[] {
  helpers ??= safeMarkdown().helpers;
  const links: FoundLink[] = [];
  for (let index = 0; index < line.length; index++) {
    if (line[index] === '\\') {
      index++;
      continue;
    }
    if (line[index] !== '[') {
      continue;
    }
    const close = closingBracket(line, index);
    if (close === -1 || line[close + 1] !== '(') {
      continue;
    }
    let position = skipSpaces(line, close + 2);
    const destination = helpers.parseLinkDestination(line, position, line.length);
    if (!destination.ok) {
      continue;
    }
    position = skipSpaces(line, destination.pos);
    if (line[position] !== ')') {
      const title = helpers.parseLinkTitle(line, position, line.length);
      position = title.ok ? skipSpaces(line, title.pos) : position;
    }
    if (line[position] !== ')') {
      continue;
    }
    const start = index > 0 && line[index - 1] === '!' ? index - 1 : index;
    links.push({ start, end: position + 1, text: line.slice(index + 1, close), target: destination.str });
    index = position;
  }
  return links;
}

function closingBracket(line: string, open: number): number {
  let depth = 0;
  for (let index = open; index < line.length; index++) {
    const character = line[index];
    if (character === '\\') {
      index++;
    } else if (character === '[') {
      depth++;
    } else if (character === ']' && --depth === 0) {
      return index;
    }
  }
  return -1;
}

function skipSpaces(line: string, position: number): number {
  while (line[position] === ' ' || line[position] === '\t') {
    position++;
  }
  return position;
}

/** Link targets compare decoded, without a leading `./`. */
function normalizeTarget(target: string): string {
  let decoded = target.trim();
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // Not percent-encoded text: compare it as written.
  }
  return decoded.replace(/^(?:\.\/)+/, '');
}

/**
 * The numbers of a text, by value: "2,300" and "2300" are one number, "4,1"
 * (a decimal comma) is 4.1, "01" is 1. Digits in names (Q3, H2) count too:
 * a model must not change them either.
 */
export function numbersIn(text: string): { readonly raw: string; readonly value: string }[] {
  return [...text.matchAll(NUMBER)].map(([raw]) => ({ raw, value: numberValue(raw) }));
}

function numberValue(raw: string): string {
  let text = raw;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) {
    text = text.replace(/,/g, '');
  } else if (/^\d+,\d+$/.test(text)) {
    text = text.replace(',', '.');
  }
  const value = Number(text);
  return Number.isFinite(value) ? String(value) : text;
}

function pushOnce(reasons: string[], reason: string): void {
  if (!reasons.includes(reason)) {
    reasons.push(reason);
  }
}

/** Models like to wrap a markdown answer in a ```markdown fence: the draft is its inside. */
function unwrapFence(answer: string): string {
  const fenced = /^\s*```(?:markdown|md)?[ \t]*\r?\n([\s\S]*)\r?\n```\s*$/i.exec(answer);
  return fenced ? fenced[1] : answer;
}
