import * as vscode from 'vscode';
import { fileName } from '../util/fileName';
import type { JournalTreeNode } from './treeNodes';
import type { Command } from '../util/commandManager';

/*
 * What a file row offers in a tree, on the entries of the sidebar: each
 * hands the entry's file to VS Code's own command where one exists.
 */

/** The file of an entry row, or a file given as an argument. */
function fileOf(target: unknown): vscode.Uri | undefined {
  if (target instanceof vscode.Uri) {
    return target;
  }
  const node = target as JournalTreeNode | undefined;
  return node?.kind === 'entry' ? node.located.uri : undefined;
}

/** A file row's command that hands the entry's file to one of VS Code's own commands. */
abstract class HandToVsCodeCommand implements Command {
  protected constructor(
    readonly id: string,
    private readonly run: (uri: vscode.Uri) => Thenable<unknown>,
  ) {}

  async execute(target?: unknown): Promise<void> {
    const uri = fileOf(target);
    if (uri) {
      await this.run(uri);
    }
  }
}

export class OpenEntryToSideCommand extends HandToVsCodeCommand {
  constructor() {
    super('promotionJournal.openEntryToSide', (uri) => vscode.commands.executeCommand('vscode.open', uri, { viewColumn: vscode.ViewColumn.Beside }));
  }
}

export class RevealEntryInExplorerCommand extends HandToVsCodeCommand {
  constructor() {
    super('promotionJournal.revealEntryInExplorer', (uri) => vscode.commands.executeCommand('revealInExplorer', uri));
  }
}

export class CopyEntryPathCommand extends HandToVsCodeCommand {
  constructor() {
    super('promotionJournal.copyEntryPath', (uri) => vscode.commands.executeCommand('copyFilePath', uri));
  }
}

/** Renames a file unless the new name is taken (then false), never replacing a file. */
export type RenameFile = (from: vscode.Uri, to: vscode.Uri) => Promise<boolean>;

/** Through VS Code's file system, where Node's calls cannot reach: it checks the name, then renames. */
export async function renameFileThroughApi(from: vscode.Uri, to: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.rename(from, to, { overwrite: false });
    return true;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileExists') {
      return false;
    }
    throw error;
  }
}

/**
 * Renames an entry's file in its folder. Asks for the new name, the current
 * one filled in (or takes it as the second argument); never replaces a file.
 * Returns the new file, or undefined when nothing was renamed.
 */
export class RenameEntryCommand implements Command {
  readonly id = 'promotionJournal.renameEntry';

  constructor(private readonly renameFile: RenameFile) {}

  async execute(target?: unknown, name?: unknown): Promise<vscode.Uri | undefined> {
    const uri = fileOf(target);
    if (!uri) {
      return undefined;
    }
    const current = fileName(uri);
    // Renamed under an editor with unsaved changes, saving them would bring the old file back beside the new one.
    if (vscode.workspace.textDocuments.some((document) => document.isDirty && document.uri.toString() === uri.toString())) {
      void vscode.window.showErrorMessage(`${current} has unsaved changes: save or revert them, then rename it.`);
      return undefined;
    }
    const folder = vscode.Uri.joinPath(uri, '..');
    const newName = typeof name === 'string' ? name : await askName(current, folder);
    const problem = newName === undefined ? undefined : nameProblem(newName.trim());
    if (newName === undefined || newName.trim() === current) {
      return undefined;
    }
    if (problem) {
      void vscode.window.showErrorMessage(problem);
      return undefined;
    }
    const renamed = vscode.Uri.joinPath(folder, newName.trim());
    let done: boolean;
    try {
      done = await this.renameFile(uri, renamed);
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not rename ${current}: ${(error as Error).message}`);
      return undefined;
    }
    if (!done) {
      void vscode.window.showErrorMessage(`${newName.trim()} already exists: nothing was renamed.`);
      return undefined;
    }
    return renamed;
  }
}

function nameProblem(name: string): string | undefined {
  if (!name) {
    return 'Give the file a name.';
  }
  if (/[\\/]/.test(name)) {
    return 'A name without folders: the entry stays in its folder.';
  }
  if (!name.toLowerCase().endsWith('.md')) {
    return 'Keep the .md ending: only markdown files are entries.';
  }
  return undefined;
}

function askName(current: string, folder: vscode.Uri): Thenable<string | undefined> {
  const stem = current.toLowerCase().endsWith('.md') ? current.length - 3 : current.length;
  return vscode.window.showInputBox({
    title: 'Rename Entry',
    prompt: 'The new file name, in the same folder.',
    value: current,
    valueSelection: [0, stem],
    validateInput: async (value) => {
      const name = value.trim();
      const problem = nameProblem(name);
      if (problem || name === current) {
        return problem;
      }
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, name));
        return `${name} already exists.`;
      } catch {
        return undefined;
      }
    },
  });
}

export const MOVE_TO_TRASH = 'Move to Trash';
export const DELETE_PERMANENTLY = 'Delete Permanently';

/**
 * Deletes an entry's file after a confirmation: to the trash where its file
 * system has one, else, asked again, for good. Returns true when deleted.
 */
export class DeleteEntryCommand implements Command {
  readonly id = 'promotionJournal.deleteEntry';

  async execute(target?: unknown): Promise<boolean> {
    const uri = fileOf(target);
    if (!uri) {
      return false;
    }
    const name = fileName(uri);
    const confirmed = await vscode.window.showWarningMessage(`Delete ${name}?`, { modal: true, detail: 'It goes to the trash, where its folder has one; if not, you are asked again.' }, MOVE_TO_TRASH);
    if (confirmed !== MOVE_TO_TRASH) {
      return false;
    }
    try {
      await vscode.workspace.fs.delete(uri, { useTrash: true, recursive: false });
      return true;
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
        void vscode.window.showErrorMessage(`${name} is already gone.`);
        return false;
      }
    }
    // No trash on this file system (a remote or virtual folder, say): only for good, and only if asked.
    const forGood = await vscode.window.showWarningMessage(
      `${name} cannot go to the trash here. Delete it permanently?`,
      { modal: true, detail: 'This cannot be undone.' },
      DELETE_PERMANENTLY,
    );
    if (forGood !== DELETE_PERMANENTLY) {
      return false;
    }
    try {
      await vscode.workspace.fs.delete(uri, { useTrash: false, recursive: false });
      return true;
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not delete ${name}: ${(error as Error).message}`);
      return false;
    }
  }
}
