import * as vscode from 'vscode';
import { entryDiagnostics } from '../core/editing/entryDiagnostics';
import type { JournalService } from '../journal/journalService';
import { DIAGNOSTIC_SOURCE } from './journalDiagnostics';
import { journalEntryFile } from './journalEntryFile';
import { spanRange, toVscodeRange } from './vscodeRanges';

/** For an unknown element: change it to the element it most likely meant, or remove it. */
export class ElementQuickFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly service: JournalService) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const unknown = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.code === 'unknown-element');
    const file = unknown.length > 0 ? journalEntryFile(this.service, document.uri) : undefined;
    if (!file) {
      return []; // nothing to fix here: the text is not even read
    }
    const actions: vscode.CodeAction[] = [];
    // From the current text, not the diagnostics: those may be up to one update old, and the edits must fit the text.
    for (const found of entryDiagnostics(file.path, document.getText(), this.service.matcher)) {
      const fix = found.unknownElement;
      const place = toVscodeRange(found.range);
      if (!fix || !place.intersection(range)) {
        continue;
      }
      const fixed = unknown.filter((diagnostic) => diagnostic.range.isEqual(place));
      if (fix.closest && fix.replaceWithClosest) {
        const action = new vscode.CodeAction(`Change to '${fix.closest.id}'`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, spanRange(document, fix.replaceWithClosest), fix.replaceWithClosest.newText);
        action.diagnostics = fixed;
        action.isPreferred = true;
        actions.push(action);
      }
      if (fix.remove) {
        const action = new vscode.CodeAction(`Remove '${fix.written}'`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, spanRange(document, fix.remove), fix.remove.newText);
        action.diagnostics = fixed;
        actions.push(action);
      }
    }
    return actions;
  }
}
