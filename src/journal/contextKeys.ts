import * as vscode from 'vscode';

/** What the `when` clauses of package.json (views, welcome content, menus) know of the journals. */
export interface JournalContext {
  readonly hasJournal: boolean;
  readonly loading: boolean;
  readonly hasJournalLocation: boolean;
}

const KEYS: Record<keyof JournalContext, string> = {
  hasJournal: 'promotionJournal.hasJournal',
  loading: 'promotionJournal.loading',
  hasJournalLocation: 'promotionJournal.hasJournalLocation',
};

/** The values last sent: context keys belong to the window, whichever service sent them. */
const sent = new Map<string, boolean>();

/** Sends only the keys whose value changed: each is a message to the window, and every change event would send all three. */
export function setJournalContextKeys(context: JournalContext): void {
  for (const [name, key] of Object.entries(KEYS) as [keyof JournalContext, string][]) {
    if (sent.get(key) !== context[name]) {
      sent.set(key, context[name]);
      void vscode.commands.executeCommand('setContext', key, context[name]);
    }
  }
}
