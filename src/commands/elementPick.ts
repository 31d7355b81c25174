import * as vscode from 'vscode';
import type { StrategicElement } from '../core/elements/elements';

/** One element in a multi-select pick: its label, id and what counts as evidence. */
export interface ElementPickItem extends vscode.QuickPickItem {
  readonly element: StrategicElement;
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

/** A multi-select pick of elements that searches ids and descriptions too, and stays open when focus moves. */
export function showElementPick(items: readonly ElementPickItem[], title: string, placeHolder: string): Thenable<ElementPickItem[] | undefined> {
  return vscode.window.showQuickPick(items, { title, placeHolder, canPickMany: true, matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true });
}
