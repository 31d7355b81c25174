import * as vscode from 'vscode';
import type { StrategicElement } from '../core/elements/elements';
import { Disposable } from '../util/disposable';

/** One element in a multi-select pick: its label, id and what counts as evidence. */
export interface ElementPickItem extends vscode.QuickPickItem {
  readonly element: StrategicElement;
}

/** A pick of elements as it opens: what it offers and what is already checked. */
export interface ElementPickShown {
  readonly title: string;
  readonly items: readonly ElementPickItem[];
}

/** The items of every pick of elements (Log Strategic Win, Tag Entry), in the framework's order. */
export function elementPickItems(elements: readonly StrategicElement[], isPicked: (element: StrategicElement) => boolean): ElementPickItem[] {
  return elements.map((element) => ({
    label: element.label,
    description: element.id,
    detail: element.description,
    picked: isPicked(element),
    element,
  }));
}

/**
 * The one multi-select pick of elements: it searches ids and descriptions
 * too and stays open when focus moves. It says when it opens, so that the
 * extension's tests can answer it as a person would, when it is there.
 */
export class ElementPick extends Disposable {
  private readonly shownEmitter = this._register(new vscode.EventEmitter<ElementPickShown>());
  readonly onDidShow = this.shownEmitter.event;

  show(items: readonly ElementPickItem[], title: string, placeHolder: string): Thenable<ElementPickItem[] | undefined> {
    const picked = vscode.window.showQuickPick(items, { title, placeHolder, canPickMany: true, matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true });
    this.shownEmitter.fire({ title, items });
    return picked;
  }
}
