import * as vscode from 'vscode';
import type { JournalService } from '../journal/journalService';
import { DateQuickFixes } from './dateQuickFixes';
import { ElementCompletion } from './elementCompletion';
import { ElementHover } from './elementHover';
import { ElementQuickFixes } from './elementQuickFixes';

/** Entries are markdown files; each provider checks that the file is in a journal folder. */
const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** Completion, hover and quick fixes for the `elements` of journal entries, and quick fixes for their dates. */
export function registerElementLanguageFeatures(service: JournalService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new ElementCompletion(service), ...ElementCompletion.triggerCharacters),
    vscode.languages.registerHoverProvider(MARKDOWN, new ElementHover(service)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ElementQuickFixes(service), ElementQuickFixes.metadata),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new DateQuickFixes(service), DateQuickFixes.metadata),
  );
}
