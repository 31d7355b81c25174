import { closestElement } from '../elements/closestElement';
import { ElementMatcher, type StrategicElement } from '../elements/elements';
import { formatScalar, removeItemEdit } from './elementsRewrite';
import type { ElementsItem, ElementsValue } from './elementsValue';
import type { ProblemCode } from '../entries/entry';
import { entryFromBytes } from '../journal/journalIndex';
import { placingContext, problemPlaces } from '../entries/problemPlaces';
import { minimizeEdit } from '../text/textEditMinimize';
import { rangeAt, type Span, type TextEdit, type TextRange } from '../text/textLines';

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

/**
 * The problems the journal index finds in a file, each at the place it is
 * about (problemPlaces: the line of a YAML error's cause, the item that names
 * no element or is not an id, the date's value...). `path` is the file's path
 * in the journal (its name can carry the date). Ranges, offsets and edits are
 * into `text` as given.
 */
export function entryDiagnostics(path: string, text: string, matcher = new ElementMatcher()): EntryDiagnostic[] {
  // Read as the index reads the file, so that the editor and the sidebar agree (size limit included).
  const { problems } = entryFromBytes(path, new TextEncoder().encode(text), matcher);
  const context = placingContext(text);
  const places = problemPlaces(text, problems, matcher, context);
  return problems.map((problem, index) => {
    const { start, end: placedEnd, unknownItem } = places[index];
    const end = withoutTrailingSpace(text, start, placedEnd);
    const fix = unknownItem && unknownElementFix(text, context.elements, unknownItem.item, unknownItem.index, matcher);
    return {
      code: problem.code,
      message: problem.message,
      range: rangeAt(text, start, end),
      span: { start, end },
      ...(fix ? { unknownElement: fix } : {}),
    };
  });
}

/** A block value's range runs to the next line: the squiggle should not. */
function withoutTrailingSpace(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) {
    end--;
  }
  return end;
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
