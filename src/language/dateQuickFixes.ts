import * as vscode from 'vscode';
import { dateFixes } from '../core/editing/dateFixes';
import { entryDiagnostics } from '../core/editing/entryDiagnostics';
import type { JournalService } from '../journal/journalService';
import { DIAGNOSTIC_SOURCE } from './journalDiagnostics';
import { journalEntryFile } from './journalEntryFile';
import { spanRange, toVscodeRange } from './vscodeRanges';

/** For a date that is no day (2026-09-31): change it to the day the file name starts with, or to today. */
export class DateQuickFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly service: JournalService) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const invalid = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.code === 'invalid-date');
    const file = invalid.length > 0 ? journalEntryFile(this.service, document.uri) : undefined;
    if (!file) {
      return [];
    }
    const actions: vscode.CodeAction[] = [];
    // From the current text, as the element fixes: the edit must fit the text as it is now.
    for (const found of entryDiagnostics(file.path, document.getText(), this.service.matcher)) {
      const place = toVscodeRange(found.range);
      if (found.code !== 'invalid-date' || !place.intersection(range)) {
        continue;
      }
      for (const [index, fix] of dateFixes(file.path, this.service.today).entries()) {
        const action = new vscode.CodeAction(`Change to ${fix.day} (${fix.reason === 'today' ? 'today' : 'the date in the file name'})`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, spanRange(document, found.span), fix.day);
        action.diagnostics = invalid.filter((diagnostic) => diagnostic.range.isEqual(place));
        action.isPreferred = index === 0;
        actions.push(action);
      }
    }
    return actions;
  }
}
