import * as vscode from 'vscode';
import { errorCode } from '../core/journal/errorCode';
import { createUnderFreeName } from '../core/newEntries/fileNaming';
import { KeyedQueue } from '../core/journal/keyedQueue';
import { describeWriteFailure } from '../core/journal/writeFailure';
import { fileExists } from './fileExists';

/** Creates `uri` with `bytes` unless a file of that name exists; false then. */
export type CreateNewFile = (uri: vscode.Uri, bytes: Uint8Array) => Promise<boolean>;

/** The new file, or the plain message saying why nothing was written. */
export type NewFileResult = { readonly uri: vscode.Uri; readonly failure?: undefined } | { readonly uri?: undefined; readonly failure: string };

/**
 * Where the file system offers no exclusive create (vscode.workspace.fs cannot
 * refuse an existing file): look, then write. NewFileWriter's queue keeps the
 * extension's own writes from slipping in between.
 */
export async function createNewFileAfterStat(uri: vscode.Uri, bytes: Uint8Array): Promise<boolean> {
  if (await fileExists(uri)) {
    return false;
  }
  await vscode.workspace.fs.writeFile(uri, bytes);
  return true;
}

/**
 * Writes new files (entries, packets) into folders, never over a file: one
 * write at a time per folder, each under the first free name, created with the
 * exclusive create of the platform.
 */
export class NewFileWriter {
  private readonly queue = new KeyedQueue();

  constructor(private readonly createNewFile: CreateNewFile) {}

  /** Creates `folder` when missing, then the file under the first name `nameFor` gives that is free. */
  write(folder: vscode.Uri, nameFor: (isTaken: (name: string) => boolean) => string, bytes: Uint8Array): Promise<NewFileResult> {
    return this.queue.run(folder.toString(), async () => {
      let target = folder;
      try {
        await vscode.workspace.fs.createDirectory(folder);
        const listed = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
        const name = await createUnderFreeName(listed, nameFor, (candidate) => {
          target = vscode.Uri.joinPath(folder, candidate);
          return this.createNewFile(target, bytes);
        });
        return { uri: vscode.Uri.joinPath(folder, name) };
      } catch (error) {
        return { failure: describeWriteFailure(vscode.workspace.asRelativePath(target), errorCode(error), error instanceof Error ? error.message : String(error)) };
      }
    });
  }
}

