import { isMap, type Node, type Pair } from 'yaml';
import { closestElement } from './closestElement';
import { ElementMatcher, type StrategicElement } from './elements';
import { formatScalar, removeItemEdit } from './elementsRewrite';
import { readElementsValue, type ElementsItem, type ElementsValue } from './elementsValue';
import type { EntryProblem, ProblemCode } from './entry';
import { readFrontmatterSource, type FrontmatterSource } from './frontmatterSource';
import { entryFromBytes } from './journalIndex';
import { minimizeEdit } from './textEditMinimize';
import { lineContentSpan, rangeAt, type Span, type TextEdit, type TextRange } from './textLines';

/** What the editor needs for the quick fixes of an unknown element. */
export interface UnknownElementFix {
  /** The item as written. */
  readonly written: string;
  /** The element it most likely meant, when it looks like a typo of one. */
  readonly closest?: StrategicElement;
  /** Replaces the item by the closest element's id. */
  readonly replaceWithClosest?: TextEdit;
  /** Removes the item, with its separator in a flow list or its line in a block list. */
  readonly remove?: TextEdit;
}

/** One of an entry's problems, placed in the file. */
export interface EntryDiagnostic {
  readonly code: ProblemCode;
  /** The message the index gives (parseEntry's, for what is in the text), word for word. */
  readonly message: string;
  /** Zero-based lines and UTF-16 characters in the text given. */
  readonly range: TextRange;
  /** The same place, as offsets in the text given. */
  readonly span: Span;
  readonly unknownElement?: UnknownElementFix;
}

interface Place extends Span {
  readonly fix?: UnknownElementFix;
}

/**
 * The problems the journal index finds in a file, each at the place it is
 * about: the line of a YAML error, the item that names no element or is not an
 * id, the date's value, the `elements` value; the first line when there is no
 * better place. `path` is the file's path in the journal (its name can carry
 * the date). Ranges, offsets and edits are into `text` as given.
 */
export function entryDiagnostics(path: string, text: string, matcher = new ElementMatcher()): EntryDiagnostic[] {
  // Read as the index reads the file, so that the editor and the sidebar agree (size limit included).
  const { problems } = entryFromBytes(path, new TextEncoder().encode(text), matcher);
  const source = readFrontmatterSource(text);
  const elements: ElementsValue = source ? readElementsValue(source) : { kind: 'absent' };
  const places = new ElementProblemPlaces(text, elements, matcher);
  return problems.map((problem) => {
    const { start, end: placedEnd, fix } = placeOf(text, problem, source, elements, places);
    const end = withoutTrailingSpace(text, start, placedEnd);
    return {
      code: problem.code,
      message: problem.message,
      range: rangeAt(text, start, end),
      span: { start, end },
      ...(fix ? { unknownElement: fix } : {}),
    };
  });
}

function placeOf(text: string, problem: EntryProblem, source: FrontmatterSource | undefined, elements: ElementsValue, places: ElementProblemPlaces): Place {
  switch (problem.code) {
    case 'elements-type':
    case 'unknown-element':
      return places.next(problem.code) ?? (elements.kind === 'absent' ? lineContentSpan(text, 0) : elements.value);
    case 'invalid-date':
    case 'no-date': {
      const date = source && datePair(source);
      const node = problem.code === 'invalid-date' && date?.value?.range ? date.value : date?.key;
      return source && node?.range ? { start: source.yamlStart + node.range[0], end: source.yamlStart + node.range[1] } : lineContentSpan(text, 0);
    }
    default:
      return lineContentSpan(text, problem.line ?? 0);
  }
}

/** A block value's range runs to the next line: the squiggle should not. */
function withoutTrailingSpace(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) {
    end--;
  }
  return end;
}

/** The pair parseEntry reads the date from: `date`, or `datetime` when `date` has no value. */
function datePair(source: FrontmatterSource): Pair<Node, Node | null> | undefined {
  const contents = source.document.contents;
  if (!isMap(contents)) {
    return undefined;
  }
  const pairs = contents.items as Pair<Node, Node | null>[];
  const find = (key: string) => pairs.find((pair) => (pair.key as { value?: unknown } | null)?.value === key);
  const hasValue = (pair: Pair<Node, Node | null> | undefined) => pair?.value !== null && pair?.value !== undefined && (pair.value as { value?: unknown }).value !== null;
  const date = find('date');
  const datetime = find('datetime');
  return hasValue(date) || !hasValue(datetime) ? (date ?? datetime) : datetime;
}

/**
 * The items parseEntry complains about, in its order: it reads the list from
 * first to last, one problem per item that is not a string or names no element.
 */
class ElementProblemPlaces {
  private readonly queues = new Map<ProblemCode, Place[]>();

  constructor(text: string, elements: ElementsValue, matcher: ElementMatcher) {
    const items = elements.kind === 'scalar' ? [elements.item] : elements.kind === 'flow' || elements.kind === 'block' ? elements.items : [];
    items.forEach((item, index) => {
      const place = { start: item.valueStart, end: item.end };
      if (typeof item.value !== 'string') {
        this.add('elements-type', place);
      } else if (!matcher.match(item.value)) {
        this.add('unknown-element', { ...place, fix: unknownElementFix(text, elements, item, index, matcher) });
      }
    });
  }

  next(code: ProblemCode): Place | undefined {
    return this.queues.get(code)?.shift();
  }

  private add(code: ProblemCode, place: Place): void {
    const queue = this.queues.get(code) ?? [];
    queue.push(place);
    this.queues.set(code, queue);
  }
}

function unknownElementFix(text: string, elements: ElementsValue, item: ElementsItem, index: number, matcher: ElementMatcher): UnknownElementFix {
  const written = item.value as string;
  const closest = closestElement(written, matcher.elements);
  const remove = removeItemEdit(text, elements, index);
  const replaceWithClosest = closest && { start: item.valueStart, end: item.end, newText: formatScalar(closest.id, item.quoting) };
  return {
    written,
    ...(closest ? { closest, replaceWithClosest } : {}),
    ...(remove ? { remove: minimizeEdit(text, remove) } : {}),
  };
}
