import * as vscode from 'vscode';
import { dateFixes } from '../core/editing/dateFixes';
import { entryDiagnostics, type EntryDiagnostic } from '../core/editing/entryDiagnostics';
import type { JournalService } from '../journal/journalService';
import { DIAGNOSTIC_SOURCE } from './journalDiagnostics';
import { journalEntryFile } from './journalEntryFile';
import { spanRange, toVscodeRange } from './vscodeRanges';

/** The problems that have quick fixes. */
const FIXABLE: ReadonlySet<unknown> = new Set(['unknown-element', 'invalid-date']);

/**
 * Quick fixes for an entry's problems: an unknown element changes to the
 * element it most likely meant, or goes; a date that is no day (2026-09-31)
 * changes to the day the file name starts with, or to today.
 */
export class EntryQuickFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly service: JournalService) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const fixable = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && FIXABLE.has(diagnostic.code));
    const file = fixable.length > 0 ? journalEntryFile(this.service, document.uri) : undefined;
    if (!file) {
      return []; // nothing to fix here: the text is not even read
    }
    const actions: vscode.CodeAction[] = [];
    // From the current text, not the diagnostics: those may be up to one update old, and the edits must fit the text.
    for (const found of entryDiagnostics(file.path, document.getText(), this.service.matcher)) {
      const place = toVscodeRange(found.range);
      if (!place.intersection(range)) {
        continue;
      }
      const fixed = fixable.filter((diagnostic) => diagnostic.code === found.code && diagnostic.range.isEqual(place));
      const edits = found.code === 'invalid-date' ? this.dateEdits(found, file.path) : elementEdits(found);
      for (const edit of edits) {
        const action = new vscode.CodeAction(edit.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, spanRange(document, edit.span), edit.newText);
        action.diagnostics = fixed;
        action.isPreferred = edit.preferred;
        actions.push(action);
      }
    }
    return actions;
  }

  private dateEdits(found: EntryDiagnostic, path: string): FixEdit[] {
    return dateFixes(path, this.service.today).map((fix, index) => ({
      title: `Change to ${fix.day} (${fix.reason === 'today' ? 'today' : 'the date in the file name'})`,
      span: found.span,
      newText: fix.day,
      preferred: index === 0,
    }));
  }
}

interface FixEdit {
  readonly title: string;
  readonly span: EntryDiagnostic['span'];
  readonly newText: string;
  readonly preferred: boolean;
}

function elementEdits(found: EntryDiagnostic): FixEdit[] {
  const fix = found.unknownElement;
  if (!fix) {
    return [];
  }
  const edits: FixEdit[] = [];
  if (fix.closest && fix.replaceWithClosest) {
    edits.push({ title: `Change to '${fix.closest.id}'`, span: fix.replaceWithClosest, newText: fix.replaceWithClosest.newText, preferred: true });
  }
  if (fix.remove) {
    edits.push({ title: `Remove '${fix.written}'`, span: fix.remove, newText: fix.remove.newText, preferred: false });
  }
  return edits;
}
