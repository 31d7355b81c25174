import * as vscode from 'vscode';
import { setJournalFolder } from '../config/settings';
import { relativeSettingPath } from '../core/workspace/settingPath';
import type { Command } from '../util/commandManager';

/**
 * Points this workspace at another journal folder: picked in a folder dialog
 * (or given as an argument), written to `promotionJournal.journalFolder`,
 * relative to the workspace folder when inside it. Without a folder open,
 * the user settings get its absolute path.
 */
export class PickJournalFolderCommand implements Command {
  readonly id = 'promotionJournal.pickJournalFolder';

  async execute(argument?: unknown): Promise<string | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const picked = argument instanceof vscode.Uri ? argument : await pickFolder(folders[0]?.uri);
    if (!picked) {
      return undefined;
    }
    const scope = vscode.workspace.getWorkspaceFolder(picked) ?? folders[0];
    const relative = scope && relativeSettingPath(scope.uri.toString(), picked.toString());
    if (relative === undefined && picked.scheme !== 'file') {
      void vscode.window.showErrorMessage('Pick a folder inside this workspace, or on this computer\'s disk.');
      return undefined;
    }
    const setting = relative ?? picked.fsPath;
    await setJournalFolder(setting, scope);
    return setting;
  }
}

async function pickFolder(start: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Choose Journal Folder',
    openLabel: 'Use as Journal',
    defaultUri: start,
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
  });
  return picked?.[0];
}
