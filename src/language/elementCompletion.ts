import * as vscode from 'vscode';
import { elementAt, isInElementsValue, listedElementIds } from '../core/editing/elementContext';
import type { JournalService } from '../journal/journalService';
import { elementMarkdown } from './elementMarkdown';
import { journalEntryFile } from './journalEntryFile';

/** The element ids of the framework in force not yet in the list, where an item of `elements` goes (flow and block lists). */
export class ElementCompletion implements vscode.CompletionItemProvider {
  /** `[` and `,` start a flow item, the space after a block list's `-` a block item; `-` reopens the list inside an id. */
  static readonly triggerCharacters = ['[', ',', ' ', '-'];

  constructor(private readonly service: JournalService) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    if (!journalEntryFile(this.service, document.uri)) {
      return undefined;
    }
    const text = document.getText();
    const offset = document.offsetAt(position);
    if (!isInElementsValue(text, offset)) {
      return undefined;
    }
    const typed = elementAt(text, offset, this.service.matcher);
    const range = typed ? replacedRange(document, position, typed.start, typed.end) : new vscode.Range(position, position);
    const listed = listedElementIds(text, offset, this.service.matcher);
    return this.service.elements.flatMap((element, index) => {
      if (listed.has(element.id)) {
        return []; // already in the list: a second one would count nothing
      }
      const item = new vscode.CompletionItem(element.id, vscode.CompletionItemKind.EnumMember);
      item.detail = element.label;
      item.documentation = elementMarkdown(element);
      item.range = range;
      item.sortText = String(index).padStart(3, '0'); // the framework's order, as in the sidebar
      return [item];
    });
  }
}

/** What the user typed of the item is replaced; the rest of the item too, when completing in the middle of it. */
function replacedRange(document: vscode.TextDocument, position: vscode.Position, start: number, end: number): vscode.Range | { inserting: vscode.Range; replacing: vscode.Range } {
  const from = document.positionAt(Math.min(start, document.offsetAt(position)));
  const to = document.positionAt(end);
  const inserting = new vscode.Range(from, position);
  return to.line === position.line && to.isAfter(position) ? { inserting, replacing: new vscode.Range(from, to) } : inserting;
}
