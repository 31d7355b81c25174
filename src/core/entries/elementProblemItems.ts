import type { ElementMatcher } from '../elements/elements';
import type { ProblemCode } from './entry';

/**
 * Which `elements` items parseEntry complains about, in its order: it reads
 * the list from first to last, one problem per item that is not a string or
 * names no element. Each `next` gives the index of the item the next problem
 * of that code is about.
 */
export class ElementProblemItems {
  private readonly queues = new Map<ProblemCode, number[]>();

  constructor(values: readonly unknown[], matcher: ElementMatcher) {
    values.forEach((value, index) => {
      if (typeof value !== 'string') {
        this.add('elements-type', index);
      } else if (!matcher.match(value)) {
        this.add('unknown-element', index);
      }
    });
  }

  next(code: ProblemCode): number | undefined {
    return this.queues.get(code)?.shift();
  }

  private add(code: ProblemCode, index: number): void {
    const queue = this.queues.get(code) ?? [];
    queue.push(index);
    this.queues.set(code, queue);
  }
}
