import * as vscode from 'vscode';

/** What the `when` clauses of package.json (views, welcome content, menus) know of the journals. */
export interface JournalContext {
  readonly hasJournal: boolean;
  readonly loading: boolean;
  readonly hasJournalLocation: boolean;
}

export function setJournalContextKeys(context: JournalContext): void {
  void vscode.commands.executeCommand('setContext', 'promotionJournal.hasJournal', context.hasJournal);
  void vscode.commands.executeCommand('setContext', 'promotionJournal.loading', context.loading);
  void vscode.commands.executeCommand('setContext', 'promotionJournal.hasJournalLocation', context.hasJournalLocation);
}
