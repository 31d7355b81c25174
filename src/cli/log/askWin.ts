import type { ElementMatcher, StrategicElement } from '../../core/elements/elements';
import { printable } from '../../core/text/printable';

/** What the questions gathered; undefined from askWin when the user stopped. */
export interface AskedWin {
  readonly title: string;
  readonly elements: readonly StrategicElement[];
  readonly impact?: string;
}

export interface WinQuestions {
  readonly ask: (question: string) => Promise<string | undefined>;
  readonly say: (text: string) => void;
  readonly matcher: ElementMatcher;
}

/**
 * The questions of Log Strategic Win, on a terminal: the elements from a
 * numbered list (unless given), the title, then the impact (unless given).
 * A wrong answer is said and asked again; the end of input stops.
 */
export async function askWin(questions: WinQuestions, given: { readonly elements: readonly StrategicElement[]; readonly impact?: string }): Promise<AskedWin | undefined> {
  const elements = given.elements.length > 0 ? given.elements : await askElements(questions);
  if (!elements) {
    return undefined;
  }
  const title = await askUntil(questions, 'Title (what did you do?): ', (answer) => (answer.trim() ? undefined : 'A title is required.'));
  if (title === undefined) {
    return undefined;
  }
  if (given.impact !== undefined) {
    return { title: title.trim(), elements, impact: given.impact };
  }
  const impact = await questions.ask('Impact, the result in one line with a number if you have one (Enter to skip): ');
  return impact === undefined ? undefined : { title: title.trim(), elements, impact };
}

async function askElements(questions: WinQuestions): Promise<StrategicElement[] | undefined> {
  const { elements } = questions.matcher;
  const width = String(elements.length).length;
  questions.say(`Which strategic elements does this win show?\n${elements.map((element, index) => `  ${String(index + 1).padStart(width)}. ${printable(element.label)}\n`).join('')}`);
  let picked: StrategicElement[] = [];
  const answer = await askUntil(questions, 'Numbers, separated by spaces or commas: ', (text) => {
    const words = text.split(/[\s,]+/).filter(Boolean);
    if (words.length === 0) {
      return 'Pick at least one element.';
    }
    const found = words.map((word) => (/^\d+$/.test(word) ? elements[Number(word) - 1] : questions.matcher.match(word)));
    const wrong = words.filter((_, index) => !found[index]);
    if (wrong.length > 0) {
      return `Not in the list: ${wrong.map(printable).join(', ')}. Give numbers from 1 to ${elements.length}.`;
    }
    picked = [...new Set(found as StrategicElement[])];
    return undefined;
  });
  return answer === undefined ? undefined : picked;
}

/** Asks until `problemOf` finds nothing wrong with the answer; undefined when the input ends. */
async function askUntil(questions: WinQuestions, question: string, problemOf: (answer: string) => string | undefined): Promise<string | undefined> {
  for (;;) {
    const answer = await questions.ask(question);
    if (answer === undefined) {
      return undefined;
    }
    const problem = problemOf(answer);
    if (!problem) {
      return answer;
    }
    questions.say(`${problem}\n`);
  }
}
