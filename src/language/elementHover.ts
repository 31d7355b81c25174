import * as vscode from 'vscode';
import { elementAt } from '../core/editing/elementContext';
import type { JournalService } from '../journal/journalService';
import { elementMarkdown } from './elementMarkdown';
import { journalEntryFile } from './journalEntryFile';
import { spanRange } from './vscodeRanges';

/** On an id or label in `elements`: the element's label, what counts as evidence, and the prompts. */
export class ElementHover implements vscode.HoverProvider {
  constructor(private readonly service: JournalService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!journalEntryFile(this.service, document.uri)) {
      return undefined;
    }
    const item = elementAt(document.getText(), document.offsetAt(position), this.service.matcher);
    // An unknown item has its diagnostic, which says so; a hover would only repeat it.
    return item?.element && new vscode.Hover(elementMarkdown(item.element), spanRange(document, item));
  }
}
