import * as vscode from 'vscode';
import { readSettings, setUserJournalFolder } from '../config/settings';
import type { Command } from '../util/commandManager';

const ID = 'promotionJournal.choosePersonalJournalFolder';
const CHOOSE = 'Choose Personal Journal Folder…';

/**
 * Makes a folder anywhere on this computer the user's journal: its absolute
 * path goes to the user settings, so every window reads it, with or without a
 * workspace folder open. Takes the folder's URI as an argument to ask nothing.
 */
export class ChoosePersonalJournalCommand implements Command {
  readonly id = ID;

  async execute(argument?: unknown): Promise<vscode.Uri | undefined> {
    const folder = argument instanceof vscode.Uri ? argument : await pickFolder();
    if (!folder) {
      return undefined;
    }
    if (folder.scheme !== 'file') {
      void vscode.window.showErrorMessage('A personal journal must be a folder on this computer\'s disk.');
      return undefined;
    }
    await setUserJournalFolder(folder.fsPath);
    const message = workspaceSetsJournalFolder(folder.fsPath)
      ? `Your personal journal is ${folder.fsPath}. This workspace sets a journal folder of its own, which still wins here.`
      : `Your journal is now ${folder.fsPath}, in every window.`;
    void vscode.window.showInformationMessage(message, 'Log a Win').then((choice) => {
      if (choice) {
        void vscode.commands.executeCommand('promotionJournal.logWin');
      }
    });
    return folder;
  }
}

/** Says why nothing was logged, with the way out: choosing a personal journal folder. */
export function offerPersonalJournal(message: string): void {
  void vscode.window.showErrorMessage(message, CHOOSE).then((choice) => {
    if (choice) {
      void vscode.commands.executeCommand(ID);
    }
  });
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Choose Personal Journal Folder',
    openLabel: 'Use as Journal',
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
  });
  return picked?.[0];
}

/**
 * True when the workspace, or one of its folders, sets a journal folder of
 * its own, which wins over the user setting (in a trusted workspace: in
 * Restricted Mode, VS Code ignores the workspace's value).
 */
function workspaceSetsJournalFolder(userValue: string): boolean {
  return [undefined, ...(vscode.workspace.workspaceFolders ?? [])].some((scope) => readSettings(scope).journalFolder !== userValue);
}
