import { isMap, type Node, type Pair } from 'yaml';
import type { ElementMatcher } from '../elements/elements';
import { readElementsValue, type ElementsItem, type ElementsValue } from '../editing/elementsValue';
import { ElementProblemItems } from './elementProblemItems';
import type { EntryProblem, ProblemCode } from './entry';
import { plainProblemLines } from './plainProblemLines';
import { readFrontmatterSource, type FrontmatterSource } from './frontmatterSource';
import { lineContentSpan, positionAt, type Span } from '../text/textLines';

/** Where one of an entry's problems is in its file: offsets into the text. */
export interface ProblemPlace extends Span {
  /** For an `elements` item that names no element: the item, and its index in the list. */
  readonly unknownItem?: { readonly item: ElementsItem; readonly index: number };
}

/** What placing problems needs of a file: its frontmatter with positions, and how `elements` is written. */
export interface PlacingContext {
  readonly source?: FrontmatterSource;
  readonly elements: ElementsValue;
}

export function placingContext(text: string): PlacingContext {
  const source = readFrontmatterSource(text);
  return { source, elements: source ? readElementsValue(source) : { kind: 'absent' } };
}

/**
 * Where each of the problems parseEntry found in `text` is, in their order:
 * the line of a YAML error's cause, the item that names no element or is not
 * an id, the date's value, the `elements` value; the first line when there
 * is no better place.
 */
export function problemPlaces(text: string, problems: readonly EntryProblem[], matcher: ElementMatcher, context = placingContext(text)): ProblemPlace[] {
  const items = elementsItems(context.elements);
  const complaints = new ElementProblemItems(items.map((item) => item.value), matcher);
  return problems.map((problem) => placeOf(text, problem, context, items, complaints));
}

function elementsItems(elements: ElementsValue): readonly ElementsItem[] {
  return elements.kind === 'scalar' ? [elements.item] : elements.kind === 'flow' || elements.kind === 'block' ? elements.items : [];
}

function itemPlace(code: ProblemCode, item: ElementsItem, index: number): ProblemPlace {
  const place = { start: item.valueStart, end: item.end };
  return code === 'unknown-element' ? { ...place, unknownItem: { item, index } } : place;
}

/**
 * The problems, each with the line it is at: the index keeps them, so that
 * the Problems panel and the command line show a file that is not open at
 * the line the editor would underline. Only files with a problem that has no
 * line yet pay for placing.
 */
export function withProblemLines(text: string, problems: readonly EntryProblem[], matcher: ElementMatcher): readonly EntryProblem[] {
  if (problems.every((problem) => problem.line !== undefined)) {
    return problems;
  }
  return plainProblemLines(text, problems, matcher) ?? placedProblemLines(text, problems, matcher);
}

/** The same lines from the library's syntax tree, for frontmatter outside the fast reader's subset. */
export function placedProblemLines(text: string, problems: readonly EntryProblem[], matcher: ElementMatcher): readonly EntryProblem[] {
  const places = problemPlaces(text, problems, matcher);
  return problems.map((problem, index) => ({ ...problem, line: positionAt(text, places[index].start).line }));
}

function placeOf(text: string, problem: EntryProblem, { source, elements }: PlacingContext, items: readonly ElementsItem[], complaints: ElementProblemItems): ProblemPlace {
  switch (problem.code) {
    case 'elements-type':
    case 'unknown-element': {
      const index = complaints.next(problem.code);
      if (index !== undefined) {
        return itemPlace(problem.code, items[index], index);
      }
      return elements.kind === 'absent' ? lineContentSpan(text, 0) : elements.value;
    }
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
