import type { StrategicElement } from './elements';

/** Longer text is not a mistyped id: comparing it would only cost time. */
const MAX_COMPARED_LENGTH = 80;

/**
 * The element whose id or label is closest to what was written, by edit
 * distance, when it is close enough to be a typo (about one edit in three
 * characters); undefined otherwise.
 */
export function closestElement(written: string, elements: readonly StrategicElement[]): StrategicElement | undefined {
  const typed = written.trim().toLowerCase();
  if (typed.length === 0 || typed.length > MAX_COMPARED_LENGTH) {
    return undefined;
  }
  let best: { element: StrategicElement; distance: number } | undefined;
  for (const element of elements) {
    for (const name of [element.id, element.label.toLowerCase()]) {
      const distance = editDistance(typed, name);
      const allowed = Math.max(1, Math.floor(name.length / 3));
      if (distance <= allowed && (!best || distance < best.distance)) {
        best = { element, distance };
      }
    }
  }
  return best?.element;
}

/** Levenshtein distance: insertions, deletions and substitutions each cost one. */
export function editDistance(from: string, to: string): number {
  let previous = Array.from({ length: to.length + 1 }, (_, index) => index);
  for (let row = 1; row <= from.length; row++) {
    const current = [row];
    for (let column = 1; column <= to.length; column++) {
      const substitution = previous[column - 1] + (from[row - 1] === to[column - 1] ? 0 : 1);
      current.push(Math.min(previous[column] + 1, current[column - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[to.length];
}
