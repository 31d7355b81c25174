import * as vscode from 'vscode';
import type { JournalService } from '../journal/journalService';
import { ElementCompletion } from './elementCompletion';
import { ElementHover } from './elementHover';
import { EntryQuickFixes } from './entryQuickFixes';
import { EntryTemplateLens } from './entryTemplateLens';

/** Entries are markdown files; each provider checks that the file is in a journal folder. */
const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** Completion, hover and quick fixes for the `elements` of journal entries, quick fixes for their dates, and the template in an empty one. */
export function registerElementLanguageFeatures(service: JournalService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new ElementCompletion(service), ...ElementCompletion.triggerCharacters),
    vscode.languages.registerHoverProvider(MARKDOWN, new ElementHover(service)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new EntryQuickFixes(service), EntryQuickFixes.metadata),
    vscode.languages.registerCodeLensProvider(MARKDOWN, new EntryTemplateLens(service)),
  );
}
