import * as vscode from 'vscode';
import type { StrategicElement } from '../core/elements/elements';
import type { ElementEvidence } from '../core/evidence/evidence';
import { needsEvidence } from '../core/evidence/evidence';
import { Disposable } from '../util/disposable';

/** One element in a multi-select pick: its label, id and what counts as evidence. */
export interface ElementPickItem extends vscode.QuickPickItem {
  readonly element: StrategicElement;
}

/** A pick of elements as it opens: what it offers and what is already checked. */
export interface ElementPickShown {
  readonly title: string;
  readonly items: readonly ElementPickItem[];
  /** The pick itself, when it is a step of a flow: tests read what it says. */
  readonly quickPick?: vscode.QuickPick<ElementPickItem>;
}

/** A later step of a flow as it opens: tests answer it as a person would. */
export interface StepShown {
  readonly title: string;
  readonly input: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox;
}

/** Where a step of a flow stands: its number and the flow's length (none for a question asked before the flow); Back shows from step 2. */
export interface StepPlace {
  readonly title: string;
  readonly step?: number;
  readonly totalSteps?: number;
}

/** The answer of a step: a value, Back, or undefined when the user left (Escape). */
export const BACK = Symbol('back');
export type StepAnswer<T> = T | typeof BACK | undefined;

/**
 * The items of every pick of elements (Log Strategic Win, Tag Entry), in the
 * framework's order; with the evidence, the elements that need more are marked.
 */
export function elementPickItems(
  elements: readonly StrategicElement[],
  isPicked: (element: StrategicElement) => boolean,
  evidence: readonly ElementEvidence[] = [],
): ElementPickItem[] {
  return elements.map((element) => {
    const flagged = evidence.find((candidate) => candidate.element.id === element.id && needsEvidence(candidate));
    return {
      label: flagged ? `$(warning) ${element.label}` : element.label,
      // The gap first: it is what a narrow pick must not cut off.
      description: flagged ? `needs evidence: ${flagged.gap} · ${element.id}` : element.id,
      detail: element.description,
      picked: isPicked(element),
      element,
    };
  });
}

const PICK_AT_LEAST_ONE = 'Pick at least one element: check it with Space or a click, then press Enter.';

/**
 * The one multi-select pick of elements: it searches ids and descriptions
 * too and stays open when focus moves. It says when it, or a later step of
 * its flow, opens, so that the extension's tests can answer it as a person
 * would, when it is there.
 */
export class ElementPick extends Disposable {
  private readonly shownEmitter = this._register(new vscode.EventEmitter<ElementPickShown>());
  readonly onDidShow = this.shownEmitter.event;
  private readonly stepShownEmitter = this._register(new vscode.EventEmitter<StepShown>());
  readonly onDidShowStep = this.stepShownEmitter.event;

  /** The pick on its own (Tag Entry): Enter with nothing checked is an answer, the entry without elements. */
  async show(items: readonly ElementPickItem[], title: string, placeHolder: string): Promise<ElementPickItem[] | undefined> {
    const quickPick = this.elementQuickPick(items, { title }, placeHolder);
    const answer = await runStep(quickPick, () => [...quickPick.selectedItems], () => this.shownEmitter.fire({ title, items, quickPick }));
    return answer === BACK ? undefined : answer;
  }

  private elementQuickPick(items: readonly ElementPickItem[], place: StepPlace, placeHolder: string): vscode.QuickPick<ElementPickItem> {
    const quickPick = vscode.window.createQuickPick<ElementPickItem>();
    Object.assign(quickPick, { canSelectMany: true, matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true, placeholder: placeHolder });
    placeStep(quickPick, place);
    quickPick.items = items;
    quickPick.selectedItems = items.filter((item) => item.picked);
    return quickPick;
  }

  /** The pick of elements as a step of a flow: Enter with nothing checked says so, in the pick, and it stays open. */
  showStep(items: readonly ElementPickItem[], place: StepPlace, placeHolder: string): Promise<StepAnswer<ElementPickItem[]>> {
    const quickPick = this.elementQuickPick(items, place, placeHolder);
    return runStep(quickPick, () => {
      if (quickPick.selectedItems.length > 0) {
        return [...quickPick.selectedItems];
      }
      quickPick.title = `${place.title}: pick at least one element`;
      quickPick.placeholder = PICK_AT_LEAST_ONE;
      quickPick.value = ''; // the placeholder shows only over an empty filter
      return undefined;
    }, () => this.shownEmitter.fire({ title: place.title, items, quickPick }));
  }

  /** A single choice as a step of a flow. */
  pickOneStep<T extends vscode.QuickPickItem>(items: readonly T[], place: StepPlace, placeHolder: string, active?: T): Promise<StepAnswer<T>> {
    return pickOne(items, place, placeHolder, active, (quickPick) => this.stepShownEmitter.fire({ title: place.title, input: quickPick as vscode.QuickPick<vscode.QuickPickItem> }));
  }

  /** A line of text as a step of a flow; `validate` says what is wrong, under the box, and Enter waits until nothing is. */
  inputStep(
    place: StepPlace,
    options: { prompt: string; placeHolder?: string; value?: string; validate?: (value: string) => string | undefined; remember?: (value: string) => void },
  ): Promise<StepAnswer<string>> {
    const inputBox = vscode.window.createInputBox();
    Object.assign(inputBox, { ignoreFocusOut: true, prompt: options.prompt, placeholder: options.placeHolder, value: options.value ?? '' });
    placeStep(inputBox, place);
    const validate = options.validate ?? (() => undefined);
    inputBox.onDidChangeValue((value) => (inputBox.validationMessage = validate(value)));
    // What was typed is kept when the user goes Back and comes here again.
    inputBox.onDidHide(() => options.remember?.(inputBox.value));
    return runStep(inputBox, () => {
      inputBox.validationMessage = validate(inputBox.value);
      return inputBox.validationMessage ? undefined : inputBox.value;
    }, () => this.stepShownEmitter.fire({ title: place.title, input: inputBox }));
  }
}

/**
 * The one way to ask for a single choice, starting on `active`: Enter takes the
 * item under the cursor. `announce` runs once the pick shows, so that the
 * extension's tests can answer it as a person would.
 */
export function pickOne<T extends vscode.QuickPickItem>(
  items: readonly T[],
  place: StepPlace,
  placeHolder: string,
  active: T | undefined,
  announce: (quickPick: vscode.QuickPick<T>) => void,
): Promise<StepAnswer<T>> {
  const quickPick = vscode.window.createQuickPick<T>();
  Object.assign(quickPick, { ignoreFocusOut: true, placeholder: placeHolder });
  placeStep(quickPick, place);
  quickPick.items = items;
  if (active) {
    quickPick.activeItems = [active];
  }
  return runStep(quickPick, () => quickPick.selectedItems[0] ?? quickPick.activeItems[0], () => announce(quickPick));
}

/** Shows the input until it is accepted (`accept` gives a value), goes Back, or is hidden. */
function runStep<T>(quickInput: StepInput, accept: () => T | undefined, announce: () => void): Promise<StepAnswer<T>> {
  return new Promise<StepAnswer<T>>((resolve) => {
    let answer: StepAnswer<T>;
    const subscriptions = [
      quickInput.onDidAccept(() => {
        const value = accept();
        if (value !== undefined) {
          answer = value;
          quickInput.hide();
        }
      }),
      quickInput.onDidTriggerButton((button) => {
        if (button === vscode.QuickInputButtons.Back) {
          answer = BACK;
          quickInput.hide();
        }
      }),
      quickInput.onDidHide(() => {
        subscriptions.forEach((subscription) => subscription.dispose());
        quickInput.dispose();
        resolve(answer);
      }),
    ];
    quickInput.show();
    announce();
  });
}

/** What a quick pick and an input box have alike. */
type StepInput = vscode.QuickInput & {
  buttons: readonly vscode.QuickInputButton[];
  readonly onDidAccept: vscode.Event<void>;
  readonly onDidTriggerButton: vscode.Event<vscode.QuickInputButton>;
};

function placeStep(input: StepInput, place: StepPlace): void {
  input.title = place.title;
  input.step = place.step;
  input.totalSteps = place.totalSteps;
  input.buttons = (place.step ?? 1) > 1 ? [vscode.QuickInputButtons.Back] : [];
}
